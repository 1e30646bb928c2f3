/** Days in a month of the Gregorian calendar (February of a leap year has 29). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when year, month and day (integers) name a day that exists: 30/02/2025 and 31/6/2025 do not. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The ISO date `YYYY-MM-DD` of a day, or `undefined` when it does not exist (no rolling over: 31/6 is not 1/7). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  return isRealDate(year, month, day) ? `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` : undefined;
}

/** The years a document's date can have: a number outside them (`12/6/0025`) is a misreading, not a date. */
export const DOCUMENT_YEARS = { from: 1900, to: 2200 } as const;

/** A date as a document writes it (day, month, year) as ISO, when it is a real day in {@link DOCUMENT_YEARS}. */
export function documentDate(day: number, month: number, year: number): string | undefined {
  return year >= DOCUMENT_YEARS.from && year <= DOCUMENT_YEARS.to ? isoDate(year, month, day) : undefined;
}

/** True when `iso` is a real day written `YYYY-MM-DD` (`2025-02-30` is not). */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day of the week of an ISO date, 1 (thứ Hai) … 7 (Chủ nhật), as plans number them. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}
