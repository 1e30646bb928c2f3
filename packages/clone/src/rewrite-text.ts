import type { TextInput } from '@kehoach/schema';

/** A replacement of words in text: longest first, whole phrases only. */
export type Replacements = Array<[string, string]>;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Applies replacements to one string, never inside a longer word. */
export function rewrite(text: string, replacements: Replacements): string {
  let out = text;
  for (const [from, to] of [...replacements].sort((a, b) => b[0].length - a[0].length)) {
    if (!from || from === to) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(from)}(?![\\p{L}\\p{N}])`, 'gu'), to);
  }
  return out;
}

/** Applies replacements to a text field (one paragraph or a list). */
export function rewriteText(text: TextInput | undefined, r: Replacements): TextInput | undefined {
  if (text === undefined) return undefined;
  return Array.isArray(text) ? text.map((t) => rewrite(t, r)) : rewrite(text, r);
}

/** Applies replacements to every string inside a value (for goals and other free text). */
export function rewriteDeep<T>(value: T, r: Replacements): T {
  if (typeof value === 'string') return rewrite(value, r) as T;
  if (Array.isArray(value)) return value.map((v) => rewriteDeep(v, r)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteDeep(v, r)])) as T;
  }
  return value;
}

/** First letter in lower case (a title used inside a sentence). */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}
