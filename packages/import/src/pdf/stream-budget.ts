import { Inflate } from 'pako';
import { LimitExceeded } from '../limit-exceeded.js';

const IMAGE = /\/Subtype\s*\/Image\b/;
const FLATE = /\/(?:FlateDecode|Fl)\b/;

/**
 * Refuses (`LimitExceeded`) a PDF whose Flate streams, images aside, inflate to more than `budget`
 * bytes in all — counted chunk by chunk, stopping at the first one past it, before pdf.js parses
 * anything. pdf.js reads a page's content whole and cannot be interrupted in this thread: a 1 MB
 * file whose content stream inflates to 600 MB of operators held it for minutes and gigabytes
 * (issue 23). Images are never decoded (pdf.js is told to skip them), so they are not counted; a
 * stream that does not inflate (encrypted, another filter) is left to pdf.js.
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
    if (FLATE.test(dict) && !IMAGE.test(dict)) used += inflatedSize(bytes.subarray(start, end), budget - used);
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
