import { DOMParser } from '@xmldom/xmldom';
import { Inflate } from 'pako';
import { PizZip } from './cjs.js';

/** Limits on a DOCX template, which may come from anyone. */
export interface TemplateLimits {
  /** Largest template file, in bytes. Default 10 MiB. */
  maxBytes: number;
  /** Most entries in the zip. Default 1 000 (a Word document has 10–40). */
  maxEntries: number;
  /** Largest total uncompressed size, in bytes. Default 50 MiB. */
  maxUncompressed: number;
  /** Largest uncompressed size of one XML part (parsed by the template engine). Default 10 MiB. */
  maxXmlPart: number;
  /** Highest compression ratio of an entry larger than 1 MiB. Default 100 (text compresses 5–20×). */
  maxRatio: number;
}

/** The default template limits. */
export const TEMPLATE_LIMITS: TemplateLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxEntries: 1000,
  maxUncompressed: 50 * 1024 * 1024,
  maxXmlPart: 10 * 1024 * 1024,
  maxRatio: 100,
};

/** An opened template, or why it cannot be used (Vietnamese and English). */
export interface OpenedTemplate {
  zip?: InstanceType<typeof PizZip>;
  problem?: { vi: string; en: string };
}

/** What PizZip keeps of an entry before it is read: sizes from the zip directory and the raw data. */
interface RawEntry {
  dir: boolean;
  _data?: {
    compressedSize: number;
    uncompressedSize: number;
    compressionMethod: string;
    getCompressedContent(): Uint8Array | string;
  };
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';
const MiB = 1024 * 1024;

/** An entry name that could leave the package when unpacked: `../`, an absolute path, a drive. */
export function unsafeEntryName(name: string): boolean {
  return /(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-zA-Z]:|\\|\u0000/.test(name);
}

/** The five entities XML predefines, and character references: the only ones kept. */
const KNOWN_ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);$/;

/**
 * An XML part without a document type declaration (which could define entities, external ones
 * included) and without references to entities it would have defined. Word never writes a DOCTYPE.
 */
export function withoutDoctype(xml: string): string {
  if (!/<!DOCTYPE/i.test(xml)) return xml;
  return xml
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\]\s*)?>/gi, '')
    .replace(/&[^;\s<>&]{1,64};/g, (ref) => (KNOWN_ENTITY.test(ref) ? ref : ''));
}

/** Why an XML part is not well-formed, if it is not (xmldom, which runs in browsers too). */
export function xmlProblem(xml: string): string | undefined {
  let problem: string | undefined;
  try {
    new DOMParser({ onError: (level: string, message: string) => void (level !== 'warning' && (problem ??= message)) }).parseFromString(xml, 'text/xml');
  } catch (e) {
    problem ??= e instanceof Error ? e.message : String(e);
  }
  return problem;
}

/** Inflates raw DEFLATE data, giving up as soon as the output passes `limit` bytes. */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array | undefined {
  const inflater = new Inflate({ raw: true });
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  inflater.onData = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) over = true;
    else parts.push(chunk);
  };
  // Fed in small pieces: one piece can inflate to at most ~1 000× its size before the check.
  const STEP = 16 * 1024;
  for (let i = 0; i < data.length && !over; i += STEP) {
    inflater.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
    if (inflater.err) return undefined;
  }
  if (over) return undefined;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const bytesOf = (x: Uint8Array | string): Uint8Array => {
  if (typeof x !== 'string') return x;
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x.charCodeAt(i) & 0xff;
  return out;
};

/**
 * Opens a DOCX template that may come from anyone, within limits: file size, number of entries,
 * total and per-part uncompressed size, compression ratio (a zip bomb is refused from its directory,
 * and an entry that inflates past the size it declares is refused while inflating). Entries whose
 * names could leave the package (`../`, absolute paths) are dropped, and so are DOCTYPE declarations
 * in XML parts (no entity of the template reaches the output); an XML part that is not
 * well-formed is refused. Every entry is inflated here, once, so the zip library never inflates
 * anything unbounded.
 */
