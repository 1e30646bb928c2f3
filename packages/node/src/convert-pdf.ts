import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onInterrupt, processAlive } from './interrupt.js';

/** The PDF bytes, or why there are none (in Vietnamese and English). */
export interface PdfResult {
  pdf?: Uint8Array;
  error?: { vi: string; en: string };
}

/** Options of the conversions to PDF. */
export interface PdfOptions {
  /** PDF/A-2b (for archives) through LibreOffice's export filter options. */
  pdfa?: boolean;
  /** The LibreOffice command (default: `KEHOACH_SOFFICE` or `soffice`). */
  soffice?: string;
  /** Told after each document LibreOffice has converted (index in the batch). */
  onConverted?(index: number): void;
}

const PREFIX = 'kehoach-pdf-';

/** Removes the folders of conversions whose process was killed (`kehoach-pdf-<pid>-…`). */
async function removeStale(): Promise<void> {
  const entries = await readdir(tmpdir()).catch(() => [] as string[]);
  for (const e of entries) {
    const m = /^kehoach-pdf-(\d+)-/.exec(e);
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) await rm(join(tmpdir(), e), { recursive: true, force: true });
  }
}

/**
 * The `--convert-to` argument: plain PDF, or PDF/A-2b with the filter options in LibreOffice's JSON
 * syntax (LibreOffice ≥ 7.4): `SelectPdfVersion` 2 is PDF/A-2b.
 */
export function pdfFilter(pdfa: boolean): string {
  return pdfa ? 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}' : 'pdf';
}

/**
 * Converts DOCX bytes to PDF with LibreOffice (`soffice --headless --convert-to pdf`), in a private
 * temporary folder and profile, so that conversions never share state. Needs LibreOffice installed.
 * LibreOffice runs in a process group of its own: if the process is interrupted (SIGINT, SIGTERM),
 * the whole group is killed and the folder (which holds a copy of the document) removed; folders
 * left by a killed run are removed by the next conversion.
 */
export async function convertToPdf(docx: Uint8Array, soffice?: string, options: Omit<PdfOptions, 'soffice'> = {}): Promise<PdfResult> {
  return (await convertManyToPdf([docx], { ...options, ...(soffice ? { soffice } : {}) }))[0]!;
}

/**
 * Converts many DOCX documents to PDF with **one** LibreOffice process (starting LibreOffice costs
 * seconds; converting a document, a fraction of one). Results come back in the order given; a
 * document LibreOffice could not convert gets its own error. Same isolation and clean-up as
 * `convertToPdf`; the profile folder is given to LibreOffice as a `file:` URL built by
 * `pathToFileURL` (right on Windows too).
 */
export async function convertManyToPdf(docs: readonly Uint8Array[], options: PdfOptions = {}): Promise<PdfResult[]> {
  const soffice = options.soffice ?? process.env.KEHOACH_SOFFICE ?? 'soffice';
  if (!docs.length) return [];
  await removeStale();
  const dir = await mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-`));
  let child: ReturnType<typeof spawn> | undefined;
  const release = onInterrupt(() => {
    if (child?.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    const names = docs.map((_, i) => `ke-hoach-${String(i + 1).padStart(5, '0')}`);
    await Promise.all(docs.map((d, i) => writeFile(join(dir, names[i] + '.docx'), d)));
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', pdfFilter(options.pdfa === true), '--outdir', dir, ...names.map((n) => join(dir, n + '.docx'))];
    await new Promise<void>((resolve, reject) => {
      child = spawn(soffice, args, {
        stdio: ['ignore', options.onConverted ? 'pipe' : 'ignore', 'ignore'],
        detached: true,
        // Two minutes for LibreOffice to start, and more for each document.
        timeout: 120_000 + 30_000 * docs.length,
        killSignal: 'SIGKILL',
      });
      // LibreOffice says “convert …/ke-hoach-00001.docx -> …pdf” as it finishes each document.
      let pending = '';
      child.stdout?.setEncoding('utf8').on('data', (t: string) => {
        pending += t;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const l of lines) {
          const m = /ke-hoach-(\d{5})\.docx\s*->/.exec(l);
          if (m) options.onConverted?.(Number(m[1]) - 1);
        }
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(Object.assign(new Error('soffice failed'), { code: signal ?? code }))));
    });
    return await Promise.all(names.map(async (n) => {
      try {
        return { pdf: new Uint8Array(await readFile(join(dir, n + '.pdf'))) };
      } catch {
        return { error: { vi: 'LibreOffice không chuyển được văn bản này', en: 'LibreOffice did not convert this document' } };
      }
    }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const error = code === 'ENOENT'
      ? { vi: 'không tìm thấy lệnh soffice (LibreOffice)', en: 'soffice (LibreOffice) not found' }
      : { vi: `LibreOffice báo lỗi (${String(code ?? (e as Error).message)})`, en: `LibreOffice failed (${String(code ?? (e as Error).message)})` };
    return docs.map(() => ({ error }));
  } finally {
    release();
    await rm(dir, { recursive: true, force: true });
  }
}
