import { PizZip } from './cjs.js';

const NAME = 'KEHOACH_DEFLATE';

/** pizzip's registry of compression methods (a plain object keyed by name). */
type Compressions = Record<string, { magic: string; compress(input: Uint8Array): Uint8Array; uncompress(input: Uint8Array): Uint8Array; compressInputType: string; uncompressInputType: string }>;

let custom = false;

/**
 * Replaces the deflate used to write DOCX files (pako, in JavaScript, everywhere by default) with
 * another raw-deflate function: in Node, `zlib.deflateRawSync` is several times faster from a cold
 * start (`nativeDeflate` of `@kehoach/node`). Reading zips is not affected. `undefined` goes back
 * to pako. The documents stay valid and deterministic; their bytes differ from pako's.
 */
export function setDeflate(deflate: ((raw: Uint8Array) => Uint8Array) | undefined): void {
  const compressions = (PizZip as unknown as { compressions: Compressions }).compressions;
  custom = deflate !== undefined;
  if (!deflate) return;
  const base = compressions.DEFLATE!;
  compressions[NAME] = { ...base, magic: base.magic, compressInputType: 'uint8array', compress: (input) => deflate(input) };
}

/** The compression name to give pizzip's `generate`. */
export function outputCompression(): string {
  return custom ? NAME : 'DEFLATE';
}
