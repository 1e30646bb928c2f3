import type { SpokenPeriodInput, TimeInput } from '@kehoach/schema';
import { formatShortDate } from './format-date.js';
import { roman } from './numbering.js';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

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
 * The first and last day of a period (ISO), when it is determinate: a month, quarter, half or year
 * with its year; a school year runs from 1 September to 31 May.
 */
export function spokenPeriodRange(p: SpokenPeriodInput): { from: string; to: string } | undefined {
  if (p.schoolYear !== undefined) return { from: `${p.schoolYear}-09-01`, to: `${p.schoolYear + 1}-05-31` };
  if (p.year === undefined) return undefined;
  const y = p.year;
  const [m1, m2] =
    p.month !== undefined ? [p.month, p.month] : p.quarter !== undefined ? [p.quarter * 3 - 2, p.quarter * 3] : p.half !== undefined ? [p.half * 6 - 5, p.half * 6] : [1, 12];
  return { from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}` };
}

/** A time's point (a date or a period) in words: `15/10/2025` or `quý I/2023`. */
export function pointWords(p: NonNullable<TimeInput['from']>): string {
  return typeof p === 'string' ? formatShortDate(p) : spokenPeriodWords(p);
}

/** The first (`start`) or last (`end`) ISO day a point designates, when determinate. */
export function pointDay(p: NonNullable<TimeInput['from']>, end: boolean): string | undefined {
  if (typeof p === 'string') return p;
  const r = spokenPeriodRange(p);
  return r && (end ? r.to : r.from);
}
