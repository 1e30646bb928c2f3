import type { Agency } from '@kehoach/core';
import { fold } from './text-helpers.js';

// Tone marks placed the old way (hoà, uỷ) and the new way (hòa, ủy) are the same word.
const OLD_TONES: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};

/** A name folded for comparison: lower case, one tone-mark placement, dashes and spaces unified. */
export function nameKey(s: string): string {
  return fold(s)
    .replace(/o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ]/gu, (m) => OLD_TONES[m] ?? m)
    .replace(/\s*[-–—]\s*/g, ' - ');
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
