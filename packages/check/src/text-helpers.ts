import { findCitations, isRealDate } from '@kehoach/nd30';

/** Letters and digits on both sides: a Vietnamese-aware word boundary (`\b` knows ASCII only). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** The end of a word. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A global, Unicode pattern matching a phrase as whole words (any run of spaces between words). */
export function phrasePattern(phrase: string, flags = 'gu'): RegExp {
  return new RegExp(WORD_START + phrase.split(/\s+/).map(escapeRegExp).join('\\s+') + WORD_END, flags);
}

/** A date written `d/m/yyyy` (or with `-`, `.`), with its parts; `index` in the string. */
export interface TextDate {
  day: number;
  month: number;
  year: number;
  index: number;
  length: number;
  text: string;
}

/** Every `dd/mm/yyyy` date of a text that is a real day. */
export function textDates(text: string): TextDate[] {
  const out: TextDate[] = [];
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/g)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isRealDate(year, month, day)) continue;
    out.push({ day, month, year, index: m.index!, length: m[0].length, text: m[0] });
  }
  return out;
}

/** ISO `yyyy-mm-dd` of a day. */
export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What may stand between a cited document's number and `ngày`: the rest of a symbol typed with a space (`3781/QĐ- BYT`), a comma. */
const AFTER_NUMBER = /^(?:\s*[\p{Lu}\d][\p{Lu}\d/.&-]*)*[\s,]*ngày\s+$/u;

/**
 * True when the date at `index` of `text` is the date of a cited document: right after the number
 * of a citation @kehoach/nd30 finds (`Quyết định số 3781/QĐ-BYT ngày 28/8/2020`, `Đề án số
 * 03-ĐA/TU, ngày 22/6/2017`), or after `ban hành ngày`, `ký ngày`, `có hiệu lực từ ngày`.
 */
export function isCitationDate(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  if (/(?:ban hành|ký|hiệu lực(?: thi hành)?(?: kể)? từ)\s+ngày\s+$/u.test(before)) return true;
  // a number and symbol of any document type (`Kiến nghị số 1526/KN-UBTP14, ngày …`), typed with a space or not
  if (/\d+[\p{L}\d/.-]*\/[\p{Lu}][\p{L}\d/.-]*(?:\s*[\p{Lu}\d][\p{Lu}\d/.&-]*)*,?\s+ngày\s+$/u.test(before)) return true;
  return findCitations(text).some((c) => {
    if (!c.number || c.index > index) return false;
    const at = text.indexOf(c.number, c.index);
    return at >= 0 && at < index && AFTER_NUMBER.test(text.slice(at + c.number.length, index));
  });
}

/** Lower case with the letters kept; for comparing names. */
export function fold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}
