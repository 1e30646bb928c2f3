import type { SpokenPeriodInput, TimeInput } from '@kehoach/schema';
import { ANY_DATE } from '../dates/parse-date.js';
import { parseDate } from '../dates/parse-date.js';
import { PERIOD_WORDS, parsePeriod, type TimePoint } from './periods.js';
import { readTime, type TimeContext, type TimeMatch, type TimeRule } from './parse-time.js';
import { readDueDays, readMonthList } from './recurrence.js';
import { weekdayNumber, type Every } from './words.js';

// Pieces of the patterns (no capture groups), read case-insensitively: plans write “Hằng tháng” and “hằng tháng”.
const POINT = `(?:${ANY_DATE}|${PERIOD_WORDS})`;
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;
const HOUR = String.raw`(?<hh>\d{1,2})\s*(?:giờ|h)\s*(?<mm>\d{2})?`;
const EVERY = String.raw`(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm)|(?:6|06|sáu)\s+tháng\s+một\s+lần`;
/** The months of a due day after the first (`/11`, `/6 và 15/12`): a day in named months. */
const DUE_DATES = String.raw`\/\d{1,2}(?:(?:\s*,\s*|\s+và\s+)\d{1,2}\/\d{1,2})*(?![\d/])`;
/** A list of months: `3`, `3 và 9`, `3, 6 và 9`. */
const MONTHS = String.raw`\d{1,2}(?:(?:\s*,\s*|\s+và\s+)\d{1,2})*(?![\d/])`;
const FROM_TO = String.raw`(?:\s*,\s*từ\s+(?<from>${POINT})\s+đến\s+(?<to>${POINT}))?`;
const B = String.raw`(?<![\p{L}\d])`;

const rule = (name: string, source: string, read: TimeRule['read']): TimeRule => ({ name, pattern: new RegExp(B + source, 'iu'), read });
const low = (s: string | undefined) => (s ?? '').normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/** A point: a date (the year from the context when it has none) or a period. */
function point(words: string | undefined, year?: number): TimePoint | undefined {
  if (words === undefined) return undefined;
  return parseDate(words, year === undefined ? {} : { year }) ?? parsePeriod(words.replace(/^ngày\s+/iu, ''));
}

/** A period only (`hoàn thành trong …`, `trong …`). */
const period = (words: string | undefined): SpokenPeriodInput | undefined => (words === undefined ? undefined : parsePeriod(words));

/** A date only (`chậm nhất ngày …`, `ngày …`). */
const date = (words: string | undefined, c: TimeContext): string | undefined =>
  words === undefined ? undefined : parseDate(words, c.year === undefined ? {} : { year: c.year });

/** `từ 01/7 đến 30/9/2025`: a start without a year takes the end's. */
function window(g: Record<string, string | undefined>, c: TimeContext): { from: TimePoint; to: TimePoint } | undefined {
  const to = point(g.to, c.year);
  if (to === undefined) return undefined;
  const from = point(g.from, typeof to === 'string' ? Number(to.slice(0, 4)) : to.year ?? c.year);
  return from === undefined ? undefined : { from, to };
}

const EVERY_UNIT: Readonly<Record<string, Every>> = { tuần: 'week', tháng: 'month', quý: 'quarter', năm: 'year' };
const every = (words: string): Every => (/một lần/.test(low(words)) ? 'half-year' : EVERY_UNIT[low(words).split(' ').pop()!]!);

function hour(g: Record<string, string | undefined>): string | undefined {
  const h = Number(g.hh);
  const m = Number(g.mm ?? '0');
  return h <= 23 && m <= 59 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : undefined;
}

/** Adds `from`/`to` when the words give both; `undefined` when they give them wrong. */
function withWindow(t: TimeInput, g: Record<string, string | undefined>, c: TimeContext): TimeInput | undefined {
  if (g.from === undefined) return t;
  const w = window(g, c);
  return w && { ...t, ...w };
}

