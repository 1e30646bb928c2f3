import { slugify } from '@kehoach/core';

/** FNV-1a, 32 bits, over UTF-16 code units: a short fingerprint (not a security hash). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The issuing unit's identity in ids: the slug of its place, and a fingerprint of its exact name
 * and its parent body's name (`tuyen-quang-5c1f3a9e`). Two communes cloned from one plan differ
 * (their names differ), communes of the same name in two provinces differ when their profiles name
 * their parent body, and an edit of a plan (tasks, dates, text) keeps it.
 */
export function unitKey(issuer: { name: string; place: string; parent?: { name: string } }): string {
  const who = [issuer.name, issuer.parent?.name ?? ''].map((s) => s.normalize('NFC').trim()).join('\n');
  return `${slugify(issuer.place) || 'don-vi'}-${fnv1a(who)}`;
}
