/** What the bytes of a file are, judged from their first bytes first and the file name second. */
export type Sniffed =
  | 'docx'
  | 'pdf'
  | 'text'
  | 'markdown'
  | 'doc'
  | 'ole-encrypted'
  | 'zip'
  | 'unknown';

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE spelling of `word` occurs in the bytes (OLE stream names). */
function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = Array.from(word).flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Sniffs a file's kind. A zip is reported as `docx` only when the name says so or it holds
 * `word/document.xml` (checked by the DOCX reader); an OLE file is a Word 97–2003 `.doc`, or an
 * encrypted Office file (which Office stores as OLE with an `EncryptedPackage` stream).
 */
export function sniffFormat(bytes: Uint8Array, fileName = ''): Sniffed {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return ext === 'md' ? 'markdown' : 'text';
  const head = bytes.subarray(0, 1024);
  const pdfAt = findAscii(head, '%PDF-');
  if (startsWith(bytes, PDF) || (pdfAt >= 0 && pdfAt < 1024)) return 'pdf';
  if (startsWith(bytes, OLE)) return hasUtf16(bytes, 'EncryptedPackage') ? 'ole-encrypted' : 'doc';
  if (startsWith(bytes, ZIP)) return ext === 'docx' || ext === 'docm' || ext === 'dotx' || ext === '' ? 'docx' : 'zip';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text' || ext === '') return looksBinary(head) ? 'unknown' : 'text';
  if (ext === 'docx' || ext === 'pdf' || ext === 'doc') return 'unknown';
  return looksBinary(head) ? 'unknown' : 'text';
}

function findAscii(bytes: Uint8Array, s: string): number {
  outer: for (let i = 0; i + s.length <= bytes.length; i++) {
    for (let j = 0; j < s.length; j++) if (bytes[i + j] !== s.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** NUL bytes or many control characters in the first KB: not text. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length / 20;
}
