import type { TimeInput } from '@kehoach/schema';
import { isoDate } from '../recognise/dates.js';

const ROMAN_Q: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function date(d: string, m: string, y: string | undefined, year: number | undefined): string | undefined {
  const yy = y ? Number(y.length === 2 ? `20${y}` : y) : year;
  return yy ? isoDate(Number(d), Number(m), yy) : undefined;
}

const D = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?`;

/**
 * Reads a time as plans write it ("trước ngày 30/6/2025", "trong tháng 8/2025", "Quý IV/2026",
 * "từ ngày 01/7 đến ngày 30/9/2025", "thường xuyên", "hằng tháng", "6 tháng đầu năm 2026") into
 * v2 time data; the words as written are kept in `note`, so the plan prints them unchanged.
 * `undefined` when no time is found. `year` fills dates written without one.
 */
export function parseTime(text: string, year?: number): TimeInput | undefined {
  const t = text.normalize('NFC');
  const note = t.trim().replace(/[.;,]$/, '');
  let m = new RegExp(String.raw`từ (?:ngày )?${D}\s*(?:đến|-|–)\s*(?:ngày )?${D}`, 'u').exec(t);
  if (m) {
    const to = date(m[4]!, m[5]!, m[6], year);
    const from = date(m[1]!, m[2]!, m[3], to ? Number(to.slice(0, 4)) : year);
    if (from && to) return { from, to, note };
  }
  m = new RegExp(String.raw`(trước|chậm nhất|hạn chót|xong trước|hoàn thành trước|trước ngày)\s*(?:ngày\s*)?${D}`, 'u').exec(t);
  if (m) {
    const d = date(m[2]!, m[3]!, m[4], year);
    if (d) return { before: d, note };
  }
  m = new RegExp(String.raw`(?:^|\s)(?:ngày\s*)${D}`, 'u').exec(t);
  if (m && m[3]) {
    const d = date(m[1]!, m[2]!, m[3], year);
    if (d) return { on: d, note };
  }
  m = /[Qq]uý\s*(IV|III|II|I|[1-4])\s*(?:\/|năm\s*)(\d{4})/u.exec(t);
  if (m) return { within: { year: Number(m[2]), quarter: ROMAN_Q[m[1]!]! }, note };
  m = /(6|06|sáu) tháng (đầu|cuối) năm\s*(\d{4})/u.exec(t);
  if (m) return { within: { year: Number(m[3]), half: m[2] === 'đầu' ? 1 : 2 }, note };
  m = /tháng\s*(\d{1,2})\s*(?:\/|năm\s*)(\d{4})/u.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { within: { year: Number(m[2]), month: Number(m[1]) }, note };
  if (/(hằng|hàng) tuần/u.test(t)) return { every: 'week', note };
  if (/(hằng|hàng) tháng/u.test(t)) return { every: 'month', note };
  if (/(hằng|hàng) quý/u.test(t)) return { every: 'quarter', note };
  if (/(hằng|hàng) năm/u.test(t)) return { every: 'year', note };
  if (/thường xuyên|liên tục/u.test(t)) return { ongoing: true, note };
  if (/theo quy định/u.test(t)) return { asRegulated: true, note };
  m = /(?:^|\s)năm\s+(\d{4})\s*$/u.exec(t);
  if (m) return { within: { year: Number(m[1]) }, note };
  return undefined;
}

/**
 * The time stated inside a task's text ("Thời gian thực hiện: …", "… hoàn thành trước ngày …"),
 * as time data, or `undefined`.
 */
export function timeInText(text: string, year?: number): TimeInput | undefined {
  const m = /(?:Thời gian(?: thực hiện| hoàn thành)?|Thời hạn|hoàn thành)\s*:?\s*([^.;()]{3,80})/u.exec(text);
  if (m) return parseTime(m[1]!, year);
  const b = new RegExp(String.raw`(?:trước|chậm nhất)\s*(?:ngày\s*)?${D}`, 'u').exec(text);
  if (b) return parseTime(b[0], year);
  const q = /(?:trong|vào)\s+(?:[Qq]uý\s*(?:IV|III|II|I|[1-4])|tháng\s*\d{1,2})\s*(?:\/|năm\s*)\d{4}/u.exec(text);
  if (q) return parseTime(q[0], year);
  return undefined;
}
