import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The PDF bytes, or why there are none (in Vietnamese and English). */
export interface PdfResult {
  bytes?: Uint8Array;
  error?: { vi: string; en: string };
}

/**
 * Converts DOCX bytes to PDF with LibreOffice (`soffice --headless --convert-to pdf`), in a private
 * temporary folder and profile, so that conversions never share state. Needs LibreOffice installed.
 */
export async function convertToPdf(docx: Uint8Array, soffice = process.env.KEHOACH_SOFFICE ?? 'soffice'): Promise<PdfResult> {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-pdf-'));
  try {
    const input = join(dir, 'ke-hoach.docx');
    await writeFile(input, docx);
    const profile = `file://${join(dir, 'profile')}`;
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: 120_000 }, (e) => (e ? reject(e) : resolve()));
    });
    return { bytes: new Uint8Array(await readFile(join(dir, 'ke-hoach.pdf'))) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: { vi: 'không tìm thấy lệnh soffice (LibreOffice)', en: 'soffice (LibreOffice) not found' } };
    return { error: { vi: `LibreOffice báo lỗi (${String(code ?? (e as Error).message)})`, en: `LibreOffice failed (${String(code ?? (e as Error).message)})` } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
