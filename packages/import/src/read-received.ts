import { formatBytes } from '@kehoach/core';
import { importDiagnostic, type ImportDiagnostic } from './diagnostic.js';
import { readDocx } from './docx/read-docx.js';
import { LimitExceeded } from './limit-exceeded.js';
import { DEFAULT_LIMITS, type ImportLimits } from './limits.js';
import type { ReceivedDocument } from './model.js';
import type { PdfjsModule } from './pdf/load-pdfjs.js';
import { readPdf } from './pdf/read-pdf.js';
import { repairDocument } from './repair-document.js';
import { sniffFormat } from './sniff.js';
import { decodeText } from './text/decode-text.js';
import { readText } from './text/read-text.js';

/** Options of `readReceived`. */
export interface ReadOptions {
  /** The file's name: used in diagnostics and, with the first bytes, to tell the format. */
  fileName?: string;
  limits?: Partial<ImportLimits>;
  /** A pdf.js module to use instead of loading `pdfjs-dist` (see README). */
  pdfjs?: PdfjsModule;
}

/** The received document, or no document and the error diagnostic saying why. */
export interface ReadReceivedResult {
  document?: ReceivedDocument;
  diagnostics: ImportDiagnostic[];
}

/**
 * Reads the bytes of a received plan — DOCX, PDF, text or Markdown, told apart by their first bytes
 * and the file name — into a received document; lookalike glyphs and TCVN3 debris are repaired with
 * a warning. Runs in Node and browsers (bytes in, no file system). A file that cannot be read gives
 * exactly one error diagnostic (`.doc`, encrypted, corrupt, garbage text layer, scanned PDF, too
 * large); it never throws for bad input.
 *
 * @example
 * const { document, diagnostics } = await readReceived(bytes, { fileName: 'ke-hoach.docx' });
 */
export async function readReceived(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadReceivedResult> {
  const file = options.fileName ?? '';
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length === 0) return { diagnostics: [importDiagnostic('IMPORT_EMPTY', file)] };
  if (bytes.length > limits.maxBytes) {
    const p = { size: formatBytes(bytes.length), limit: formatBytes(limits.maxBytes) };
    return { diagnostics: [importDiagnostic('IMPORT_TOO_LARGE', file, p)] };
  }
  const kind = sniffFormat(bytes, file);
  let result: ReadReceivedResult;
  switch (kind) {
    case 'docx':
    case 'zip':
      result = readDocx(bytes, file, limits);
      break;
    case 'pdf':
      result = await readPdf(bytes, file, options.pdfjs ? { limits, pdfjs: options.pdfjs } : { limits });
      break;
    case 'doc':
      return { diagnostics: [importDiagnostic('IMPORT_DOC_BINARY', file)] };
    case 'ole-encrypted':
      return { diagnostics: [importDiagnostic('IMPORT_ENCRYPTED', file)] };
    case 'text':
    case 'markdown': {
      const decoded = decodeText(bytes);
      if ('error' in decoded) return { diagnostics: [importDiagnostic('IMPORT_NOT_UTF8', file, { detail: decoded.error })] };
      if (decoded.text.trim() === '') return { diagnostics: [importDiagnostic('IMPORT_EMPTY', file)] };
      try {
        result = { document: readText(decoded.text, kind, limits.maxParagraphs), diagnostics: [] };
      } catch (e) {
        if (e instanceof LimitExceeded) return { diagnostics: [importDiagnostic(e.code, file, e.params)] };
        throw e;
      }
      break;
    }
    default:
      return { diagnostics: [importDiagnostic('IMPORT_UNSUPPORTED_FORMAT', file, { name: file || '?' })] };
  }
  if (result.document) result.diagnostics.push(...repairDocument(result.document, file));
  return result;
}
