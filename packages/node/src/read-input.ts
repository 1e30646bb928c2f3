import { NODE_CODES } from './codes.js';
import { coreDiagnostic, DEFAULT_LIMITS, formatBytes, type Diagnostic } from '@kehoach/core';
import { readBounded, readBoundedStream } from './read-bounded.js';

/** A file read for loading, or the diagnostic that explains why it could not be read. */
export interface ReadResult {
  bytes?: Uint8Array;
  diagnostic?: Diagnostic;
}

/**
 * Reads an input file (a plan, a unit profile, a template) as bytes, never more than `maxBytes`:
 * a regular file over the limit is refused before it is read, and a device or pipe is refused as
 * soon as it passes the limit. Missing files, folders and unreadable files become diagnostics.
 */
export async function readInput(file: string, maxBytes = DEFAULT_LIMITS.maxBytes): Promise<ReadResult> {
  const place = { file: file === '-' ? '<stdin>' : file, path: '', line: 1, column: 1 };
  try {
    const r = file === '-' ? await readBoundedStream(process.stdin, maxBytes) : await readBounded(file, maxBytes);
    if ('directory' in r) return { diagnostic: coreDiagnostic('INPUT_NOT_MAPPING', place, { found: 'một thư mục' }) };
    if ('tooLarge' in r) {
      const size = r.tooLarge > maxBytes + 1 ? formatBytes(r.tooLarge) : `> ${formatBytes(maxBytes)}`;
      return { diagnostic: coreDiagnostic('INPUT_TOO_LARGE', place, { size, limit: formatBytes(maxBytes) }) };
    }
    return { bytes: r.bytes };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EACCES' ? 'không có quyền đọc' : String(code ?? e);
    const detailEn = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    return { diagnostic: NODE_CODES.create('FILE_UNREADABLE', place, { detail, detailEn }) };
  }
}
