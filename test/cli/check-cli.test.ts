import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkCommand } from '../../packages/cli/src/command-check.js';
import { exampleText } from '../helpers.js';
import { cli } from '../run-cli.js';

function planIn(dir: string, name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('kehoach check prints one line per finding and exits 0 when no error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
  const file = planIn(dir, 'tq.yaml', exampleText('tuyen-quang-2025-30-7'));
  const r = await cli('check', file);
  expect(r.code).toBe(0);
  const lines = r.out.trim().split('\n');
  // each rule's Vietnamese title after its id
  expect(lines).toContain(`${file}:165:22  warning  heading-agency-spelling (Tên cơ quan ở tiêu đề nhóm)  Tiêu đề viết “Sở Y Tế”, cơ quan khai báo là “Sở Y tế”. [sửa được]`);
  // Bộ Chỉ huy quân sự tỉnh receives it through “Các sở, ban, ngành” (issue 20): no agency-not-recipient left
  expect(lines.filter((l) => l.includes('agency-not-recipient'))).toEqual([]);
  expect(lines.at(-1)).toBe('15 vấn đề (0 lỗi, 11 cảnh báo, 4 lưu ý)');
});

test('.kehoachrc.yaml beside the plan raises a rule to error: exit 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
  const file = planIn(dir, 'tq.yaml', exampleText('tuyen-quang-2025-30-7'));
  writeFileSync(join(dir, '.kehoachrc.yaml'), 'misspelling: error\nagency-not-recipient: off\nrecipient-undeclared: off\nlam-sai: maybe\n');
  const r = await cli('check', file);
  expect(r.code).toBe(1);
  expect(r.out).toContain(`${file}:137:82  error  misspelling (Lỗi chính tả)`);
  expect(r.out).not.toContain('agency-not-recipient');
  expect(r.out).toContain(`${join(dir, '.kehoachrc.yaml')}:1:1  warning  CHECK_CONFIG_INVALID  Cấu hình kiểm tra bị bỏ qua: “lam-sai: maybe” — mức phải là off, warn hoặc error.`);
});

test('kehoach check --fix rewrites the file keeping comments, then reports what is left', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
  const text = exampleText('tuyen-quang-2025-30-7');
  const file = planIn(dir, 'tq.yaml', text);
  const r = await cli('check', file, '--fix');
  expect(r.err).toBe(`${file}: đã sửa 13 chỗ — fixed 13\n`);
  expect(r.out).not.toContain('[sửa được]');
  const fixed = readFileSync(file, 'utf8');
  expect(fixed.split('\n').slice(0, 4)).toEqual(text.split('\n').slice(0, 4)); // the header comments
  expect(fixed).toContain('title: Sở Y tế\n');
  expect(fixed).toContain('phù hợp với lứa tuổi');
  // the stale 2024 dates of this 2025 plan, in the words and the data, and recipients by id
  expect(fixed).toContain('thời gian từ ngày 01/7/2025 đến ngày 30/9/2025.\n                  time: { from: "2025-07-01", to: "2025-09-30" }');
  expect(fixed).toContain('    - name: Ủy ban MTTQVN tỉnh\n      agency: mttq-tinh\n');
});

test('--format sarif and json, --rules, received DOCX without an importer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
  const file = planIn(dir, 'bv.yaml', exampleText('ba-ria-vung-tau-2023'));
  const sarif = JSON.parse((await cli('check', file, '--format', 'sarif')).out);
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'misspelling')).toHaveLength(5);
  const json = JSON.parse((await cli('check', file, '--format', 'json')).out);
  expect(json.diagnostics.filter((d: { rule: string }) => d.rule === 'misspelling')).toHaveLength(5);
  const list = await cli('check', '--rules');
  expect(list.code).toBe(0);
  expect(list.out.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(25);
  expect(list.out).toMatch(/^archive-line +warning +nd30 +Dòng lưu/m);
  // without an importer (checkCommand called alone) a received DOCX is refused; the CLI passes import's
  const docx = planIn(dir, 'den.docx', 'PK');
  let out = '';
  const code = await checkCommand([docx], { format: 'text', fix: false, version: '0' }, { out: (t) => void (out += t), err: () => undefined });
  expect(code).toBe(1);
  expect(out).toContain(`${docx}:1:1  error  CHECK_UNSUPPORTED_FILE`);
  expect((await cli('check', file, '--format', 'xml')).code).toBe(2);
});

/** A one-page PDF with a few lines of text and `padding` bytes in an unused stream (a signed PDF's seals make it big). */
function paddedPdf(lines: string[], padding: number): Uint8Array {
  const content = lines.map((l, i) => `BT /F1 13 Tf 85 ${780 - 20 * i} Td (${l}) Tj ET`).join('\n');
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Length ${padding} >>\nstream\n${'0'.repeat(padding)}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

test('kehoach check reads a received PDF whatever its size as long as kehoach import reads it (one limit: the importer’s)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
  const lines = ['KE HOACH', 'To chuc tuyen truyen phong chong tac hai cua thuoc la nam 2026', 'I. MUC DICH, YEU CAU', 'Nang cao nhan thuc cua nguoi dan ve tac hai cua thuoc la.'];
  const pdf = join(dir, 'ke-hoach-da-ky.pdf');
  writeFileSync(pdf, paddedPdf(lines, Math.round(2.8 * 1024 * 1024))); // 2.8 MB: over the 2 MB limit of a YAML plan
  const imported = await cli('import', pdf);
  expect(imported.code).toBe(0);
  const checked = await cli('check', pdf, '--format', 'json');
  expect(checked.out).not.toContain('INPUT_TOO_LARGE');
  expect(JSON.parse(checked.out).diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
  // past the importer's own limit (20 MB), both refuse it, the same way
  const big = join(dir, 'qua-lon.pdf');
  writeFileSync(big, paddedPdf(lines, 21 * 1024 * 1024));
  const [a, b] = [await cli('import', big), await cli('check', big)];
  expect([a.code, b.code]).toEqual([1, 1]);
  expect(a.err).toContain('INPUT_TOO_LARGE  Tệp quá lớn (21,0 MB); giới hạn là 20,0 MB.');
  expect(b.out).toContain('INPUT_TOO_LARGE  Tệp quá lớn (21,0 MB); giới hạn là 20,0 MB.');
});
