import type { Agency } from '@kehoach/core';
import { canonicalTones } from '@kehoach/nd30';
import { fold } from './text-helpers.js';

/** A name folded for comparison: lower case, one tone-mark placement, dashes and spaces unified. */
export function nameKey(s: string): string {
  // hoà/hòa, uỷ/ủy: one tone-mark placement (@kehoach/nd30), which keeps the string's length.
  return canonicalTones(fold(s)).replace(/\s*[-–—]\s*/g, ' - ');
}

/** Every way an agency is written: its name, short name and aliases. */
export function agencyNames(a: Agency): string[] {
  return [a.name, a.shortName, ...a.aliases].filter((n): n is string => !!n);
}

/** True when `text` names the agency in one of its written forms (whole words, case and tone placement ignored). */
export function names(text: string, a: Agency): boolean {
  const t = ` ${nameKey(text).replace(/[,.;:()“”"]/g, ' ').replace(/\s+/g, ' ')} `;
  return agencyNames(a).some((n) => {
    const k = nameKey(n).replace(/[,.;:()“”"]/g, ' ').replace(/\s+/g, ' ').trim();
    // “các đoàn thể xã” is named by “đoàn thể”: without “các” and without the level word at the end.
    const bare = k.replace(/^các /, '').replace(/ (?:xã|phường|tỉnh|huyện|thành phố)$/u, '');
    return t.includes(` ${k} `) || t.includes(` ${bare} `);
  });
}
