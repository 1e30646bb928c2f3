import { Inflate } from 'pako';
import { LimitExceeded } from '../limit-exceeded.js';

const IMAGE = /\/Subtype\s*\/Image\b/;
const FLATE = /\/(?:FlateDecode|Fl)\b/;
const HEX = /\/(?:ASCIIHexDecode|AHx)\b/;
const A85 = /\/(?:ASCII85Decode|A85)\b/;

/** `<hex digits>` (whitespace ignored, up to `>`) as bytes: the ASCIIHexDecode filter. */
function fromHex(data: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(data);
  const digits = text.slice(0, text.includes('>') ? text.indexOf('>') : text.length).replace(/[^0-9a-fA-F]/g, '');
  const out = new Uint8Array(Math.ceil(digits.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt((digits.slice(2 * i, 2 * i + 2) + '0').slice(0, 2), 16);
  return out;
}

/** ASCII base-85 (`z` for four zeros, up to `~>`) as bytes: the ASCII85Decode filter. */
function fromAscii85(data: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(data);
  const body = text.slice(0, text.includes('~>') ? text.indexOf('~>') : text.length).replace(/^<~/, '').replace(/\s+/g, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(84);
    const v = group.reduce((a, d) => a * 85 + d, 0);
    const bytes = [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
    out.push(...bytes.slice(0, n));
    group = [];
  };
  for (const ch of body) {
    if (ch === 'z' && group.length === 0) out.push(0, 0, 0, 0);
    else if (ch >= '!' && ch <= 'u') {
      group.push(ch.charCodeAt(0) - 33);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

/** A stream's bytes with the ASCII filters before its Flate undone (`[/ASCIIHexDecode /FlateDecode]`): what Flate reads. */
function beforeFlate(dict: string, data: Uint8Array): Uint8Array {
  const flate = dict.search(FLATE);
  const hex = dict.search(HEX);
  const a85 = dict.search(A85);
  if (hex >= 0 && hex < flate) return fromHex(data);
  if (a85 >= 0 && a85 < flate) return fromAscii85(data);
  return data;
}

/**
 * Refuses (`LimitExceeded`) a PDF whose Flate streams, images aside, inflate to more than `budget`
 * bytes in all — counted chunk by chunk, stopping at the first one past it, before pdf.js parses
 * anything. pdf.js reads a page's content whole and cannot be interrupted in this thread: a 1 MB
 * file whose content stream inflates to 600 MB of operators held it for minutes and gigabytes
 * (issue 23). A Flate stream behind an ASCII filter (`[/ASCIIHexDecode /FlateDecode]`, ASCII85) is
 * counted after that filter is undone. Images are never decoded (pdf.js is told to skip them), so they
 * are not counted; a stream that does not inflate (encrypted, LZW) is left to pdf.js and the time budget.
 */
export function checkStreamBudget(bytes: Uint8Array, budget: number): void {
  const text = new TextDecoder('latin1').decode(bytes);
  let used = 0;
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictStart = text.lastIndexOf('<<', at);
    const dict = dictStart >= 0 && at - dictStart < 4096 ? text.slice(dictStart, at) : '';
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    if (FLATE.test(dict) && !IMAGE.test(dict)) used += inflatedSize(beforeFlate(dict, bytes.subarray(start, end)), budget - used);
    at = end + 6;
  }
}

/** The inflated size of a zlib stream, throwing as soon as it passes `left`; 0 when it does not inflate. */
function inflatedSize(data: Uint8Array, left: number): number {
  let size = 0;
  const inflater = new Inflate({ chunkSize: 65536 });
  inflater.onData = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > left) throw new LimitExceeded('IMPORT_PDF_TOO_COMPLEX', { detail: 'nội dung trang giải nén ra quá lớn', detailEn: 'its page content inflates to too much data' });
  };
  for (let at = 0; at < data.length; at += 65536) inflater.push(data.subarray(at, at + 65536), at + 65536 >= data.length);
  return inflater.err ? 0 : size;
}
