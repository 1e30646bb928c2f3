import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultTemplate } from '@kehoach/render-docx';
import PizZip from 'pizzip';
import { ROOT } from '../helpers.js';
import { cli } from '../run-cli.js';

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
  copyFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, join(dir, 'tq.yaml'));
  return dir;
}

describe('kehoach render (DOCX)', () => {
  test('writes plan.docx beside the plan by default; two renders are byte-identical', async () => {
    const dir = workdir();
    expect((await cli('render', join(dir, 'tq.yaml'))).code).toBe(0);
    const first = readFileSync(join(dir, 'tq.docx'));
    expect(first.subarray(0, 2).toString()).toBe('PK');
    expect((await cli('render', join(dir, 'tq.yaml'), '-o', join(dir, 'again.docx'))).code).toBe(0);
    expect(readFileSync(join(dir, 'again.docx')).equals(first)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  test('a template with a tag removed: a diagnostic naming the tag, exit 1, no file', async () => {
    const dir = workdir();
    const zip = new PizZip(defaultTemplate());
    zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replace('{numberLine}', ''));
    writeFileSync(join(dir, 'mau.docx'), zip.generate({ type: 'uint8array' }) as Uint8Array);
    const r = await cli('render', join(dir, 'tq.yaml'), '--template', join(dir, 'mau.docx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dir, 'mau.docx')}:1:1  error  TEMPLATE_MISSING_TAG  Mẫu DOCX thiếu thẻ {numberLine}`);
    expect(existsSync(join(dir, 'tq.docx'))).toBe(false);
  });
  test('a missing template file is a diagnostic', async () => {
    const r = await cli('render', join(workdir(), 'tq.yaml'), '--template', '/khong/co.docx');
    expect(r.code).toBe(1);
    expect(r.err).toContain('FILE_UNREADABLE');
  });
  test('--layout by-theme prints each task with its attribution', async () => {
    const r = await cli('render', join(workdir(), 'tq.yaml'), '--layout', 'by-theme', '--format', 'txt', '-o', '-');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(Sở Khoa học và Công nghệ thực hiện).');
    expect((await cli('render', join(workdir(), 'tq.yaml'), '--layout', 'sideways')).code).toBe(2);
  });
  test('--format pdf without LibreOffice: a clear message, exit 1, no file', async () => {
    const dir = workdir();
    process.env.KEHOACH_SOFFICE = '/khong/co/soffice';
    try {
      const r = await cli('render', join(dir, 'tq.yaml'), '--format', 'pdf');
      expect(r.code).toBe(1);
      expect(r.err).toContain('PDF_UNAVAILABLE  Không xuất được PDF: không tìm thấy lệnh soffice (LibreOffice)');
      expect(existsSync(join(dir, 'tq.pdf'))).toBe(false);
    } finally {
      delete process.env.KEHOACH_SOFFICE;
    }
  });
  test.skipIf(spawnSync('soffice', ['--version']).status !== 0)('--format pdf with LibreOffice writes a PDF', async () => {
    const dir = workdir();
    const r = await cli('render', join(dir, 'tq.yaml'), '--format', 'pdf');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'tq.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});

test('a wrong output path is a diagnostic (exit 1), never an internal error or a stray file', async () => {
  const { dir, plan } = { dir: mkdtempSync(join(tmpdir(), 'kehoach-cli-')), plan: `${ROOT}examples/khanh-hoa-2025.yaml` };
  const missing = await cli('render', plan, '-o', join(dir, 'khong-co', 'x.docx'));
  expect(missing.code).toBe(1);
  expect(missing.err).toBe(`${join(dir, 'khong-co', 'x.docx')}:1:1  error  FILE_UNWRITABLE  Không ghi được tệp: thư mục không tồn tại. Kiểm tra đường dẫn sau -o, --out-dir hoặc --split.\n`);
  const folder = await cli('render', plan, '-o', dir);
  expect(folder.code).toBe(1);
  expect(folder.err).toContain('FILE_UNWRITABLE  Không ghi được tệp: đường dẫn là một thư mục');
  expect(readdirSync(dir)).toEqual([]);
});
