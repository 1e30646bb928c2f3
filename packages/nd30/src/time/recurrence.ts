import type { TimeInput } from '@kehoach/schema';
import { EVERY_WORDS, NEXT_WORDS, type Every } from './words.js';

/** A recurrence that falls on a day of the month (every kind but `week`). */
export type DatedEvery = Exclude<Every, 'week'>;

/**
 * The months a recurrence falls due in when its time gives none: the last month of each period
 * (every month; March, June, September, December; June, December; December). A report “of the
 * following period” (`nextPeriod`) falls due in the month after.
 */
export const DEFAULT_DUE_MONTHS: Readonly<Record<DatedEvery, readonly number[]>> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [3, 6, 9, 12],
  'half-year': [6, 12],
  year: [12],
};

/** The month after `m` (December → January). */
export const nextMonth = (m: number): number => (m === 12 ? 1 : m + 1);

/**
 * The months a recurrence's due days fall in: its own `months`, else the last month of each period
 * (for a report of the following period, the month after). The checklist dates occurrences with
 * them and the printed words name them, so both say the same days.
 */
export function dueMonths(t: Pick<TimeInput, 'every' | 'months' | 'nextPeriod'>): readonly number[] {
  if (t.months) return t.months;
  const months = DEFAULT_DUE_MONTHS[t.every as DatedEvery] ?? [];
  return t.nextPeriod ? months.map(nextMonth) : months;
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** `05`, `25`: a day of the month as a recurrence names it (two digits, as Nghị định 30 writes days). */
const dayWords = (d: number) => String(d).padStart(2, '0');
/** `01`, `02`, `11`: a month beside a day (months 1 and 2 take a leading zero). */
const monthWords = (m: number) => (m < 3 ? String(m).padStart(2, '0') : String(m));
/** `3`, `6 và 9`, `3, 6 và 9`. */
export function listWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** The due days in words: `25` (a monthly day), `20/11`, `15/6 và 15/12` (a day in named months). */
function daysWords(t: TimeInput, every: DatedEvery): string {
  const d = dayWords(t.day!);
  if (every === 'month' || (every !== 'year' && !t.months)) return d;
  return listWords(dueMonths(t).map((m) => `${d}/${monthWords(m)}`));
}

/** The months a monthly recurrence is limited to, or a recurrence without a day: `, các tháng 3 và 6`. */
const monthsTail = (t: TimeInput) => (t.months ? ` các tháng ${listWords(t.months.map(String))}` : '');

/**
 * A recurrence in words, each naming the days it falls due on (the checklist dates the same days):
 * - `Thứ Năm hằng tuần, trước 11 giờ 00`, `Hằng tuần`;
 * - a day of every month: `Trước ngày 25 hằng tháng` (`by`: `Ngày 25 hằng tháng`), limited to some
 *   months `Trước ngày 05 các tháng 3 và 9`;
 * - a day of the year: `Trước ngày 20/11 hằng năm` (December when no month is given: `Trước ngày
 *   20/12 hằng năm`), several `Trước ngày 15/6 và 15/12 hằng năm`;
 * - quarters and halves: `Hằng quý, trước ngày 15`, in named months `Hằng quý, trước ngày 15/3 và 15/9`;
 * - of the following period: `Hằng tháng, trước ngày 05 của tháng liền kề`, `Hằng năm, trước ngày
 *   31/01 của năm liền kề`;
 * - without a day: `Hằng tháng`, `Hằng năm`, in named months `Hằng quý, các tháng 3 và 9`.
 */
export function recurrenceWords(t: TimeInput, weekly: (t: TimeInput) => string): string {
  const every = t.every!;
  if (every === 'week') return weekly(t);
  if (!t.day) return `${EVERY_WORDS[every]}${t.months ? `,${monthsTail(t)}` : ''}`;
  const kind = t.dueKind === 'by' ? 'ngày' : 'trước ngày';
  const days = daysWords(t, every);
  const limited = every === 'month' ? monthsTail(t) : '';
  if (t.nextPeriod) return `${EVERY_WORDS[every]}, ${kind} ${days} của ${NEXT_WORDS[every]} liền kề${limited ? `,${limited}` : ''}`;
  const head = kind.charAt(0).toLocaleUpperCase('vi') + kind.slice(1);
  if (every === 'month') return `${head} ${days}${limited || ' hằng tháng'}`;
  if (every === 'year') return `${head} ${days} hằng năm`;
  return `${EVERY_WORDS[every]}, ${kind} ${days}`;
}

/**
 * The months of a list of due days read back (`20/11`, `15/6 và 15/12`): `undefined` when the days
 * differ (one time has one day of the month) or a month is not one; no `months` when they are the
 * recurrence's own default (`Trước ngày 20/12 hằng năm` is `{ every: year, day: 20 }`).
 */
export function readDueDays(list: string, t: TimeInput): TimeInput | undefined {
  const pairs = list.split(/\s*(?:,|\svà\s)\s*/u).map((p) => p.split('/').map(Number));
  const day = pairs[0]?.[0];
  if (day === undefined || pairs.some(([d, m]) => d !== day || m === undefined || m < 1 || m > 12)) return undefined;
  const months = pairs.map(([, m]) => m!);
  const out: TimeInput = { ...t, day };
  if (!sameList(months, dueMonths(out))) out.months = months;
  return out;
}

/** `3, 6 và 9` → [3, 6, 9] (months 1–12), else `undefined`. */
export function readMonthList(list: string): number[] | undefined {
  const months = list.split(/\s*(?:,|\svà\s)\s*/u).map(Number);
  return months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12) ? months : undefined;
}
