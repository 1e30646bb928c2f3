import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '@kehoach/render-docx';
import { fitHeaderLines } from '../../packages/render-docx/src/header-fit.js';
import { HEADER_COLUMN_PT } from '../../packages/render-docx/src/render-docx.js';
import { buildDocument } from '@kehoach/document';
import { loadPlan } from '@kehoach/core';
import { readFileSync } from 'node:fs';
import { ALL_EXAMPLES, EXAMPLES, loadExample, ROOT } from '../helpers.js';
import { documentText, openDocx } from './docx-helpers.js';
import { compareWords, slice, words } from '@kehoach/fidelity';

// A real reader: LibreOffice opens every generated example and prints it to PDF.
// CI installs it (.ci/run); on a developer machine without it these tests are skipped.
const haveSoffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!haveSoffice && process.env.CI) throw new Error('CI needs LibreOffice and poppler-utils (installed by .ci/run)');

const dir = mkdtempSync(join(tmpdir(), 'kehoach-lo-'));
const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });

describe.skipIf(!haveSoffice)('LibreOffice opens every example', () => {
  test('a plan with its own appendices (portrait, landscape) and the landscape task appendix', () => {
    const f = join(dir, 'with-appendix.docx');
    const yaml = readFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, 'utf8') +
      '\nappendices:\n  - title: Đường dây nóng\n    items: [Tổng đài 111.]\n  - title: Phân công theo tháng\n    landscape: true\n    items: [Tháng 7.]\n';
    writeFileSync(f, renderDocx(loadPlan(yaml).plan!, { appendix: true }).docx!);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, f], { stdio: 'ignore', timeout: 240_000 });
    const pdf = join(dir, 'with-appendix.pdf');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '20', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait');
    // The plan (portrait), Phụ lục I (portrait), Phụ lục II (landscape), the task appendix (landscape).
    const changes = sizes.filter((s, i) => i === 0 || s !== sizes[i - 1]);
    expect(changes).toEqual(['portrait', 'landscape']);
    const text = pdfText(pdf);
    expect(text).toContain('Phụ lục I');
    // Each appendix numbers its own pages: its first page carries no number (the body's pages do).
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    for (let i = 1; i <= pages; i++) {
      const lines = pdfText(pdf, i).split('\n').map((l) => l.trim()).filter(Boolean);
      // (A page number prints first, at the top; an appendix's first page starts with its heading.)
      if (lines.some((l) => /^Phụ lục( [IV]+)?$/.test(l))) expect(lines[0], `page ${i}`).toMatch(/^Phụ lục/);
    }
    expect(text.indexOf('PHÂN CÔNG THEO THÁNG')).toBeLessThan(text.indexOf('DANH MỤC NHIỆM VỤ'));
  }, 120_000);

  const docs = new Map<string, string>();
  test('converts all nine to PDF', () => {
    const files = ALL_EXAMPLES.map((name) => {
      const bytes = renderDocx(loadExample(name)).docx!;
      const f = join(dir, `${name}.docx`);
      writeFileSync(f, bytes);
      docs.set(name, documentText(openDocx(bytes).document));
      return f;
    });
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 240_000 });
    for (const name of ALL_EXAMPLES) expect(spawnSync('pdfinfo', [join(dir, `${name}.pdf`)]).status, name).toBe(0);
  }, 300_000);

  test.each(ALL_EXAMPLES)('%s: A4, no page number on page 1, “2” on page 2, every body word printed', (name) => {
    const pdf = join(dir, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual((EXAMPLES as readonly string[]).includes(name) ? 4 : 2);
    const page1 = pdfText(pdf, 1).split('\n').map((l) => l.trim()).filter(Boolean);
    const page2 = pdfText(pdf, 2).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(page1).not.toContain('1');
    // pdftotext may put the parent body (left column) on the same text line as the Quốc hiệu.
    expect(page1.some((l) => l.endsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(page1).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(page2[0]).toBe('2');
    // The body, as LibreOffice laid it out, has exactly the words of the DOCX (page numbers aside).
    const start = name === 'ba-ria-vung-tau-2023' ? /Ngày 23-02-2023/ : name.includes('cong-van') ? /Kính gửi:/ : /KẾ HOẠCH/;
    const all = pdfText(pdf).split('\n').filter((l) => !/^\s*\d+\s*$/.test(l) && !l.includes('\f')).join('\n');
    // pdftotext joins a word broken after a hyphen at a line end (“KN-⏎UBTP14” → “KNUBTP14”) and
    // drops a line-final “ - ”: hyphens are ignored on both sides of this comparison.
    const dehyphen = (ws: string[]) => ws.map((w) => w.replace(/[-–]/g, '')).filter(Boolean);
    const fromPdf = dehyphen(words(slice(all, start, /Nơi nhận:/)));
    const fromDocx = dehyphen(words(slice(docs.get(name)!, start, /Nơi nhận:/)));
    // Table cells of several lines and one-word last lines come out of pdftotext in another order:
    // for the team's examples (tables) every word must be printed, in any order.
    if ((EXAMPLES as readonly string[]).includes(name)) expect(compareWords(fromDocx, fromPdf)).toEqual([]);
    else expect([...fromPdf].sort()).toEqual([...fromDocx].sort());
    const plan = loadExample(name);
    for (const sig of plan.signatures) expect(pdfText(pdf)).toContain(sig.name);
  });

  test.each(ALL_EXAMPLES)('%s: each header line prints on one line, as planned (no unplanned wrap)', (name) => {
    const pdf = join(dir, `${name}.pdf`);
    // Laid out as on the page: a header line that wrapped is no longer whole on any line.
    const page1 = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).split('\n');
    const doc = buildDocument(loadExample(name));
    const planned = [
      ...fitHeaderLines(doc.header.parentLines, HEADER_COLUMN_PT, 13, false).lines,
      ...fitHeaderLines(doc.header.issuerLines, HEADER_COLUMN_PT, 13, true).lines,
    ];
    for (const line of planned) expect(page1.some((l) => l.includes(line)), line).toBe(true);
  });

  test.each(ALL_EXAMPLES)('%s: the page that holds the signature also holds body text', (name) => {
    const pdf = join(dir, `${name}.pdf`);
    const plan = loadExample(name);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const signer = plan.signatures[0]?.name;
    if (!signer) return;
    // The last page that names the signer (a signer may also be named in the body).
    const page = Array.from({ length: pages }, (_, i) => pages - i).find((i) => pdfText(pdf, i).includes(signer))!;
    const lines = pdfText(pdf, page).split('\n').map((l) => l.trim()).filter((l) => l && !/^\d+$/.test(l));
    // Lines printed before the signature block (Nơi nhận, or the signer's authority line).
    const firstSig = lines.findIndex((l) => l.startsWith('Nơi nhận') || /^(TM|KT|Q|TL|TUQ)\./.test(l) || l === plan.signatures[0]!.titles?.[0]);
    expect(firstSig, `page ${page} of ${pages}`).toBeGreaterThan(0);
  });
});
