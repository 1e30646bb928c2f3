import type { TimeInput } from '@kehoach/schema';

/** Recurrences of a time (`every`). */
export type Every = NonNullable<TimeInput['every']>;

/** The days of the week as plans write them, 1 (thứ Hai) … 7 (Chủ nhật). */
export const WEEKDAYS: readonly string[] = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];

/** How a recurrence is named at the start of a time: `Hằng tháng`, `6 tháng một lần`. */
export const EVERY_WORDS: Readonly<Record<Every, string>> = { week: 'Hằng tuần', month: 'Hằng tháng', quarter: 'Hằng quý', 'half-year': '6 tháng một lần', year: 'Hằng năm' };

/** The period after which a recurring report falls due: `… của tháng liền kề`, `… của kỳ liền kề`. */
export const NEXT_WORDS: Readonly<Record<Every, string>> = { week: 'tuần', month: 'tháng', quarter: 'quý', 'half-year': 'kỳ', year: 'năm' };

/** The first letter in upper case (`thứ Năm hằng tuần` → `Thứ Năm hằng tuần`). */
export const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The first letter in lower case (`Trong quý II/2026` → `trong quý II/2026`; the numeral keeps its case). */
export const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
