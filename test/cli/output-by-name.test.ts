import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { outputForFile, outputs } from 'kehoach';
import 'kehoach/node';
import { exampleText } from '../helpers.js';
import { cli } from '../run-cli.js';

// `-o` picks the output by the file's extension, as pandoc does; `--format` wins when given; an
// extension the command cannot write is refused (exit 2) with the list of what it can. Every output
// of every command that writes one is tried by name, and each file is compared with the same output
// asked for by `--format` (written under a name no output has): the same bytes, and unlike the others.

/** A folder with the example plan (organ ids added, so that edXML can be made). */
function workdir(): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-oname-'));
  const text = exampleText('tuyen-quang-2025-30-7')
    .replace('  ubnd-tinh: { name:', '  ubnd-tinh: { organId: "000.00.00.H58", name:')
    .replace('  bo-cong-an: { name:', '  bo-cong-an: { organId: "000.00.00.G02", name:');
  writeFileSync(join(dir, 'kh.yaml'), text);
  return { dir, plan: join(dir, 'kh.yaml') };
}

/** What each output's bytes look like, so that a file written under its name is known to be it. */
const LOOKS: Record<string, (b: Buffer) => boolean> = {
  'plan docx': (b) => new PizZip(b).file('word/document.xml') !== null,
  'plan md': (b) => b.toString('utf8').includes('**KẾ HOẠCH**'),
  'plan txt': (b) => b.toString('utf8').includes('KẾ HOẠCH') && !b.toString('utf8').includes('**'),
  'plan edxml': (b) => b.toString('utf8').startsWith('<?xml') && b.toString('utf8').includes('edXML:'),
  'checklist json': (b) => Array.isArray(JSON.parse(b.toString('utf8')).items),
  'checklist md': (b) => /^# /m.test(b.toString('utf8')) && b.toString('utf8').includes('- [ ]'),
  'checklist csv': (b) => b.toString('utf8').split('\n')[0]!.split(',').length > 4,
  'checklist ics': (b) => b.toString('utf8').startsWith('BEGIN:VCALENDAR'),
  'checklist docx': (b) => new PizZip(b).file('word/document.xml') !== null,
  'checklist xlsx': (b) => new PizZip(b).file('xl/workbook.xml') !== null,
};

/** The outputs (of one input) whose bytes these look like: exactly one for a file of any of them. */
function looksLike(input: string, bytes: Buffer): string[] {
  const safe = (f: (b: Buffer) => boolean) => {
    try {
      return f(bytes);
    } catch {
      return false;
    }
  };
  return Object.entries(LOOKS).filter(([k, f]) => k.startsWith(input + ' ') && safe(f)).map(([k]) => k);
}

const COMMANDS = [
  { command: 'render', input: 'plan', ids: ['docx', 'md', 'txt'] },
  { command: 'export', input: 'plan', ids: ['edxml'] },
  { command: 'checklist', input: 'checklist', ids: ['json', 'md', 'csv', 'ics', 'docx', 'xlsx'] },
] as const;

describe.each(COMMANDS)('kehoach $command -o <name>: the output its extension names', ({ command, input, ids }) => {
  const extra = command === 'checklist' ? ['--today', '2025-10-12'] : [];
  const cases = ids.flatMap((id) => {
    const o = outputs(input).find((x) => x.id === id)!;
    return [o.extension, ...(o.otherExtensions ?? [])].map((extension) => [id, extension] as const);
  });
  test.each(cases)('%s ← -o ra.%s', async (id, extension) => {
    const { dir, plan } = workdir();
    const byName = await cli(command, plan, '-o', join(dir, `ra.${extension}`), '-q', ...extra);
    expect(byName.code, byName.err).toBe(0);
    const byFormat = await cli(command, plan, '--format', id, '-o', join(dir, 'theo-format.bin'), '-q', ...extra);
    expect(byFormat.code, byFormat.err).toBe(0);
    const written = readFileSync(join(dir, `ra.${extension}`));
    expect(written.equals(readFileSync(join(dir, 'theo-format.bin')))).toBe(true);
    expect(looksLike(input, written)).toEqual([`${input} ${id}`]);
  });
  test('the extension in capitals picks it too (KH.' + ids[0]!.toUpperCase() + ')', async () => {
    const { dir, plan } = workdir();
    const ext = outputs(input).find((x) => x.id === ids[0])!.extension.toUpperCase();
    expect((await cli(command, plan, '-o', join(dir, `KH.${ext}`), '-q', ...extra)).code).toBe(0);
    expect(LOOKS[`${input} ${ids[0]}`]!(readFileSync(join(dir, `KH.${ext}`)))).toBe(true);
  });
});

