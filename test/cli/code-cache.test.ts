import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);
const BIN = `${ROOT}packages/cli/dist/kehoach.mjs`;
const PLAN = `${ROOT}examples/phu-tho-2025-cong-van-dich-vu-cong.yaml`;

/** Runs the built command with its code cache in `cache` (or `off`). */
async function kehoach(cache: string, ...args: string[]) {
  return run(process.execPath, [BIN, ...args], { env: { ...process.env, KEHOACH_CACHE_DIR: cache } }).catch((e: { code: number; stdout: string; stderr: string }) => e);
}

/** Renders the example; the DOCX bytes. */
async function render(cache: string, out: string): Promise<Buffer> {
  await kehoach(cache, 'render', PLAN, '-o', out, '-q');
  return readFileSync(out);
}

const stamp = (f: string) => {
  const s = statSync(f);
  return `${s.ino}:${s.mtimeMs}`;
};

/** A PDF with one line of text, for the importer (pdf.js) to read. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 60 >>\nstream\nBT /F1 14 Tf 72 760 Td (KE HOACH thu nghiem bo nho dem) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe('the command keeps its compiled code (V8 code cache) for the next run', () => {
  test('the command is built (pnpm test builds it first)', () => {
    expect(existsSync(BIN)).toBe(true);
  });

  test('the first run of a command writes its cache, later runs read it (the file is not written again); the document is the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    const first = await render(dir, join(dir, 'a.docx'));
    const files = readdirSync(join(dir, 'kehoach'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}-render\\.v8$`));
    const file = join(dir, 'kehoach', files[0]!);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
    const before = stamp(file);
    const second = await render(dir, join(dir, 'b.docx'));
    expect(second.equals(first)).toBe(true);
    // Accepted by V8: a rejected cache would have been written again.
    expect(stamp(file)).toBe(before);
  });

  test('a damaged cache is rejected by V8, written again, and changes nothing in the output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    const first = await render(dir, join(dir, 'a.docx'));
    const [name] = readdirSync(join(dir, 'kehoach'));
    const file = join(dir, 'kehoach', name!);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const again = await render(dir, join(dir, 'b.docx'));
    expect(again.equals(first)).toBe(true);
    expect(readFileSync(file).length).toBeGreaterThan(100_000);
  });

  test('files of another build or Node version are removed when a cache is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    mkdirSync(join(dir, 'kehoach'), { mode: 0o700 });
    writeFileSync(join(dir, 'kehoach', '0000000000000000-v18.0.0-x64-render.v8'), 'old');
    await render(dir, join(dir, 'a.docx'));
    expect(readdirSync(join(dir, 'kehoach')).filter((f) => f.startsWith('0000'))).toEqual([]);
  });

  test.skipIf(process.platform === 'win32')('a cache folder that others may write to, or a link, is not used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    mkdirSync(join(dir, 'kehoach'), { mode: 0o777 });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dir, 'kehoach'), 0o777);
    await render(dir, join(dir, 'a.docx'));
    expect(readdirSync(join(dir, 'kehoach'))).toEqual([]);
    const other = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    mkdirSync(join(other, 'real'), { mode: 0o700 });
    symlinkSync(join(other, 'real'), join(other, 'kehoach'));
    await render(other, join(other, 'b.docx'));
    expect(readdirSync(join(other, 'real'))).toEqual([]);
  });

  test.skipIf(process.platform === 'win32')('a cache folder in a shared parent others may write to (not sticky) is never made nor used; a sticky one (/tmp) is', async () => {
    // Issue 23: in a shared, non-sticky parent another user can swap the user's own cache folder
    // between the check and the read, and their planted code runs.
    const { chmodSync } = await import('node:fs');
    const shared = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    chmodSync(shared, 0o777);
    await render(shared, join(shared, 'a.docx'));
    expect(readdirSync(shared)).toEqual(['a.docx']);
    // A cache folder of the user's own already there (0700) is not used either: its parent can be renamed under it.
    mkdirSync(join(shared, 'kehoach'), { mode: 0o700 });
    await render(shared, join(shared, 'b.docx'));
    expect(readdirSync(join(shared, 'kehoach'))).toEqual([]);
    const sticky = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    chmodSync(sticky, 0o1777);
    await render(sticky, join(sticky, 'a.docx'));
    expect(readdirSync(join(sticky, 'kehoach')).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
  });

  test.skipIf(process.platform === 'win32')('a cache file that is a link, or writable by others, is never read (and is replaced by the user\'s own)', async () => {
    const { chmodSync, lstatSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    await render(dir, join(dir, 'a.docx'));
    const [name] = readdirSync(join(dir, 'kehoach'));
    const file = join(dir, 'kehoach', name!);
    // writable by others: not read, so written again (a new file, the user's own, 0600)
    chmodSync(file, 0o666);
    const before = stamp(file);
    await render(dir, join(dir, 'b.docx'));
    expect(stamp(file)).not.toBe(before);
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
    // owned by another user (only root can make one here): not read, replaced
    if (process.getuid?.() === 0) {
      const { chownSync } = await import('node:fs');
      chownSync(file, 65534, 65534);
      chmodSync(file, 0o600);
      await render(dir, join(dir, 'b2.docx'));
      expect(lstatSync(file).uid).toBe(0);
    }
    // a link to a good cache file elsewhere: not followed, replaced by a file
    const elsewhere = join(dir, 'elsewhere.v8');
    writeFileSync(elsewhere, readFileSync(file));
    const { rmSync } = await import('node:fs');
    rmSync(file);
    symlinkSync(elsewhere, file);
    await render(dir, join(dir, 'c.docx'));
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'c.docx')).equals(readFileSync(join(dir, 'a.docx')))).toBe(true);
  });

  test('KEHOACH_CACHE_DIR=off writes no cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    const bytes = await render('off', join(dir, 'a.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  test('pdf.js still loads when the import command runs from its cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-cache-'));
    const pdf = join(dir, 'ke-hoach.pdf');
    writeFileSync(pdf, tinyPdf());
    const first = await kehoach(dir, 'import', pdf, '-o', join(dir, 'a.yaml'));
    expect(readdirSync(join(dir, 'kehoach')).some((f) => f.endsWith('-import.v8'))).toBe(true);
    const second = await kehoach(dir, 'import', pdf, '-o', join(dir, 'b.yaml'));
    for (const r of [first, second]) expect(`${r.stdout}${r.stderr}`).not.toContain('IMPORT_PDF_ENGINE');
    expect(`${second.stdout}${second.stderr}`).toBe(`${first.stdout}${first.stderr}`.replaceAll('a.yaml', 'b.yaml'));
  });
});
