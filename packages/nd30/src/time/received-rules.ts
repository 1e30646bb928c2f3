import type { TimeInput } from '@kehoach/schema';
import { documentDate } from '../dates/calendar.js';
import { readTime, type TimeContext, type TimeRule } from './parse-time.js';

// What the importer reads in received documents today (issue 11), as a table of its own: case as
// written (`hằng tháng`, not `Hằng tháng`), every deadline as `before`, periods as `within`. A later
// issue gives the importer the meaning of TIME_RULES; until then its output stays what it was.

const QUARTER: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A date in numbers with its day, month and optional year as groups 1–3 (written twice in a window: 1–3, 4–6). */
const D = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?`;

/** Day, month and a year written with two or four digits (or the context's). */
function date(d: string, m: string, y: string | undefined, year: number | undefined): string | undefined {
  const yy = y ? Number(y.length === 2 ? `20${y}` : y) : year;
  return yy ? documentDate(Number(d), Number(m), yy) : undefined;
}

const words = (name: string, pattern: RegExp, time: TimeInput): TimeRule => ({ name, pattern, read: () => ({ ...time }) });

/** Times of received plans, read from a time's own words (a table cell, a labelled line). */
export const RECEIVED_TIME_RULES: readonly TimeRule[] = [
  {
    name: 'from-to',
    pattern: new RegExp(String.raw`từ (?:ngày )?${D}\s*(?:đến|-|–)\s*(?:ngày )?${D}`, 'u'),
    read: (m, c) => {
      const to = date(m[4]!, m[5]!, m[6], c.year);
      const from = date(m[1]!, m[2]!, m[3], to ? Number(to.slice(0, 4)) : c.year);
      return from && to ? { from, to } : undefined;
    },
  },
  {
    name: 'before',
    pattern: new RegExp(String.raw`(trước|chậm nhất|hạn chót|xong trước|hoàn thành trước|trước ngày)\s*(?:ngày\s*)?${D}`, 'u'),
    read: (m, c) => {
      const d = date(m[2]!, m[3]!, m[4], c.year);
      return d ? { before: d } : undefined;
    },
  },
  {
    name: 'on',
    pattern: new RegExp(String.raw`(?:^|\s)(?:ngày\s*)${D}`, 'u'),
    read: (m, c) => {
      const d = m[3] ? date(m[1]!, m[2]!, m[3], c.year) : undefined;
      return d ? { on: d } : undefined;
    },
  },
  {
    name: 'quarter',
    pattern: /[Qq]uý\s*(IV|III|II|I|[1-4])\s*(?:\/|năm\s*)(\d{4})/u,
    read: (m) => ({ within: { year: Number(m[2]), quarter: QUARTER[m[1]!]! } }),
  },
  {
    name: 'half',
    pattern: /(6|06|sáu) tháng (đầu|cuối) năm\s*(\d{4})/u,
    read: (m) => ({ within: { year: Number(m[3]), half: m[2] === 'đầu' ? 1 : 2 } }),
  },
  {
    name: 'month',
    pattern: /tháng\s*(\d{1,2})\s*(?:\/|năm\s*)(\d{4})/u,
    read: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { within: { year: Number(m[2]), month: Number(m[1]) } } : undefined),
  },
  words('weekly', /(hằng|hàng) tuần/u, { every: 'week' }),
  words('monthly', /(hằng|hàng) tháng/u, { every: 'month' }),
  words('quarterly', /(hằng|hàng) quý/u, { every: 'quarter' }),
  words('yearly', /(hằng|hàng) năm/u, { every: 'year' }),
  words('ongoing', /thường xuyên|liên tục/u, { ongoing: true }),
  words('as-regulated', /theo quy định/u, { asRegulated: true }),
  { name: 'year', pattern: /(?:^|\s)năm\s+(\d{4})\s*$/u, read: (m) => ({ within: { year: Number(m[1]) } }) },
];

/** Reads the words of a locator's group with RECEIVED_TIME_RULES; no time there means no time at all. */
const within = (m: RegExpExecArray, c: TimeContext, group: number) => readTime(m[group]!, RECEIVED_TIME_RULES, c)?.time ?? null;

/**
 * Where a received task's text states its time: after `Thời gian thực hiện:`, `Thời hạn:`,
 * `hoàn thành`; else a deadline `trước ngày …`; else `trong quý …`/`vào tháng …`. Each reads its
 * words with {@link RECEIVED_TIME_RULES}.
 */
export const RECEIVED_TIME_IN_TEXT: readonly TimeRule[] = [
  { name: 'labelled', pattern: /(?:Thời gian(?: thực hiện| hoàn thành)?|Thời hạn|hoàn thành)\s*:?\s*([^.;()]{3,80})/u, words: 1, read: (m, c) => within(m, c, 1) },
  { name: 'deadline', pattern: new RegExp(String.raw`(?:trước|chậm nhất)\s*(?:ngày\s*)?${D}`, 'u'), read: (m, c) => within(m, c, 0) },
  { name: 'period', pattern: /(?:trong|vào)\s+(?:[Qq]uý\s*(?:IV|III|II|I|[1-4])|tháng\s*\d{1,2})\s*(?:\/|năm\s*)\d{4}/u, read: (m, c) => within(m, c, 0) },
];
