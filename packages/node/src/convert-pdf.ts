import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onInterrupt, processAlive } from './interrupt.js';

/** The PDF bytes, or why there are none (in Vietnamese and English). */
export interface PdfResult {
  bytes?: Uint8Array;
  error?: { vi: string; en: string };
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
 * Converts DOCX bytes to PDF with LibreOffice (`soffice --headless --convert-to pdf`), in a private
 * temporary folder and profile, so that conversions never share state. Needs LibreOffice installed.
 * LibreOffice runs in a process group of its own: if the process is interrupted (SIGINT, SIGTERM),
 * the whole group is killed and the folder (which holds a copy of the document) removed; folders
 * left by a killed run are removed by the next conversion.
 */
export async function convertToPdf(docx: Uint8Array, soffice = process.env.KEHOACH_SOFFICE ?? 'soffice'): Promise<PdfResult> {
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
    const input = join(dir, 'ke-hoach.docx');
    await writeFile(input, docx);
    const profile = `file://${join(dir, 'profile')}`;
    await new Promise<void>((resolve, reject) => {
      child = spawn(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input], {
        stdio: 'ignore',
        detached: true,
        timeout: 120_000,
        killSignal: 'SIGKILL',
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(Object.assign(new Error('soffice failed'), { code: signal ?? code }))));
    });
    return { bytes: new Uint8Array(await readFile(join(dir, 'ke-hoach.pdf'))) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: { vi: 'không tìm thấy lệnh soffice (LibreOffice)', en: 'soffice (LibreOffice) not found' } };
    return { error: { vi: `LibreOffice báo lỗi (${String(code ?? (e as Error).message)})`, en: `LibreOffice failed (${String(code ?? (e as Error).message)})` } };
  } finally {
    release();
    await rm(dir, { recursive: true, force: true });
  }
}
