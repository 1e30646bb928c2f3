import type { Agency } from '@kehoach/core';
import { nameKey as foldName, namesAgency } from '@kehoach/nd30';

/** A name folded for comparison: lower case, one tone-mark placement, dashes and spaces unified (@kehoach/nd30). */
export function nameKey(s: string): string {
  return foldName(s);
}

/** Every way an agency is written: its name, short name and aliases. */
export function agencyNames(a: Agency): string[] {
  return [a.name, a.shortName, ...a.aliases].filter((n): n is string => !!n);
}

/**
 * True when `text` names the agency in one of its written forms (whole words, case and tone
 * placement ignored; @kehoach/nd30), the words of a name possibly written by their initials
 * (`Đoàn TNCS HCM tỉnh` for Đoàn TNCS Hồ Chí Minh tỉnh, `Sở GD&ĐT` for Sở Giáo dục và Đào tạo).
 */
export function names(text: string, a: Agency): boolean {
  const written = agencyNames(a);
  return namesAgency(text, written) || written.some((n) => abbreviates(text, n));
}

/** A word written by the initials of several (`HCM`, `GD&ĐT`, `PT&TH`, `UBND`): capitals, `&` for “và”. */
const INITIALS = /^[\p{Lu}&]{2,}$/u;

/** The first letter of a word without its marks (`Đào` → `d`, `Ủy` → `u`). */
const initial = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').charAt(0).toLowerCase();

/** The words of a text for matching by initials: split at spaces, `/` and `-`, punctuation dropped. */
const tokens = (s: string): string[] => s.normalize('NFC').split(/[\s/–-]+/).map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '')).filter(Boolean);

/** True when some run of the words of `text`, a word standing for several by its initials, spells every word of `name`. */
export function abbreviates(text: string, name: string): boolean {
  const said = tokens(text);
  const wanted = tokens(name).map((w) => nameKey(w));
  if (!said.some((w) => INITIALS.test(w))) return false;
  const from = (i: number, j: number): boolean => {
    if (j === wanted.length) return true;
    const w = said[i];
    if (w === undefined) return false;
    if (nameKey(w) === wanted[j] && from(i + 1, j + 1)) return true;
    if (!INITIALS.test(w) || j + w.length > wanted.length) return false;
    const spelt = [...w].every((c, k) => (c === '&' ? wanted[j + k] === 'và' : initial(wanted[j + k]!) === initial(c)));
    return spelt && from(i + 1, j + w.length);
  };
  return said.some((_, i) => from(i, 0));
}