export function openTemplate(bytes: Uint8Array, limits: TemplateLimits = TEMPLATE_LIMITS): OpenedTemplate {
  const refuse = (vi: string, en: string): OpenedTemplate => ({ problem: { vi, en } });
  if (bytes.length > limits.maxBytes) {
    return refuse(`tệp mẫu quá lớn (${Math.ceil(bytes.length / MiB)} MB, giới hạn ${limits.maxBytes / MiB} MB)`, `the template is too large (${bytes.length} bytes; the limit is ${limits.maxBytes})`);
  }
  let zip: InstanceType<typeof PizZip>;
  try {
    zip = new PizZip(bytes);
  } catch (e) {
    return refuse('không phải tệp .docx (Word) hợp lệ', `not a valid .docx file (${e instanceof Error ? e.message : String(e)})`);
  }
  const files = zip.files as Record<string, RawEntry>;
  const names = Object.keys(files);
  if (names.length > limits.maxEntries) {
    return refuse(`tệp mẫu có quá nhiều phần (${names.length}, giới hạn ${limits.maxEntries})`, `too many entries (${names.length}; the limit is ${limits.maxEntries})`);
  }
  let total = 0;
  for (const name of names) {
    const data = files[name]!._data;
    if (!data) continue;
    total += data.uncompressedSize;
    if (total > limits.maxUncompressed) {
      return refuse(`tệp mẫu giải nén quá lớn (giới hạn ${limits.maxUncompressed / MiB} MB)`, `the template inflates past ${limits.maxUncompressed} bytes`);
    }
    if (data.uncompressedSize > MiB && data.uncompressedSize > limits.maxRatio * Math.max(1, data.compressedSize)) {
      return refuse(`phần “${name}” của tệp mẫu nén bất thường (tỉ lệ quá ${limits.maxRatio}:1)`, `entry "${name}" has a compression ratio over ${limits.maxRatio}:1`);
    }
    if (/\.(xml|rels)$/i.test(name) && data.uncompressedSize > limits.maxXmlPart) {
      return refuse(`phần “${name}” của tệp mẫu quá lớn`, `entry "${name}" is over ${limits.maxXmlPart} bytes`);
    }
  }
  try {
    for (const name of names) {
      const entry = files[name]!;
      if (unsafeEntryName(name)) {
        zip.remove(name);
        continue;
      }
      const data = entry._data;
      if (entry.dir || !data) continue;
      let content: Uint8Array | undefined;
      const raw = bytesOf(data.getCompressedContent());
      if (data.compressionMethod === STORE) content = raw;
      else if (data.compressionMethod === DEFLATE) content = inflateBounded(raw, data.uncompressedSize);
      if (!content || content.length !== data.uncompressedSize) {
        return refuse(`phần “${name}” của tệp mẫu bị hỏng hoặc giải nén ra nhiều hơn khai báo`, `entry "${name}" is corrupt or inflates past its declared size`);
      }
      if (/\.(xml|rels)$/i.test(name)) {
        const xml = withoutDoctype(new TextDecoder('utf-8').decode(content));
        // A part that is not well-formed would give a document Word refuses to open.
        const problem = xmlProblem(xml);
        if (problem) return refuse(`phần “${name}” của tệp mẫu không phải XML hợp lệ (${problem.split('\n')[0]})`, `entry "${name}" is not well-formed XML (${problem.split('\n')[0]})`);
        zip.file(name, xml);
      } else zip.file(name, content);
    }
  } catch (e) {
    return refuse('không phải tệp .docx (Word) hợp lệ', `not a valid .docx file (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!zip.file('word/document.xml')) return refuse('không phải tệp .docx (Word) hợp lệ', 'not a valid .docx file (no word/document.xml)');
  return { zip };
}

/** The zip of a rendered document, as far as `outputXmlProblem` reads it. */
interface RenderedZip {
  files: Record<string, { dir?: boolean }>;
  file(name: string): { asText(): string } | null;
}

/**
 * Why a document rendered over a user's template is not well-formed, if it is not: a damaged
 * template that is itself well-formed can still make the engine write broken XML (an attribute
 * written twice), which Word refuses to open. Checked for user templates only; the bundled one is
 * checked by the tests.
 */
export function outputXmlProblem(zip: RenderedZip): { vi: string; en: string } | undefined {
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir || !/\.(xml|rels)$/i.test(name)) continue;
    const problem = xmlProblem(zip.file(name)!.asText());
    if (problem) {
      const why = problem.split('\n')[0];
      return { vi: `mẫu sinh ra phần “${name}” không phải XML hợp lệ (${why})`, en: `the template produces entry "${name}" that is not well-formed XML (${why})` };
    }
  }
  return undefined;
}
