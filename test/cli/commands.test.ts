import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, type Io } from '@kehoach/cli';
import { COMMANDS } from '../../packages/cli/src/registry.js';
import { expandGlobs } from '../../packages/cli/src/expand-globs.js';
import { suggestName } from '../../packages/cli/src/suggest-name.js';
import { ROOT } from '../helpers.js';

const BIN = `${ROOT}packages/cli/dist/kehoach.mjs`;

async function cli(args: string[], extra: Partial<Io> = {}) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), ...extra };
  const code = await runCli(args, io);
  return { code, out, err };
}

/** The bundled command as a process, with standard input. */
function bin(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync('node', [BIN, ...args], { input, cwd: ROOT, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr.toString('utf8') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'kehoach-cmd-'));

describe('help, generated from the registry, in Vietnamese', () => {
  test('kehoach render --help and kehoach help render print the same per-command help, exit 0', async () => {
    const a = await cli(['render', '--help']);
    const b = await cli(['help', 'render']);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    expect(a.out).toMatch(/^kehoach render <plan\.yaml>… \[tùy chọn\]\n/);
    expect(a.out).toContain('Tùy chọn:');
    expect(a.out).toContain('-f, --format docx|pdf|md|txt');
    expect(a.out).toContain('(mặc định: theo đuôi tệp -o, không thì docx)');
    expect(a.out).toContain('--pdfa');
    expect(a.out).toContain('Ví dụ:');
    expect(a.out).not.toMatch(/Unknown option/);
  });
  test('every command has help with each of its options, and the global help lists every command', async () => {
    const global = await cli(['--help']);
    expect(global.code).toBe(0);
    for (const c of COMMANDS) {
      expect(global.out).toContain(`  ${c.name} `);
      const h = await cli([c.name, '-h']);
      expect(h.code).toBe(0);
      for (const o of c.options) expect(h.out).toContain(`--${o.name}`);
    }
  });
  test('no arguments: the global help on stderr, exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Các lệnh:');
  });
  test('-V, --version', async () => {
    expect((await cli(['-V'])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await cli(['--version'])).code).toBe(0);
  });
});