function weekly(g: Record<string, string | undefined>, c: TimeContext): TimeInput | undefined {
  const t: TimeInput = { every: 'week' };
  if (g.wd) t.weekday = weekdayNumber(g.wd)!;
  if (g.hh) {
    const h = hour(g);
    if (!h) return undefined;
    t.hour = h;
    if (low(g.hk) === 'chậm nhất') t.dueKind = 'by';
  }
  return withWindow(t, g, c);
}

/**
 * A recurrence with a day: `trước ngày 25 hằng tháng`, `trước ngày 20/11 hằng năm`, `hằng quý, trước
 * ngày 15`, `hằng tháng, trước ngày 05 của tháng liền kề`, `trước ngày 05 các tháng 3 và 9`.
 */
function periodic(g: Record<string, string | undefined>, c: TimeContext): TimeInput | undefined {
  let t: TimeInput | undefined = { every: g.ml && !g.every ? 'month' : every(g.every!) };
  const day = g.nday ?? g.cday ?? g.day;
  const kind = g.nk ?? g.ck ?? g.k;
  if (g.nday !== undefined) t.nextPeriod = true;
  if (day !== undefined) {
    const dates = g.ndm ?? g.cdm ?? g.dm;
    t = dates ? readDueDays(`${day}${dates}`, t) : { ...t, day: Number(day) };
    if (!t || t.day! < 1 || t.day! > 31 || (dates && (t.every === 'month' || t.every === 'week'))) return undefined;
    if (/^(?:ngày|vào ngày|chậm nhất ngày)$/.test(low(kind))) t.dueKind = 'by';
  }
  const list = g.ml ?? g.nml;
  if (list !== undefined) {
    const months = readMonthList(list);
    if (!months) return undefined;
    t.months = months;
  }
  return withWindow(t, g, c);
}

/** A deadline: `trước` (exclusive, a date or a period), `chậm nhất` (a date), `trong` (the end of a period). */
function deadline(kind: string, words: string | undefined, c: TimeContext): TimeInput | undefined {
  const k = low(kind);
  if (k === 'trước') {
    const p = point(words, c.year);
    return p === undefined ? undefined : { before: p };
  }
  const p = k === 'trong' ? period(words) : date(words, c);
  return p === undefined ? undefined : { by: p };
}

/**
 * The times of Nghị định 30 plans: every form {@link formatTime} prints, and what plans write
 * (`trước ngày 30/6/2025`, `chậm nhất ngày …`, `hoàn thành trong quý II/2026`, `từ ngày 01/7 đến
 * ngày 30/9/2025`, `6 tháng đầu năm 2026`, `trước ngày 25 hằng tháng`, `thứ Năm hằng tuần, trước
 * 11 giờ 00`, `thường xuyên`, `theo quy định`). Most specific first.
 */
