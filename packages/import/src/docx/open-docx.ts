import PizZip from 'pizzip';
import { Inflate } from 'pako';

/** A DOCX package opened with pizzip, with size accounting for the parts read. */
export interface DocxPackage {
  /** The text of a part, or `undefined` when the package has no such part. */
  part(name: string): string | undefined;
  /** Names of the parts. */
  names: string[];
}

/** Why a package could not be opened. */
export type OpenFailure =
  | { kind: 'encrypted' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'too-large'; size: number };

/** pizzip's compressed object of an entry (its directory's sizes, and the bytes as stored). */
interface Compressed {
  uncompressedSize?: number;
  compressionMethod?: string;
  getCompressedContent?(): Uint8Array | string;
}

interface ZipEntry {
  asText(): string;
  _data?: Compressed;
}

const STORED = '\x00\x00';
const DEFLATE = '\x08\x00';

/**
 * Opens DOCX bytes. Refuses (without inflating anything) a package whose declared uncompressed
 * size exceeds `maxUncompressed`. `part()` inflates a part itself, chunk by chunk, and stops as soon
 * as it passes its declared size or the budget left (issue 23: a 2.9 MB file whose directory
 * under-reported its sizes was unpacked to 3.9 GB before any check): `PartTooLarge` is thrown.
 */
export function openDocx(bytes: Uint8Array, maxUncompressed: number): DocxPackage | OpenFailure {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(message)) return { kind: 'encrypted' };
    return { kind: 'corrupt', detail: message };
  }
  const files = zip.files as unknown as Record<string, ZipEntry>;
  let declared = 0;
  for (const entry of Object.values(files)) declared += entry._data?.uncompressedSize ?? 0;
  if (declared > maxUncompressed) return { kind: 'too-large', size: declared };
  let inflated = 0;
  return {
    names: Object.keys(files),
    part(name: string): string | undefined {
      const entry = files[name];
      if (!entry) return undefined;
      const data = inflateEntry(entry, inflated, maxUncompressed);
      inflated += data.length;
      return new TextDecoder('utf-8').decode(data);
    },
  };
}

/** The bytes of an entry, inflated within its declared size and what is left of the budget. */
function inflateEntry(entry: ZipEntry, used: number, budget: number): Uint8Array {
  const c = entry._data;
  const raw = c?.getCompressedContent?.();
  if (!c || raw === undefined || (c.compressionMethod !== STORED && c.compressionMethod !== DEFLATE)) {
    // an entry pizzip made itself, or a method it knows and we do not: its own reader (sizes checked after)
    const text = entry.asText();
    if (used + text.length > budget) throw new PartTooLarge(used + text.length);
    return new TextEncoder().encode(text);
  }
  const bytes = typeof raw === 'string' ? Uint8Array.from(raw, (ch) => ch.charCodeAt(0)) : raw;
  const declared = c.uncompressedSize ?? 0;
  const limit = Math.min(declared, budget - used);
  if (c.compressionMethod === STORED) {
    if (bytes.length > limit) throw new PartTooLarge(used + bytes.length);
    return bytes;
  }
  return inflateWithin(bytes, limit, used);
}

/** Raw-inflates `bytes`, 64 KB at a time, refusing at the first chunk past `limit`. */
function inflateWithin(bytes: Uint8Array, limit: number, used: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate({ raw: true, chunkSize: 65536 });
  inflater.onData = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) throw new PartTooLarge(used + size);
    chunks.push(chunk);
  };
  // fed in slices so that a chunk past the limit is found before the next slice is read
  for (let at = 0; at < bytes.length; at += 65536) inflater.push(bytes.subarray(at, at + 65536), at + 65536 >= bytes.length);
  if (inflater.err) throw new ZipEntryCorrupt(String(inflater.msg || inflater.err));
  const out = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) {
    out.set(ch, at);
    at += ch.length;
  }
  return out;
}

/** Thrown when the parts actually inflated exceed the limit (a lying zip directory). */
export class PartTooLarge extends Error {
  constructor(readonly size: number) {
    super('uncompressed size limit');
  }
}

/** Thrown when an entry's deflate data is broken. */
export class ZipEntryCorrupt extends Error {}