describe('kehoach render -o ke-hoach.pdf: PDF', () => {
  test('chosen by the name: without LibreOffice the PDF message, exit 1, nothing written (not a DOCX named .pdf)', async () => {
    const { dir, plan } = workdir();
    process.env.KEHOACH_SOFFICE = '/khong/co/soffice';
    try {
      const r = await cli('render', plan, '-o', join(dir, 'ke-hoach.pdf'));
      expect(r.code).toBe(1);
      expect(r.err).toContain('PDF_UNAVAILABLE');
      expect(existsSync(join(dir, 'ke-hoach.pdf'))).toBe(false);
    } finally {
      delete process.env.KEHOACH_SOFFICE;
    }
  });
  test('--pdfa follows the name too; with another name it is refused', async () => {
    const { dir, plan } = workdir();
    const r = await cli('render', plan, '-o', join(dir, 'kh.docx'), '--pdfa');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--pdfa chỉ dùng với PDF (--format pdf, hoặc -o tệp .pdf)');
  });
  test.skipIf(spawnSync('soffice', ['--version']).status !== 0)('with LibreOffice: a PDF', async () => {
    const { dir, plan } = workdir();
    const r = await cli('render', plan, '-o', join(dir, 'ke-hoach.pdf'), '-q');
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'ke-hoach.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});

describe('--format wins; no extension, or standard output, takes the command’s default', () => {
  test('render -f md -o kh.pdf writes Markdown under that name', async () => {
    const { dir, plan } = workdir();
    expect((await cli('render', plan, '-f', 'md', '-o', join(dir, 'kh.pdf'), '-q')).code).toBe(0);
    expect(LOOKS['plan md']!(readFileSync(join(dir, 'kh.pdf')))).toBe(true);
  });
  test('checklist --remind with -o kh.ics: the ICS has the reminders', async () => {
    const { dir, plan } = workdir();
    expect((await cli('checklist', plan, '-o', join(dir, 'kh.ics'), '--remind', '3', '-q')).code).toBe(0);
    expect(readFileSync(join(dir, 'kh.ics'), 'utf8')).toContain('TRIGGER:-P3D');
    expect((await cli('checklist', plan, '-o', join(dir, 'kh.csv'), '--remind', '3')).code).toBe(2);
  });
  test('-o ke-hoach (no extension) is a DOCX; -o - prints the default (JSON for a checklist)', async () => {
    const { dir, plan } = workdir();
    expect((await cli('render', plan, '-o', join(dir, 'ke-hoach'), '-q')).code).toBe(0);
    expect(LOOKS['plan docx']!(readFileSync(join(dir, 'ke-hoach')))).toBe(true);
    const r = await cli('checklist', plan, '-o', '-');
    expect(LOOKS['checklist json']!(Buffer.from(r.out))).toBe(true);
  });
  test('--split takes the format of --format (no -o)', async () => {
    const { dir, plan } = workdir();
    expect((await cli('checklist', plan, '-f', 'xlsx', '--split', join(dir, 'tach'), '-q')).code).toBe(0);
    expect(readdirSync(join(dir, 'tach')).every((f) => f.endsWith('.xlsx'))).toBe(true);
  });
});

describe('an extension the command cannot write: exit 2, in Vietnamese, with what it can write; nothing written', () => {
  const REFUSED: Array<[string, string, string[]]> = [
    ['render', 'kh.json', ['.docx', '.pdf', '.md, .markdown', '.txt']],
    ['render', 'kh.xlsx', ['.docx']],
    ['render', 'kh.edxml', ['.docx']],
    ['checklist', 'kh.pdf', ['.json', '.md, .markdown', '.csv', '.ics', '.docx', '.xlsx']],
    ['checklist', 'kh.txt', ['.xlsx']],
    ['export', 'kh.docx', ['.edxml, .xml']],
  ];
  test.each(REFUSED)('%s -o %s', async (command, name, lists) => {
    const { dir, plan } = workdir();
    const r = await cli(command, plan, '-o', join(dir, name));
    expect(r.code).toBe(2);
    const ext = name.slice(name.indexOf('.'));
    expect(r.err).toContain(`lệnh ${command} không ghi được tệp “${join(dir, name)}”: không định dạng nào của lệnh này có đuôi ${ext}.`);
    expect(r.err).toContain(`Lệnh ${command} ghi được (chọn theo đuôi tệp -o, hoặc bằng --format):`);
    for (const l of lists) expect(r.err).toMatch(new RegExp(`^ {2}${l.replace(/\./g, '\\.')} +\\S`, 'm'));
    expect(r.err).toContain(`Cách dùng: kehoach ${command}`);
    expect(readdirSync(dir)).toEqual(['kh.yaml']);
  });
  test('the list is the registry’s: render lists every document output with its label, export only edXML', async () => {
    const { dir, plan } = workdir();
    const r = await cli('render', plan, '-o', join(dir, 'kh.json'));
    for (const o of outputs('plan').filter((x) => x.purpose !== 'exchange')) expect(r.err).toContain(o.label);
    expect(r.err).not.toContain('.edxml');
  });
  test.each([
    ['clone', ['--unit', 'unit.yaml', '-o', 'xa.docx']],
    ['roll', ['--year', '2026', '-o', 'kh-2026.pdf']],
    ['import', ['-o', 'kh.json']],
    ['migrate', ['-o', 'kh.docx']],
  ])('kehoach %s writes plan data: -o with another extension is refused', async (command, args) => {
    const { dir, plan } = workdir();
    const r = await cli(command, command === 'import' ? join(dir, 'kh.docx') : plan, ...args.map((a) => (a.includes('.') ? join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`lệnh ${command} ghi dữ liệu kế hoạch, không ghi được tệp “.*”: đặt tên tệp \\.yaml hoặc \\.yml`));
    expect(readdirSync(dir)).toEqual(['kh.yaml']);
  });
  test('migrate also writes .json; roll writes .yml', async () => {
    const { dir, plan } = workdir();
    expect((await cli('migrate', plan, '-o', join(dir, 'kh2.json'))).code).toBe(0);
    expect((await cli('roll', plan, '--year', '2026', '-o', join(dir, 'kh-2026.yml'), '-q')).code).toBe(0);
  });
});

describe('outputForFile: the registry’s answer', () => {
  test('by extension, case ignored, other extensions, purpose, the longest extension first', () => {
    expect(outputForFile('plan', 'a/b/Ke-Hoach.PDF')?.id).toBe('pdf');
    expect(outputForFile('plan', 'kh.xml')?.id).toBe('edxml');
    expect(outputForFile('plan', 'kh.xml', { purpose: 'document' })).toBeUndefined();
    expect(outputForFile('plan', 'kh.markdown', { purpose: 'document' })?.id).toBe('md');
    expect(outputForFile('checklist', 'kh.nhiem-vu.xlsx')?.id).toBe('xlsx');
    expect(outputForFile('checklist', 'kh.yaml')).toBeUndefined();
    expect(outputForFile('plan', '.docx')).toBeUndefined();
    expect(outputForFile('plan', 'docx')).toBeUndefined();
  });
});
