import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_LIMITS, formatBytes, makeDiagnostic, type Diagnostic } from '@kehoach/core';

/** A file read for loading, or the diagnostic that explains why it could not be read. */
export interface ReadResult {
  bytes?: Uint8Array;
  diagnostic?: Diagnostic;
}

/**
 * Reads a plan file as bytes, refusing files over the size limit before reading them
 * (so a 20 MB file costs nothing). Missing files and folders become diagnostics.
 */
export async function readInput(file: string, maxBytes = DEFAULT_LIMITS.maxBytes): Promise<ReadResult> {
  const place = { file, path: '', line: 1, column: 1 };
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      return { diagnostic: makeDiagnostic('INPUT_NOT_MAPPING', place, { found: 'một thư mục' }) };
    }
    if (info.size > maxBytes) {
      return { diagnostic: makeDiagnostic('INPUT_TOO_LARGE', place, { size: formatBytes(info.size), limit: formatBytes(maxBytes) }) };
    }
    return { bytes: new Uint8Array(await readFile(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EACCES' ? 'không có quyền đọc' : String(code ?? e);
    const detailEn = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    return { diagnostic: makeDiagnostic('FILE_UNREADABLE', place, { detail, detailEn }) };
  }
}
