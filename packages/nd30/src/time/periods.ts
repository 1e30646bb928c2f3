import type { SpokenPeriodInput, TimeInput } from '@kehoach/schema';
import { daysInMonth } from '../dates/calendar.js';
import { formatShortDate } from '../dates/format-date.js';
import { roman, romanValue } from '../numbering/roman.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** A point of a time: a date (ISO) or a period. */
export type TimePoint = NonNullable<TimeInput['from']>;

/** A period as people write it: `tháng 8/2025`, `quý II/2026`, `6 tháng đầu năm 2026`, `năm học 2020 - 2021`. */
export function spokenPeriodWords(p: SpokenPeriodInput): string {
  if (p.schoolYear !== undefined) return `năm học ${p.schoolYear} - ${p.schoolYear + 1}`;
  const y = p.year !== undefined ? String(p.year) : '';
  if (p.month !== undefined) return y ? `tháng ${p.month}/${y}` : `tháng ${p.month}`;
  if (p.quarter !== undefined) return y ? `quý ${roman(p.quarter)}/${y}` : `quý ${roman(p.quarter)}`;
  if (p.half !== undefined) return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm${y ? ` ${y}` : ''}`;
  return y ? `năm ${y}` : 'năm';
}

/**
 * A period in words, for building patterns (no capture groups): `năm học 2020 - 2021`, `6 tháng đầu
 * năm 2026`, `tháng 8/2025`, `tháng 8 năm 2025`, `quý II/2026`, `quý 2 năm 2026`, `năm 2026`, `năm`
 * (read case-insensitively).
 */
export const PERIOD_WORDS = String.raw`(?:năm học\s+\d{4}\s*[-–]\s*\d{4}|(?:6|06|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|tháng\s+\d{1,2}(?:\s*(?:\/|năm)\s*\d{4})?|qu[ýí]\s+(?:IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s*(?:\/|năm)\s*\d{4})?|năm(?:\s+\d{4})?)(?![\p{L}\d])`;

/** One form of a period: its pattern (anchored, case-insensitive) and the period it means. */
const PERIOD_FORMS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => SpokenPeriodInput | undefined]> = [
  [/^năm học\s+(\d{4})\s*[-–]\s*(\d{4})$/iu, (m) => (Number(m[2]) === Number(m[1]) + 1 ? { schoolYear: Number(m[1]) } : undefined)],
  [/^(?:6|06|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?$/iu, (m) => ({ ...(m[2] ? { year: Number(m[2]) } : {}), half: m[1]!.toLocaleLowerCase('vi') === 'đầu' ? 1 : 2 })],
  [/^tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?$/iu, (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { ...(m[2] ? { year: Number(m[2]) } : {}), month: Number(m[1]) } : undefined)],
  [/^qu[ýí]\s+(IV|III|II|I|[1-4])(?:\s*(?:\/|năm)\s*(\d{4}))?$/iu, (m) => ({ ...(m[2] ? { year: Number(m[2]) } : {}), quarter: /\d/.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!) })],
  [/^năm(?:\s+(\d{4}))?$/iu, (m) => (m[1] ? { year: Number(m[1]) } : {})],
];

/** Reads a period in words (the forms of {@link spokenPeriodWords}, any case, `quí`, `quý 2 năm 2026`); `undefined` if it is none. */
export function parsePeriod(text: string): SpokenPeriodInput | undefined {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const [re, read] of PERIOD_FORMS) {
    const m = re.exec(t);
    if (m) return read(m);
  }
  return undefined;
}

/**
 * The first and last day of a period (ISO), when it is determinate: a month, quarter, half or year
 * with its year; a school year runs from 1 September to 31 May.
 */
export function spokenPeriodRange(p: SpokenPeriodInput): { from: string; to: string } | undefined {
  if (p.schoolYear !== undefined) return { from: `${p.schoolYear}-09-01`, to: `${p.schoolYear + 1}-05-31` };
  if (p.year === undefined) return undefined;
  const y = p.year;
  const [m1, m2] =
    p.month !== undefined ? [p.month, p.month] : p.quarter !== undefined ? [p.quarter * 3 - 2, p.quarter * 3] : p.half !== undefined ? [p.half * 6 - 5, p.half * 6] : [1, 12];
  return { from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m2)}-${pad(daysInMonth(y, m2))}` };
}

/** A time's point (a date or a period) in words: `15/10/2025` or `quý I/2023`. */
export function pointWords(p: TimePoint): string {
  return typeof p === 'string' ? formatShortDate(p) : spokenPeriodWords(p);
}

/** The first (`start`) or last (`end`) ISO day a point designates, when determinate. */
export function pointDay(p: TimePoint, end: boolean): string | undefined {
  if (typeof p === 'string') return p;
  const r = spokenPeriodRange(p);
  return r && (end ? r.to : r.from);
}
