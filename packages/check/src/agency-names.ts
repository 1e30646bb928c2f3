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

/** True when `text` names the agency in one of its written forms (whole words, case and tone placement ignored; @kehoach/nd30). */
export function names(text: string, a: Agency): boolean {
  return namesAgency(text, agencyNames(a));
}