export const TIME_RULES: readonly TimeRule[] = [
  rule('reference', String.raw`theo thời hạn tại\s+(?<ref>.+?)\s*$`, (m, c) => {
    const ref = m.groups!.ref!;
    return { reference: c.reference?.(ref) ?? ref };
  }),
  rule('weekly-hour-first', String.raw`(?<hk>trước|chậm nhất)\s+${HOUR}\s*,?\s+(?:ngày\s+)?(?<wd>${WEEKDAY})\s+(?:hằng|hàng)\s+tuần${FROM_TO}`, (m, c) => weekly(m.groups!, c)),
  rule('weekly', String.raw`(?:(?<wd>${WEEKDAY})\s+)?(?:hằng|hàng)\s+tuần(?:\s*,\s*(?<hk>trước|chậm nhất)\s+${HOUR})?${FROM_TO}`, (m, c) => weekly(m.groups!, c)),
  rule('periodic-day-first', String.raw`(?<k>trước ngày|chậm nhất ngày|vào ngày|ngày)\s+(?<day>\d{1,2})(?<dm>${DUE_DATES})?\s+(?:(?<every>${EVERY})|các\s+tháng\s+(?<ml>${MONTHS}))${FROM_TO}`, (m, c) => periodic(m.groups!, c)),
  rule(
    'periodic',
    String.raw`(?<every>${EVERY})(?:\s*,\s*(?<nk>trước ngày|ngày)\s+(?<nday>\d{1,2})(?<ndm>${DUE_DATES})?\s+của\s+(?:tuần|tháng|quý|kỳ|năm)\s+liền\s+kề(?:\s*,\s*các\s+tháng\s+(?<nml>${MONTHS}))?|\s*,\s*(?<ck>trước ngày|ngày)\s+(?<cday>\d{1,2})(?<cdm>${DUE_DATES})?(?![\d/])|\s*,\s*các\s+tháng\s+(?<ml>${MONTHS})|\s*\(\s*(?<k>trước ngày|ngày)\s+(?<day>\d{1,2})\s*\))?${FROM_TO}`,
    (m, c) => periodic(m.groups!, c),
  ),
  rule('deadline-ongoing', String.raw`(?:hoàn thành\s+)?(?<k>trước|chậm nhất|trong)\s+(?<p>${POINT})\s+và\s+thực hiện\s+thường xuyên`, (m, c) => {
    const t = deadline(m.groups!.k!, m.groups!.p, c);
    return t && { ...t, ongoing: true };
  }),
  rule('from-ongoing', String.raw`thực hiện\s+thường xuyên\s+từ\s+(?<p>${POINT})`, (m, c) => {
    const from = point(m.groups!.p, c.year);
    return from === undefined ? undefined : { from, ongoing: true };
  }),
  rule('from-to', String.raw`từ\s+(?<from>${POINT})\s*(?:đến|-|–)\s*(?:hết\s+)?(?<to>${POINT})`, (m, c) => window(m.groups!, c)),
  rule('by-period', String.raw`hoàn thành\s+trong\s+(?<p>${PERIOD_WORDS})`, (m, c) => deadline('trong', m.groups!.p, c)),
  rule('by-date', String.raw`(?:chậm nhất|hạn chót)\s+(?<p>${ANY_DATE})`, (m, c) => deadline('chậm nhất', m.groups!.p, c)),
  rule('before', String.raw`trước\s+(?<p>${POINT})`, (m, c) => deadline('trước', m.groups!.p, c)),
  rule('on', String.raw`(?<p>ngày\s+${ANY_DATE.replace(String.raw`(?:ngày\s+)?`, '')})`, (m, c) => {
    const on = date(m.groups!.p, c);
    return on === undefined ? undefined : { on };
  }),
  rule('within', String.raw`trong\s+(?<p>${PERIOD_WORDS})`, (m) => {
    const p = period(m.groups!.p);
    return p === undefined ? undefined : { within: p };
  }),
  rule('from', String.raw`từ\s+(?<p>${POINT})`, (m, c) => {
    const from = point(m.groups!.p, c.year);
    return from === undefined ? undefined : { from };
  }),
  rule('period', String.raw`(?<p>${PERIOD_WORDS})`, (m) => {
    // A period standing alone is a time only with its year: “6 tháng đầu năm 2026”, not “năm”.
    const p = period(m.groups!.p);
    return p && (p.year !== undefined || p.schoolYear !== undefined) ? { within: p } : undefined;
  }),
  rule('ongoing', String.raw`(?:thường xuyên|liên tục)`, () => ({ ongoing: true })),
  rule('as-regulated', String.raw`theo quy định`, () => ({ asRegulated: true })),
];

/**
 * Reads a time in words back into time data, with where the words stand: every form
 * {@link formatTime} prints gives the same time back (`parseTime(formatTime(t)).time` equals `t`),
 * and the usual ways plans write times are read too (see {@link TIME_RULES}). `year` fills dates
 * written without one; `rules` replaces the table (an importer reads with its own).
 */
export function parseTime(text: string, options: TimeContext & { rules?: readonly TimeRule[] } = {}): TimeMatch | undefined {
  const { rules = TIME_RULES, ...context } = options;
  return readTime(text, rules, context);
}
