import { execFile, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { decodeInput } from '@kehoach/core';
import { readInput, writeAtomic } from '@kehoach/node';
import { exampleText, ROOT } from '../helpers.js';
import { MINIMAL } from './minimal-plan.js';
import { cli } from '../run-cli.js';

// Issue 10, items 5, 6, 8 (reads), 11, 12 and 14 (CLI arguments, UTF-32).

const BIN = `${ROOT}packages/cli/dist/kehoach.mjs`;
const run = promisify(execFile);

function workdir(): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-files-'));
  const plan = join(dir, 'p.yaml');
  writeFileSync(plan, MINIMAL);
  return { dir, plan };
}

describe('item 5: an output is never one of the inputs, nor a device replaced by a file', () => {
  test.each([
    // -o p.yaml alone is refused before anything is read (exit 2: render writes no .yaml); --format writes it, were it not the input.
    ['render --format docx', (p: string) => ['render', p, '--format', 'docx', '-o', p]],
    ['render --format md', (p: string) => ['render', p, '--format', 'md', '-o', p]],
    ['checklist', (p: string) => ['checklist', p, '--format', 'csv', '-o', p]],
    ['roll', (p: string) => ['roll', p, '--year', '2026', '-o', p]],
    ['clone -o <parent>', (p: string) => ['clone', p, '--unit', `${ROOT}examples/units/xa-minh-xuan.yaml`, '-o', p]],
  ])('%s -o <the plan> is refused and the plan is kept', async (_name, args) => {
    const { plan } = workdir();
    writeFileSync(plan, exampleText('tuyen-quang-2025-30-7'));
    const r = await cli(...args(plan));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/FILE_UNWRITABLE .*tệp đầu vào/);
    expect(readFileSync(plan, 'utf8')).toBe(exampleText('tuyen-quang-2025-30-7'));
  });

  test('another path to the same file (a symbolic link, ./) is the same input', async () => {
    const { dir, plan } = workdir();
    symlinkSync(plan, join(dir, 'link.docx'));
    expect((await cli('render', plan, '-o', join(dir, 'link.docx'))).code).toBe(1);
    expect((await cli('render', plan, '-f', 'docx', '-o', join(dir, '.', 'p.yaml'))).code).toBe(1);
    expect((await cli('render', plan, '-o', join(dir, '.', 'p.yaml'))).code).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(MINIMAL);
  });

  test('the template is an input too', async () => {
    const { dir, plan } = workdir();
    const template = join(dir, 'mau.docx');
    writeFileSync(template, readFileSync(`${ROOT}packages/render-docx/templates/ke-hoach.docx`));
    expect((await cli('render', plan, '--template', template, '-o', template)).code).toBe(1);
  });

  test('a pipe is written to as a stream, not replaced by a file', async () => {
    // A FIFO of our own rather than /dev/null: a test must never risk a device of the machine.
    const { dir, plan } = workdir();
    const fifo = join(dir, 'ong');
    await run('mkfifo', [fifo]);
    const reader = run('cat', [fifo]);
    expect((await cli('render', plan, '--format', 'md', '-o', fifo)).code).toBe(0);
    expect((await reader).stdout).toMatch(/^\*\*ỦY BAN/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test('a symbolic link keeps pointing at its file', async () => {
    const { dir, plan } = workdir();
    const real = join(dir, 'real.md');
    writeFileSync(real, 'old');
    symlinkSync(real, join(dir, 'alias.md'));
    expect((await cli('render', plan, '--format', 'md', '-o', join(dir, 'alias.md'))).code).toBe(0);
    expect(lstatSync(join(dir, 'alias.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^\*\*ỦY BAN/);
  });
});

describe('item 6: --split names are unique and visible', () => {
  test('agencies whose short names give the same slug, or none, each get their own file', async () => {
    const { dir, plan } = workdir();
    writeFileSync(plan, MINIMAL
      .replace('  cong-an: { name: Công an xã, level: xa }', [
        '  cong-an: { name: Công an xã, level: xa }',
        '  khcn-a: { name: "Sở KH&CN", level: tinh }',
        '  khcn-b: { name: "Sở KH-CN", level: tinh }',
        '  cham: { name: "...", level: tinh }',
        '  trung: { name: "中文", level: tinh }',
        '  con: { name: "CON", level: tinh }',
      ].join('\n'))
      .replace('lead: cong-an,', 'lead: [cong-an, khcn-a, khcn-b, cham, trung, con],'));
    const out = join(dir, 'tach');
    expect((await cli('checklist', plan, '--format', 'csv', '--split', out)).code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['cham.csv', 'con--con.csv', 'cong-an-xa.csv', 'so-kh-cn--khcn-b.csv', 'so-kh-cn.csv', 'trung.csv']);
    for (const f of files) expect(readFileSync(join(out, f), 'utf8').split('\r\n').length).toBe(3); // header, one item, end
  });
});

describe('item 8: reads are capped while reading', () => {
  test.each([
    ['validate /dev/zero', ['validate', '--format', 'json', '/dev/zero'], /INPUT_TOO_LARGE/],
    ['render --template /dev/zero', ['render', 'PLAN', '--template', '/dev/zero'], /TEMPLATE_INVALID .*quá lớn/],
    ['clone --unit /dev/zero', ['clone', 'PLAN', '--unit', '/dev/zero'], /INPUT_TOO_LARGE/],
  ])('%s', async (_name, args, message) => {
    const { plan } = workdir();
    const r = await cli(...args.map((a) => (a === 'PLAN' ? plan : a)));
    expect(r.code).toBe(1);
    expect(r.err + r.out).toMatch(message);
  });

  test('readInput stops one byte past the limit on a device', async () => {
    const r = await readInput('/dev/zero', 1000);
    expect(r.diagnostic?.code).toBe('INPUT_TOO_LARGE');
  });

  test('clone --unit of a missing file says so; of a folder says it is a folder', async () => {
    const { dir, plan } = workdir();
    expect((await cli('clone', plan, '--unit', join(dir, 'khong-co.yaml'))).err).toMatch(/FILE_UNREADABLE .*không tìm thấy/);
    expect((await cli('clone', plan, '--unit', dir)).err).toMatch(/INPUT_NOT_MAPPING/);
  });
});

describe('item 11: standard output errors are diagnostics', () => {
  test('a full disk (/dev/full) gives FILE_UNWRITABLE and exit 1, no stack trace', async () => {
    const { plan } = workdir();
    const r = await run('sh', ['-c', `node ${BIN} render ${plan} --format md -o - > /dev/full`]).catch((e: { code: number; stderr: string }) => e);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdout>:1:1 {2}error {2}FILE_UNWRITABLE .*ổ đĩa đã đầy/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a reader that stops early (EPIPE) is not an error', async () => {
    const { plan } = workdir();
    const r = await run('sh', ['-c', `node ${BIN} checklist ${plan} --format json -o - | head -c 1; echo " $?"`]);
    expect(r.stderr).toBe('');
  });
});

describe('item 12: interruptions leave nothing behind', () => {
  test('a temporary file left by a killed run is removed by the next write of the same target', async () => {
    const { dir } = workdir();
    const target = join(dir, 'out.ics');
    // A run that was killed with -9: its pid is gone (a pid above the kernel's maximum never exists).
    writeFileSync(join(dir, '.out.ics.4999999.0123456789ab.tmp'), 'half');
    writeFileSync(join(dir, `.out.ics.${process.pid}.0123456789ab.tmp`), 'ours, in flight');
    await writeAtomic(target, 'BEGIN:VCALENDAR');
    expect(readdirSync(dir).sort()).toEqual([`.out.ics.${process.pid}.0123456789ab.tmp`, 'out.ics', 'p.yaml']);
  });

  test('the folder is swept once: stale files of every target go at the first write (a batch does not re-read the folder)', async () => {
    const { dir } = workdir();
    writeFileSync(join(dir, '.a.docx.4999999.0123456789ab.tmp'), 'half');
    writeFileSync(join(dir, '.b.yaml.4999998.0123456789ab.tmp'), 'half');
    await writeAtomic(join(dir, 'c.md'), 'c');
    expect(readdirSync(dir).sort()).toEqual(['c.md', 'p.yaml']);
    // Later writes into the same folder do not sweep it again (nothing killed since in this process).
    writeFileSync(join(dir, '.d.md.4999997.0123456789ab.tmp'), 'half');
    await writeAtomic(join(dir, 'd.md'), 'd');
    expect(readdirSync(dir).sort()).toEqual(['.d.md.4999997.0123456789ab.tmp', 'c.md', 'd.md', 'p.yaml']);
  });

  test('SIGINT during --format pdf stops LibreOffice and removes the copy of the document', async () => {
    const { dir, plan } = workdir();
    // A stand-in for soffice that records its pid and waits.
    const fake = join(dir, 'soffice');
    const pidFile = join(dir, 'soffice.pid');
    writeFileSync(fake, `#!/bin/sh\necho $$ > ${pidFile}\nexec sleep 60\n`, { mode: 0o755 });
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const child = spawn('node', [BIN, 'render', plan, '--format', 'pdf'], { env: { ...process.env, KEHOACH_SOFFICE: fake, TMPDIR: tmp }, stdio: 'ignore' });
    for (let i = 0; i < 100 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50));
    const sofficePid = Number(readFileSync(pidFile, 'utf8'));
    expect(readdirSync(tmp).filter((f) => f.startsWith('kehoach-pdf-'))).toHaveLength(1);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(readdirSync(tmp)).toEqual([]);
    // Gone, or a zombie waiting for a parent that reaps it (State: Z): not running either way.
    await new Promise((r) => setTimeout(r, 200));
    const state = existsSync(`/proc/${sofficePid}/status`) ? /State:\s+(\w)/.exec(readFileSync(`/proc/${sofficePid}/status`, 'utf8'))![1] : 'gone';
    expect(['gone', 'Z', 'X']).toContain(state);
    expect(existsSync(join(dir, 'p.pdf'))).toBe(false);
  });
});

describe('sibling: a clone that carries no task', () => {
  test('is a diagnostic, not INTERNAL_ERROR', async () => {
    const { plan } = workdir();
    const r = await cli('clone', plan, '--unit', `${ROOT}examples/units/xa-minh-xuan.yaml`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/CLONE_NOTHING_CARRIED/);
    expect(r.err).not.toMatch(/INTERNAL_ERROR/);
  });
});

describe('item 14: arguments and encodings', () => {
  test('--today 2025-02-30 is a usage error', async () => {
    const { plan } = workdir();
    const r = await cli('checklist', plan, '--today', '2025-02-30');
    expect([r.code, r.err.split('\n')[0]]).toEqual([2, 'kehoach: --today phải là một ngày có thật dạng YYYY-MM-DD (nhận được “2025-02-30”)']);
    expect((await cli('checklist', plan, '--today', '2024-02-29', '-o', '-')).code).toBe(0);
  });

  test('roll --year 0000 is a usage error, not INTERNAL_ERROR', async () => {
    const { plan } = workdir();
    const r = await cli('roll', plan, '--year', '0000');
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/INTERNAL_ERROR/);
  });

  test('sibling: migrate refuses a UTF-16 file instead of rewriting it as mojibake', async () => {
    const { plan } = workdir();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('schemaVersion: 1\ntitle: Kế hoạch\n', 'utf16le')]);
    writeFileSync(plan, bytes);
    const r = await cli('migrate', plan);
    expect([r.code, r.err]).toEqual([1, expect.stringMatching(/INPUT_NOT_UTF8 .*UTF-16 LE/)]);
    expect(readFileSync(plan).equals(bytes)).toBe(true);
  });

  test.each([
    ['UTF-32 LE with a mark', [0xff, 0xfe, 0, 0, 0x74, 0, 0, 0], 'UTF-32 LE'],
    ['UTF-32 BE with a mark', [0, 0, 0xfe, 0xff, 0, 0, 0, 0x74], 'UTF-32 BE'],
    ['UTF-16 LE with a mark', [0xff, 0xfe, 0x74, 0], 'UTF-16 LE'],
    ['UTF-16 LE without a mark', [...Buffer.from('title: Kế hoạch\n', 'utf16le')], 'UTF-16'],
    ['UTF-32 without a mark', [...Buffer.from('title: x\n')].flatMap((b) => [b, 0, 0, 0]), 'UTF-32'],
  ])('%s is named as such', (_name, bytes, name) => {
    const d = decodeInput(new Uint8Array(bytes), 'x.yaml').diagnostics;
    expect(d.map((x) => [x.code, x.message])).toEqual([['INPUT_NOT_UTF8', `Tệp không phải UTF-8 (${name}). Hãy lưu lại tệp với bảng mã UTF-8.`]]);
  });
});
