import type { TimeInput } from '@kehoach/schema';
import { parseDate } from '../dates/parse-date.js';
import { parsePeriod } from './periods.js';
import { readTime, type TimeContext, type TimeRule } from './parse-time.js';
import { TIME_RULES } from './rules.js';

// What received documents write besides the forms kehoach prints, read with the meaning of
// TIME_RULES (a deadline `trước` is exclusive, `chậm nhất` and `trong` inclusive; a period is its
// last day): each rule with its example (nd30's tests run every one).

/** A rule of received documents, with the words it reads and the time they mean. */
export interface ReceivedTimeRule extends TimeRule {
  example: string;
  means: TimeInput;
}

const I = 'iu';
const low = (s: string | undefined) => (s ?? '').normalize('NFC').toLocaleLowerCase('vi');

/** Received forms tried before TIME_RULES. */
const RECEIVED_ONLY: readonly ReceivedTimeRule[] = [
  {
    // “Theo Kế hoạch rà soát … năm 2026 của tỉnh”, “Theo các mốc thời gian tại Quyết định số …”: another document sets the time
    name: 'set-elsewhere',
    pattern: /^\s*Theo\s+(?!quy định|thời hạn tại)/iu,
    read: () => null,
    example: 'Theo các mốc thời gian tại Quyết định số 15/QĐ-UBND ngày 02/01/2026',
    means: {},
  },
  {
    // “Trước ngày 05 của tháng liền kề”: a monthly due day in the month after (no “hằng tháng” written)
    name: 'next-month-day',
    pattern: new RegExp(String.raw`(?<![\p{L}\d])(?<k>trước ngày|chậm nhất ngày|ngày)\s+(?<day>\d{1,2})\s+(?:của\s+)?(?<unit>tháng|quý|kỳ)\s+liền\s+kề`, I),
    read: (m) => {
      const day = Number(m.groups!.day);
      const every = ({ tháng: 'month', quý: 'quarter', kỳ: 'month' } as const)[low(m.groups!.unit) as 'tháng'];
      return day >= 1 && day <= 31 ? { every, day, nextPeriod: true, ...(/chậm nhất/.test(low(m.groups!.k)) ? { dueKind: 'by' as const } : {}) } : undefined;
    },
    example: 'Trước ngày 05 của tháng liền kề',
    means: { every: 'month', day: 5, nextPeriod: true },
  },
  {
    // “Trước ngày 31/01 năm liền kề”: a yearly due day in the year after
    name: 'next-year-day',
    pattern: new RegExp(String.raw`(?<![\p{L}\d])(?<k>trước ngày|chậm nhất ngày|ngày)\s+(?<day>\d{1,2})\s*[/.-]\s*(?<month>\d{1,2})\s+(?:của\s+)?năm\s+liền\s+kề`, I),
    read: (m) => {
      const day = Number(m.groups!.day);
      const month = Number(m.groups!.month);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { every: 'year', months: [month], day, nextPeriod: true, ...(/chậm nhất/.test(low(m.groups!.k)) ? { dueKind: 'by' as const } : {}) } : undefined;
    },
    example: 'Trước ngày 31/01 năm liền kề',
    means: { every: 'year', months: [1], day: 31, nextPeriod: true },
  },
  {
    // “vào ngày 10 tháng 10 hàng năm”, “ngày 30/4 hằng năm”: a day of the year, every year
    name: 'yearly-day',
    pattern: new RegExp(String.raw`(?<![\p{L}\d])(?:vào\s+)?ngày\s+(?<day>\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(?<month>\d{1,2})\s+(?:hằng|hàng)\s+năm`, I),
    read: (m) => {
      const day = Number(m.groups!.day);
      const month = Number(m.groups!.month);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { every: 'year', months: [month], day, dueKind: 'by' } : undefined;
    },
    example: 'vào ngày 10 tháng 10 hàng năm',
    means: { every: 'year', months: [10], day: 10, dueKind: 'by' },
  },
  {
    // “trước 11h00 ngày thứ 5 hằng tuần”
    name: 'weekly-hour-day',
    pattern: new RegExp(String.raw`(?<![\p{L}\d])(?<hk>trước|chậm nhất)\s+(?<hh>\d{1,2})\s*(?:giờ|h)\s*(?<mm>\d{2})?\s*,?\s*(?:ngày\s+)?thứ\s+(?<wd>[2-7]|hai|ba|tư|năm|sáu|bảy)\s+(?:hằng|hàng)\s+tuần`, I),
    read: (m) => {
      const names: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };
      const w = low(m.groups!.wd);
      const weekday = /\d/.test(w) ? Number(w) - 1 : names[w]!;
      const hh = Number(m.groups!.hh);
      const mm = Number(m.groups!.mm ?? '0');
      if (hh > 23 || mm > 59) return undefined;
      return { every: 'week', weekday, hour: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`, ...(low(m.groups!.hk) === 'chậm nhất' ? { dueKind: 'by' as const } : {}) };
    },
    example: 'trước 11h00 ngày thứ 5 hằng tuần',
    means: { every: 'week', weekday: 4, hour: '11:00' },
  },
  {
    // “chậm nhất là ngày 11/3/2022”, “chậm nhất là trong tháng 9/2026”
    name: 'by-la',
    pattern: new RegExp(String.raw`(?<![\p{L}\d])chậm nhất\s+là\s+(?:trong\s+)?(?<p>.+)$`, I),
    read: (m, c) => {
      const words = m.groups!.p!;
      const date = parseDate(/^(?:ngày\s+)?[\d/.\-\s]+(?:tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)?/iu.exec(words)?.[0]?.trim() ?? '', c.year === undefined ? {} : { year: c.year });
      if (date) return { by: date };
      const period = /^(?:tháng|quý|quí|năm)\s+[^\s,;.]+(?:\s*(?:\/|năm)\s*\d{4})?/iu.exec(words);
      const p = period ? parsePeriod(period[0]) : undefined;
      return p && (p.year !== undefined) ? { by: p } : undefined;
    },
    example: 'chậm nhất là ngày 11/3/2022',
    means: { by: '2022-03-11' },
  },
  {
    // “giai đoạn 2022-2025”, “giai đoạn 2022 - 2025”: the years from the first to the last
    name: 'stage',
    pattern: new RegExp(String.raw`(?<![\p{L}\d])giai đoạn\s+(?<a>\d{4})\s*[-–]\s*(?<b>\d{4})`, I),
    read: (m) => {
      const a = Number(m.groups!.a);
      const b = Number(m.groups!.b);
      return b >= a && b - a <= 20 ? { from: { year: a }, to: { year: b } } : undefined;
    },
    example: 'giai đoạn 2022-2025',
    means: { from: { year: 2022 }, to: { year: 2025 } },
  },
];

/** A period TIME_RULES would take without its year (“trong năm”) is no time: the next rule is tried. */
const guarded = (r: TimeRule): TimeRule => ({
  ...r,
  read: (m, c) => {
    const t = r.read(m, c);
    const periods = t ? [t.within, t.before, t.by, t.from, t.to].filter((p) => p && typeof p === 'object') : [];
    return periods.some((p) => (p as { year?: number; schoolYear?: number }).year === undefined && (p as { schoolYear?: number }).schoolYear === undefined) ? undefined : t;
  },
});

/**
 * Times of received plans, read from a time's own words (a table cell, a labelled line), with the
 * meaning of TIME_RULES: the received forms first (`Trước ngày 05 của tháng liền kề`, `Trước ngày 31/01
 * năm liền kề`, `vào ngày 10 tháng 10 hàng năm`, `trước 11h00 ngày thứ 5 hằng tuần`, `chậm nhất là ngày
 * 11/3/2022`, `giai đoạn 2022-2025`), then every form kehoach prints; a period without its year (`Thường xuyên
 * trong năm`) is no date.
 */
export const RECEIVED_TIME_RULES: readonly TimeRule[] = [...RECEIVED_ONLY, ...TIME_RULES.map(guarded)];

/** The received forms alone, each with its example and meaning (for tests and documentation). */
export const RECEIVED_TIME_FORMS: readonly ReceivedTimeRule[] = RECEIVED_ONLY;

/** Reads the words of a locator's group with RECEIVED_TIME_RULES; no time there means no time at all. */
const within = (m: RegExpExecArray, c: TimeContext, group: number) => readTime(m[group]!, RECEIVED_TIME_RULES, c)?.time ?? null;

const DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?`;
/** A date that carries its year (`30/9/2025`, `30 tháng 9 năm 2025`). */
const DATED = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
const PERIOD = String.raw`(?:qu[ýí]\s*(?:IV|III|II|I|[1-4])|tháng\s*\d{1,2}|năm)\s*(?:\/|năm\s*)?\d{4}`;

/**
 * Where a received duty's prose states its time, each a locator whose words are read with
 * {@link RECEIVED_TIME_RULES}: after `Thời gian thực hiện:`/`Thời hạn:`; a deadline `trước (ngày) …`,
 * `chậm nhất (là) (ngày) …`, `hoàn thành trước/trong …`; a period `trong/vào quý, tháng, năm …`;
 * a recurrence with its day; a window of days `(thời gian) từ (ngày) 01/7 đến (hết) (ngày) 30/9/2025`, its end
 * with its year, wherever it stands (in parentheses after the duty, after a comma). (`đến năm 2030` is left alone: in prose it is mostly a programme's horizon.) A cited document's date must be taken out first (the
 * caller masks citations): it is never a deadline.
 */
export const RECEIVED_TIME_IN_TEXT: readonly TimeRule[] = [
  { name: 'labelled', pattern: /(?:Thời gian(?: thực hiện| hoàn thành)?|Thời hạn|Hạn chót)\s*:\s*([^.;()]{3,80})/u, words: 1, read: (m, c) => within(m, c, 1) },
  { name: 'recurrence', pattern: new RegExp(String.raw`(?:(?:trước|vào|chậm nhất)\s+)?(?:ngày\s+\d{1,2}(?:\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2})?\s+(?:của\s+)?(?:(?:hằng|hàng)\s+(?:tháng|quý|năm)|(?:tháng|quý|năm)\s+liền\s+kề)|\d{1,2}\s*(?:giờ|h)\s*\d{0,2}\s*,?\s*(?:ngày\s+)?thứ\s+\S+\s+(?:hằng|hàng)\s+tuần)`, I), read: (m, c) => within(m, c, 0) },
  { name: 'deadline', pattern: new RegExp(String.raw`(?:trước|chậm nhất(?:\s+là)?|hạn chót)\s+(?:ngày\s+)?(?:${DATE})`, I), read: (m, c) => within(m, c, 0) },
  { name: 'window', pattern: new RegExp(String.raw`từ\s+(?:ngày\s+)?(?:${DATE})\s*(?:đến|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(?:${DATED})`, I), read: (m, c) => within(m, c, 0) },
  { name: 'period', pattern: new RegExp(String.raw`(?:(?:hoàn thành|chậm nhất(?:\s+là)?)\s+)?(?:trong|vào|trước)\s+(?:${PERIOD})`, I), read: (m, c) => within(m, c, 0) },
];
