import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { exampleText, ROOT } from '../helpers.js';
import { cli } from '../run-cli.js';

const run = promisify(execFile);

const examples = readdirSync(`${ROOT}examples`).filter((f) => f.endsWith('.yaml')).map((f) => `${ROOT}examples/${f}`);

describe('kehoach validate', () => {
  test('prints nothing and exits 0 for the nine valid examples', async () => {
    expect(examples).toHaveLength(9);
    expect(await cli('validate', ...examples)).toEqual({ code: 0, out: '', err: '' });
  });
  test('one line per diagnostic, file:line:column  severity  CODE  message, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const file = join(dir, 'hong.yaml');
    writeFileSync(file, exampleText('tuyen-quang-2025-30-7').replace('lead: so-khcn', 'lead: so-khcm').replace('  place: Tuyên Quang', '  plaec: Tuyên Quang'));
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(3); // plaec unknown + place missing; the agency is checked once the schema passes
    expect(lines[0]).toBe(`${file}:7:3  error  SCHEMA_REQUIRED  Thiếu thuộc tính bắt buộc “place”.`);
    expect(lines[1]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:10:3  error  SCHEMA_UNKNOWN_PROPERTY  .*did you mean "place"`));
  });
  test('--format json prints the diagnostics as data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const file = join(dir, 'a.yaml');
    writeFileSync(file, exampleText('khanh-hoa-2025').replace('lead: so-tu-phap', 'lead: so-tu-phapp'));
    const r = await cli('validate', '--format', 'json', file);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.valid).toBe(false);
    expect(json.diagnostics).toHaveLength(1);
    expect(json.diagnostics[0]).toMatchObject({ code: 'UNKNOWN_AGENCY', severity: 'error', file, suggestion: expect.stringContaining('so-tu-phap') });
  });
  test('a missing file is a diagnostic, not a stack trace', async () => {
    const r = await cli('validate', '/khong/co/tep.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toContain('FILE_UNREADABLE');
    expect(r.out).not.toMatch(/at .*\.ts:\d+/);
  });
  test('usage mistakes exit 2 with a message', async () => {
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    const r = await cli('validate', '--format', 'xml', examples[0]!);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format');
    expect((await cli('validate', '--bogus', examples[0]!)).code).toBe(2);
  });
});

describe('kehoach render (text formats)', () => {
  test('writes atomically beside the plan, or into --out-dir, or to stdout with -o -', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    expect((await cli('render', ...examples, '--format', 'md', '--out-dir', dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(examples.map((f) => f.split('/').pop()!.replace('.yaml', '.md')).sort());
    const md = readFileSync(join(dir, 'tuyen-quang-2025-30-7.md'), 'utf8');
    expect(md).toContain('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**');
    const r = await cli('render', examples.find((f) => f.includes('lang-son'))!, '--format', 'txt', '-o', '-');
    expect(r.out).toContain('Số: 23/KH-BCĐ');
  });
  test('--draft blanks the number and date', async () => {
    const r = await cli('render', examples.find((f) => f.includes('tuyen-quang'))!, '--draft', '--format', 'txt', '-o', '-');
    expect(r.out).toContain('Số:      /KH-UBND');
    expect(r.out).toContain('Tuyên Quang, ngày      tháng      năm 2025');
  });
  test('an invalid plan writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const file = join(dir, 'x.yaml');
    writeFileSync(file, 'title: [');
    const r = await cli('render', file);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['x.yaml']);
  });
});

describe('the built command', () => {
  test('node packages/cli/dist/kehoach.mjs validate examples/*.yaml exits 0 silently', async () => {
    const r = await run('node', [`${ROOT}packages/cli/dist/kehoach.mjs`, 'validate', ...examples]);
    expect(r.stdout).toBe('');
  });
  test('a broken plan exits 1 with the diagnostic on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const file = join(dir, 'tab.yaml');
    writeFileSync(file, 'issuer:\n\tname: X\n');
    const e = await run('node', [`${ROOT}packages/cli/dist/kehoach.mjs`, 'validate', file]).catch((x) => x);
    expect(e.code).toBe(1);
    expect(e.stdout).toBe(`${file}:2:1  error  YAML_TAB_INDENT  Dùng ký tự Tab để thụt lề; YAML chỉ cho phép dấu cách. (Thay Tab bằng dấu cách (thường 2 dấu cách mỗi cấp). — Replace tabs with spaces.)\n`);
  });
  test('a 20 MB file is refused by its size, before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const file = join(dir, 'big.yaml');
    writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x61));
    const e = await run('node', [`${ROOT}packages/cli/dist/kehoach.mjs`, 'validate', file]).catch((x) => x);
    expect(e.code).toBe(1);
    expect(e.stdout).toContain('INPUT_TOO_LARGE  Tệp quá lớn (20,0 MB); giới hạn là 2,0 MB.');
  });
});
