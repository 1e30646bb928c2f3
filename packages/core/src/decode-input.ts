import type { Diagnostic } from './diagnostics/diagnostic.js';
import { coreDiagnostic } from './codes.js';

/** Result of decoding raw bytes. */
export interface Decoded {
  text?: string;
  diagnostics: Diagnostic[];
}

/** Offset of the first byte that breaks UTF-8, or -1 when all bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The encoding of text that is not UTF-8 but would pass as such: UTF-32 and UTF-16, with a byte
 * order mark (UTF-32 first: its little-endian mark begins with UTF-16's) or without one (ASCII
 * text in UTF-16 or UTF-32 is valid UTF-8 with a NUL beside every letter).
 */
function otherEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 LE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  // Without a mark: NUL bytes at one position in two (UTF-16) or three in four (UTF-32).
  const n = Math.min(b.length, 4096) & ~3;
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i & 3]!++;
  // UTF-32: the two high bytes of every letter of the Basic Multilingual Plane are zero.
  if (zeros.filter((z) => z >= (n / 4) * 0.95).length >= 2) return 'UTF-32';
  // UTF-16: the high byte of every ASCII letter is zero (Vietnamese text is still mostly ASCII).
  const even = zeros[0]! + zeros[2]!;
  const odd = zeros[1]! + zeros[3]!;
  const half = n / 2;
  if ((even >= half * 0.3 && odd <= half * 0.02) || (odd >= half * 0.3 && even <= half * 0.02)) return 'UTF-16';
  return undefined;
}

const FATAL = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 bytes into text (dropping a BOM), or reports where the bytes stop being UTF-8.
 * Pure: uses the global `TextDecoder` that browsers and Node share.
 */
export function decodeInput(bytes: Uint8Array, file: string): Decoded {
  const other = otherEncoding(bytes);
  if (other) {
    return {
      diagnostics: [
        coreDiagnostic('INPUT_NOT_UTF8', { file, path: '', line: 1, column: 1 }, { detail: other }),
      ],
    };
  }
  // The platform's strict decoder (native); the byte that breaks UTF-8 is looked for only when it refuses.
  let text: string;
  try {
    text = FATAL.decode(bytes);
  } catch {
    return { diagnostics: [notUtf8(bytes, Math.max(0, firstInvalidUtf8(bytes)), file)] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, diagnostics: [] };
}

/** The diagnostic for bytes that stop being UTF-8 at `bad`, placed at that line and column. */
function notUtf8(bytes: Uint8Array, bad: number, file: string): Diagnostic {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const lines = before.split('\n');
  const column = (lines[lines.length - 1] ?? '').length + 1;
  const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return coreDiagnostic('INPUT_NOT_UTF8', { file, path: '', line: lines.length, column }, { detail: `byte 0x${hex}` }, {
    suggestion: 'Trong Notepad/Word chọn “Save as” với Encoding: UTF-8. — Re-save the file as UTF-8.',
  });
}
