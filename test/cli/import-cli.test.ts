/**
 * kehoach import and kehoach check on a received file, through the CLI: a DOCX the project renders
 * is imported to YAML that kehoach validate accepts, --report prints the counts and the places to
 * check, a bad file gives one clear message and exit 1; kehoach check received.docx imports the file
 * and places each finding in the original (paragraph of the DOCX).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readReceived, type ReceivedBlock } from '@kehoach/import';
import { renderDocx } from '@kehoach/render-docx';
import { loadExample } from '../helpers.js';
import { cli } from '../run-cli.js';

function renderedDocx(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, renderDocx(loadExample(name)).docx!);
  return file;
}

describe('kehoach import', () => {
  test('a DOCX in, YAML out (-o) that kehoach validate accepts; --report on standard error', async () => {
    const docx = renderedDocx('tuyen-quang-2025-30-7');
    const yaml = docx.replace(/\.docx$/, '.yaml');
    const r = await cli('import', docx, '-o', yaml, '--report');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const text = readFileSync(yaml, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect(text).toContain('number: 15\n');
    expect(await cli('validate', yaml)).toEqual({ code: 0, out: '', err: '' });
    const report = r.err.split('\n');
    expect(report[0]).toBe(`${docx}: docx`);
    expect(report[1]).toMatch(/^ {2}mục \(sections\): 3 · nhiệm vụ \(tasks\): \d+ · có chủ trì \(with a lead\): \d+ · có thời hạn \(dated\): \d+$/);
    expect(r.err).toMatch(/cần kiểm tra \(unsure\): \d+/);
  });

  test('without -o the YAML goes to standard output', async () => {
    const r = await cli('import', renderedDocx('khanh-hoa-2025'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# yaml-language-server/);
    expect(r.out).toContain('schemaVersion: 2\n');
  });

  test.each([
    ['hong.docx', new TextEncoder().encode('PK\u0003\u0004 not a zip'), 'IMPORT_CORRUPT'],
    ['cu.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'IMPORT_DOC_BINARY'],
  ])('a bad file (%s) gives one clear message and exit 1, no YAML', async (name, bytes, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const r = await cli('import', file);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:0:0  error  ${code}  \\S`));
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('a missing file and a wrong call', async () => {
    const r = await cli('import', '/khong/co/tep.docx');
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err).toContain('FILE_UNREADABLE');
    expect((await cli('import')).code).toBe(2);
  });
});

describe('kehoach check received.docx', () => {
  test('imports the received DOCX, then checks it; findings are placed on paragraphs of the original', async () => {
    const docx = renderedDocx('tuyen-quang-2025-30-7');
    const r = await cli('check', docx);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    const misspelling = lines.find((l) => l.includes('“chúc năng” → “chức năng”'))!;
    const m = /^(.*):(\d+):0  warning  misspelling \(Lỗi chính tả\)  .*\(đoạn (\d+)\)$/.exec(misspelling)!;
    expect(m[1]).toBe(docx);
    expect(m[2]).toBe(m[3]);
    // that paragraph of the DOCX holds the misspelt words
    const { document } = await readReceived(new Uint8Array(readFileSync(docx)), { fileName: 'x.docx' });
    const paragraphs: Extract<ReceivedBlock, { kind: 'paragraph' }>[] = [];
    const walk = (bs: readonly ReceivedBlock[]) => bs.forEach((b) => (b.kind === 'paragraph' ? paragraphs.push(b) : b.kind === 'table' ? b.rows.forEach((row) => row.cells.forEach((c) => walk(c.blocks))) : undefined));
    walk(document!.blocks);
    expect(paragraphs.find((p) => p.source.paragraph === Number(m[3]))!.plain).toContain('chúc năng');
    expect(lines.filter((l) => l.includes('[sửa được]'))).toEqual([]); // fixes edit YAML, not a received DOCX
    expect(lines.some((l) => /stale-year .*“01\/7\/2024”.*\(đoạn \d+\)$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ vấn đề \(0 lỗi, \d+ cảnh báo, \d+ lưu ý\)$/);
  });

  test('a received file that cannot be read: the importer’s message, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-check-'));
    const file = join(dir, 'den.docx');
    writeFileSync(file, 'PK');
    const r = await cli('check', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/den\.docx:0:0  error  IMPORT_UNSUPPORTED_FORMAT  Không nhận ra loại tệp “den\.docx”/);
  });
});
