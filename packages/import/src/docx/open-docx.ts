import PizZip from 'pizzip';

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

interface ZipEntry {
  asText(): string;
  _data?: { uncompressedSize?: number };
}

/**
 * Opens DOCX bytes. Refuses (without inflating anything) a package whose declared uncompressed
 * size exceeds `maxUncompressed`; `part()` also counts what it really inflates.
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
      const text = entry.asText();
      inflated += text.length;
      if (inflated > maxUncompressed) throw new PartTooLarge(inflated);
      return text;
    },
  };
}

/** Thrown when the parts actually inflated exceed the limit (a lying zip directory). */
export class PartTooLarge extends Error {
  constructor(readonly size: number) {
    super('uncompressed size limit');
  }
}