describe('did you mean', () => {
  test('a mistyped command gets the nearest one, exit 2', async () => {
    const r = await cli(['rendr', 'x.yaml']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain('không có lệnh “rendr”; có phải ý bạn là “render”?');
    expect((await cli(['help', 'valdate'])).err).toContain('“validate”');
  });
  test('a mistyped option, in Vietnamese, with the command usage', async () => {
    const r = await cli(['render', 'x.yaml', '--out-dri', 'out']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('lệnh render không có tùy chọn “--out-dri”; có phải ý bạn là “--out-dir”?');
    expect(r.err).toContain('Cách dùng: kehoach render <plan.yaml>…');
    expect(r.err).toContain('kehoach help render');
  });
  test('a mistyped value of a closed list', async () => {
    const r = await cli(['render', 'x.yaml', '--format', 'dcx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format phải là docx, pdf, md hoặc txt (nhận được “dcx”); có phải ý bạn là “docx”?');
  });
  test('a missing value and a value given to a flag', async () => {
    expect((await cli(['render', 'x.yaml', '-o'])).err).toContain('-o cần một giá trị');
    expect((await cli(['render', 'x.yaml', '--draft=yes'])).err).toContain('--draft không nhận giá trị');
  });
  test('suggestName: near names only', () => {
    expect(suggestName('chek', ['check', 'checklist'])).toBe('check');
    expect(suggestName('ren', ['render', 'roll'])).toBe('render');
    expect(suggestName('xyz', ['render', 'roll'])).toBeUndefined();
  });
});

describe('files: standard input, globs, the closing summary', () => {
  test('“-” reads the plan from standard input', () => {
    const plan = readFileSync(`${ROOT}examples/lang-son-2019.yaml`);
    expect(bin(['validate', '-'], plan)).toMatchObject({ code: 0, err: '' });
    const md = bin(['render', '-', '-f', 'md'], plan);
    expect(md.code).toBe(0);
    expect(md.out.toString('utf8')).toContain('KẾ HOẠCH');
    const bad = bin(['validate', '-'], 'schemaVersion: 2\n');
    expect(bad.code).toBe(1);
    expect(bad.out.toString('utf8')).toMatch(/^<stdin>:/);
  });
  test('globs are expanded inside the command (as Windows cmd does not)', async () => {
    const found = expandGlobs([`${ROOT}examples/*.yaml`]);
    expect(found.length).toBeGreaterThanOrEqual(9);
    expect(found).toEqual([...found].sort());
    expect(found.every((f) => f.endsWith('.yaml'))).toBe(true);
    expect(expandGlobs([`${ROOT}examples/**/xa-*.yaml`])).toEqual([join(`${ROOT}examples`, 'units', 'xa-minh-xuan.yaml')]);
    expect(expandGlobs(['-', 'khong-co-*.yaml'])).toEqual(['-', 'khong-co-*.yaml']);
    expect(await cli(['validate', `${ROOT}examples/*.yaml`])).toEqual({ code: 0, out: '', err: '' });
    const none = await cli(['validate', `${ROOT}khong-co-*.yaml`]);
    expect(none.code).toBe(1);
    expect(none.out).toContain('FILE_UNREADABLE');
  });
  test('“Đã ghi …” closes a command that wrote files; --quiet hushes it; no progress line off a terminal', async () => {
    const dir = tmp();
    const r = await cli(['render', `${ROOT}examples/lang-son-2019.yaml`, `${ROOT}examples/khanh-hoa-2025.yaml`, '--out-dir', dir, '-f', 'md']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`Đã ghi 2 tệp: ${join(dir, 'lang-son-2019.md')}, ${join(dir, 'khanh-hoa-2025.md')}\n`);
    const q = await cli(['render', `${ROOT}examples/lang-son-2019.yaml`, '--out-dir', dir, '-f', 'md', '--quiet']);
    expect(q).toEqual({ code: 0, out: '', err: '' });
  });
  test('on a terminal: a progress line for batches, erased at the end; colours unless NO_COLOR', async () => {
    const dir = tmp();
    const files = ['lang-son-2019', 'khanh-hoa-2025'].map((f) => `${ROOT}examples/${f}.yaml`);
    const r = await cli(['render', ...files, '--out-dir', dir, '-f', 'txt'], { tty: true, colour: true });
    expect(r.err).toContain(`[2/2] ${files[1]}`);
    expect(r.err).toContain('\r\u001b[2K');
    expect(r.err).toContain('\u001b[32mĐã ghi\u001b[0m');
    const bad = await cli(['validate', '/khong/co.yaml', '--format', 'jsn'], { tty: true, colour: true });
    expect(bad.err).toContain('\u001b[31m');
    // A process whose standard error is not a terminal, or with NO_COLOR, writes no escape codes.
    expect(bin(['rendr'], undefined, { NO_COLOR: '1' }).err).not.toContain('\u001b[');
  });
});

describe('batches on worker threads', () => {
  const PARENT = `${ROOT}examples/tuyen-quang-2025-30-7.yaml`;
  const UNIT = readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8');
  function units(n: number) {
    const dir = tmp();
    const u = join(dir, 'units');
    mkdirSync(u);
    for (let i = 1; i <= n; i++) writeFileSync(join(u, `xa-${i}.yaml`), UNIT.replaceAll('Minh Xuân', `Số ${i}`).replaceAll('MINH XUÂN', `SỐ ${i}`));
    return { dir, u };
  }
  test('clone --units <dir> --out-dir --render docx: a plan and a document per unit', async () => {
    const { dir, u } = units(5);
    const out = join(dir, 'out');
    const r = await cli(['clone', PARENT, '--units', u, '--out-dir', out, '--render', 'docx']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`^Đã ghi 10 tệp vào ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    expect(readdirSync(out).sort()).toEqual(['xa-1.docx', 'xa-1.yaml', 'xa-2.docx', 'xa-2.yaml', 'xa-3.docx', 'xa-3.yaml', 'xa-4.docx', 'xa-4.yaml', 'xa-5.docx', 'xa-5.yaml']);
    const child = readFileSync(join(out, 'xa-3.yaml'), 'utf8');
    expect(child).toContain('Ủy ban nhân dân xã Số 3');
    expect(readFileSync(join(out, 'xa-3.docx')).subarray(0, 2).toString()).toBe('PK');
    // Each clone loads and traces like one made alone.
    expect((await cli(['trace', join(out, 'xa-3.yaml'), '--parent', PARENT])).code).toBe(0);
  });
  test('clone --unit several times (globs too); a bad unit is reported, the others are written, exit 1', async () => {
    const { dir, u } = units(4);
    writeFileSync(join(u, 'xa-hong.yaml'), 'unit: { name: 1 }\n');
    const out = join(dir, 'out');
    const r = await cli(['clone', PARENT, '--unit', join(u, 'xa-*.yaml'), '--out-dir', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('xa-hong.yaml');
    expect(readdirSync(out).sort()).toEqual(['xa-1.yaml', 'xa-2.yaml', 'xa-3.yaml', 'xa-4.yaml']);
  });
  test('clone: usage mistakes of batches', async () => {
    expect((await cli(['clone', PARENT, '--unit', 'a.yaml', '--unit', 'b.yaml'])).err).toContain('nhiều đơn vị cần --out-dir');
    expect((await cli(['clone', PARENT, '--unit', 'a.yaml', '--render', 'docx'])).code).toBe(2);
  });
  test('render over many plans: the same bytes as one by one', async () => {
    const files = readdirSync(`${ROOT}examples`).filter((f) => f.endsWith('.yaml')).map((f) => `${ROOT}examples/${f}`);
    const dir = tmp();
    expect((await cli(['render', ...files, '--out-dir', dir, '-q'])).code).toBe(0);
    const one = tmp();
    expect((await cli(['render', files[0]!, '-o', join(one, 'a.docx'), '-q'])).code).toBe(0);
    const name = files[0]!.split('/').pop()!.replace('.yaml', '.docx');
    expect(readFileSync(join(dir, name)).equals(readFileSync(join(one, 'a.docx')))).toBe(true);
    expect(readdirSync(dir)).toHaveLength(files.length);
  });
});

const haveSoffice = spawnSync('soffice', ['--version']).status === 0;
test.skipIf(!haveSoffice)('render -f pdf --pdfa: two PDF/A-2b files from one LibreOffice process', async () => {
  const dir = tmp();
  const files = ['lang-son-2019', 'khanh-hoa-2025'].map((f) => `${ROOT}examples/${f}.yaml`);
  const r = await cli(['render', ...files, '-f', 'pdf', '--pdfa', '--out-dir', dir]);
  expect(r.code).toBe(0);
  for (const f of ['lang-son-2019.pdf', 'khanh-hoa-2025.pdf']) {
    const pdf = readFileSync(join(dir, f)).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // PDF/A identification in the XMP metadata: part 2, conformance B.
    expect(pdf).toMatch(/pdfaid:part(>|=")2/);
    expect(pdf).toMatch(/pdfaid:conformance(>|=")B/);
  }
  expect(existsSync(join(dir, 'lang-son-2019.docx'))).toBe(false);
  expect((await cli(['render', files[0]!, '--pdfa'])).err).toContain('--pdfa chỉ dùng với PDF (--format pdf, hoặc -o tệp .pdf)');
}, 240_000);
