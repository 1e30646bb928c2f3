import { documentDate, isRealDate } from './calendar.js';

/**
 * A date in numbers as plans write it, for building patterns (no capture groups): `30/6/2025`,
 * `05-02-2025`, `1.7.2025`, `1/7/25`, or `01/7` (the year from the context).
 */
export const NUMERIC_DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:\d{4}|\d{2}))?(?![\d/])`;

/** A date in words (the header's form): `5 tháng 2 năm 2025`, `05 tháng 02 năm 2025` (no capture groups). */
export const WORDS_DATE = String.raw`\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?(?!\d)`;

/** Either form, with or without `ngày` before it (no capture groups). */
export const ANY_DATE = String.raw`(?:ngày\s+)?(?:${WORDS_DATE}|${NUMERIC_DATE})`;

const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?$/;
const WORDS = /^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?$/iu;

/**
 * Reads a whole date as people write it, tolerantly: `09/02/2021`, `9/2/2021`, `05-02-2025`,
 * `ngày 5 tháng 2 năm 2025`, `ngày 05 tháng 02 năm 2025`; a two-digit year is 20xx, a date without
 * a year takes `year`. ISO `YYYY-MM-DD`, or `undefined` when the words are not a real date.
 */
export function parseDate(text: string, options: { year?: number } = {}): string | undefined {
  const t = text.normalize('NFC').trim().replace(/^ngày\s+/iu, '');
  const m = NUMERIC.exec(t) ?? WORDS.exec(t);
  if (!m) return undefined;
  const y = m[3] === undefined ? options.year : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return y === undefined ? undefined : documentDate(Number(m[1]), Number(m[2]), y);
}

/** Reads the header's date line, `ngày 05 tháng 02 năm 2025` (any padding); ISO or `undefined`. */
export function parseHeaderDate(text: string): string | undefined {
  const m = /^\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/iu.exec(text.normalize('NFC'));
  return m ? documentDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Reads a short date, `09/02/2021` (or `9/2/2021`, `09-02-2021`); ISO or `undefined`. */
export function parseShortDate(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  return m ? documentDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * The first real date in `text` — `12/6/2025`, `12-6-2025`, `26 tháng 11 năm 2021` — with where its
 * numbers stand (`ngày` before them is not part of the span).
 */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  const re = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b|\b(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = m[1] ? documentDate(Number(m[1]), Number(m[2]), Number(m[3])) : documentDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** A day (and month, and year) some words name: `15/6`, `10/12/2026`, `ngày 16` (a day of every month). */
export interface NamedDay {
  day: number;
  /** None for a day named alone (`trước ngày 16 của tháng làm báo cáo`). */
  month?: number;
  year?: number;
  index: number;
  length: number;
}

const DAY_MONTH = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/-]|\.\d)|(?<![\p{L}])ngày\s+(\d{1,2})(?:\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)?(?![\d/-]|\.\d)/giu;

/**
 * Every day some words name, with or without its month and year, in order: `15/6`, `10/12/2026`,
 * `ngày 20 tháng 6 năm 2012`, and a day named alone after `ngày` (`trước ngày 16`). Days that do not
 * exist (`31/6`) are left out. For comparing the days a text states with the days of data.
 */
export function findNamedDays(text: string): NamedDay[] {
  const out: NamedDay[] = [];
  for (const m of text.normalize('NFC').matchAll(DAY_MONTH)) {
    const day = Number(m[1] ?? m[4]);
    const month = m[2] ?? m[5];
    const year = m[3] ?? m[6];
    if (month === undefined ? day < 1 || day > 31 : !isRealDate(year === undefined ? 2000 : Number(year), Number(month), day)) continue;
    out.push({ day, ...(month !== undefined ? { month: Number(month) } : {}), ...(year !== undefined ? { year: Number(year) } : {}), index: m.index!, length: m[0].length });
  }
  return out;
}
