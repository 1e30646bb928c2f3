import { canonicalTones } from '../spelling/tones.js';

/**
 * A name folded for comparison: NFC, lower case, one run of spaces, one tone-mark placement
 * (`Hoà`/`Hòa`), dashes spaced alike (`Lao động - Thương binh`). Two spellings of one name give one key.
 */
export function nameKey(s: string): string {
  return canonicalTones(s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()).replace(/\s*[-–—]\s*/g, ' - ');
}

/** The words of a key without punctuation, padded with spaces: whole names are found as ` name `. */
const words = (s: string) => ` ${nameKey(s).replace(/[,.;:()“”"]/g, ' ').replace(/\s+/g, ' ').trim()} `;

/**
 * True when `text` names an agency in one of its written forms (its name, short name, aliases):
 * whole words, case, spacing and tone-mark placement aside; a form is found without `các` before it
 * and without the level word after it (`các đoàn thể xã` is named by `đoàn thể`, `Viện Kiểm sát nhân
 * dân tỉnh` by `Viện kiểm sát nhân dân`), as plans shorten names in a sentence.
 *
 * @example
 * namesAgency('Phối hợp với Viện kiểm sát nhân dân, Tòa án nhân dân cấp tỉnh', ['Viện Kiểm sát nhân dân tỉnh']); // true
 */
export function namesAgency(text: string, forms: ReadonlyArray<string | undefined>): boolean {
  const t = words(text);
  return forms.some((n) => {
    if (!n) return false;
    const k = words(n).trim();
    const bare = k.replace(/^các /, '').replace(/ (?:xã|phường|tỉnh|huyện|thành phố)$/u, '');
    return t.includes(` ${k} `) || (bare.length > 2 && t.includes(` ${bare} `));
  });
}

/**
 * True when `name` is exactly one of an agency's written forms (case, spacing and tone-mark
 * placement aside): a name read from words (`splitNames`) is that agency.
 */
export function isAgencyName(name: string, forms: ReadonlyArray<string | undefined>): boolean {
  const k = words(name).trim();
  return forms.some((n) => !!n && words(n).trim() === k);
}
