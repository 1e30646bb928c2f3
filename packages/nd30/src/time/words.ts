import type { TimeInput } from '@kehoach/schema';

/** Recurrences of a time (`every`). */
export type Every = NonNullable<TimeInput['every']>;

/** The days of the week as plans write them, 1 (thứ Hai) … 7 (Chủ nhật). */
export const WEEKDAYS: readonly string[] = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];

/**
 * The day of the week some words name, 1 (thứ Hai) … 7 (Chủ nhật), any case: `thứ Năm`, `Thứ năm`,
 * `thứ 5`, `chủ nhật`; `undefined` for other words.
 */
export function weekdayNumber(words: string): number | undefined {
  const w = words.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const digit = /^thứ ([2-7])$/.exec(w);
  if (digit) return Number(digit[1]) - 1;
  const i = WEEKDAYS.findIndex((d) => d.toLocaleLowerCase('vi') === w);
  return i > 0 ? i : undefined;
}

/** How a recurrence is named at the start of a time: `Hằng tháng`, `6 tháng một lần`. */
export const EVERY_WORDS: Readonly<Record<Every, string>> = { week: 'Hằng tuần', month: 'Hằng tháng', quarter: 'Hằng quý', 'half-year': '6 tháng một lần', year: 'Hằng năm' };

/** The period after which a recurring report falls due: `… của tháng liền kề`, `… của kỳ liền kề`. */
export const NEXT_WORDS: Readonly<Record<Every, string>> = { week: 'tuần', month: 'tháng', quarter: 'quý', 'half-year': 'kỳ', year: 'năm' };

/** The first letter in upper case (`thứ Năm hằng tuần` → `Thứ Năm hằng tuần`). */
export const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The first letter in lower case (`Trong quý II/2026` → `trong quý II/2026`; the numeral keeps its case). */
export const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * The periods of a reporting schedule (`Định kỳ hằng quý, 06 tháng, năm báo cáo …`): the words that
 * name one, its id and the label a plan gives it. A sentence may name several.
 */
export const REPORT_PERIODS: ReadonlyArray<{ words: RegExp; id: string; label: string }> = [
  { words: /(hằng|hàng) tuần/u, id: 'tuan', label: EVERY_WORDS.week },
  { words: /(hằng|hàng) tháng/u, id: 'thang', label: EVERY_WORDS.month },
  { words: /(hằng|hàng) quý|định kỳ quý/u, id: 'quy', label: EVERY_WORDS.quarter },
  { words: /(06|6|sáu) tháng/u, id: '6-thang', label: '06 tháng' },
  { words: /(01|1|một) năm|(hằng|hàng) năm|cuối năm/u, id: 'nam', label: 'Năm' },
];
