import { canonicalSpelling, spellingVariantsPattern } from '@kehoach/nd30';
import type { TextInput } from '@kehoach/schema';

/** A replacement of words in text: longest first, whole phrases only. */
export type Replacements = Array<[string, string]>;

/** A regular expression source matching `s` in any of its accepted spellings (@kehoach/nd30: Uỷ/Ủy, dashes, spaces, first letter). */
export function variantPattern(s: string): string {
  let p = PATTERNS.get(s);
  if (p === undefined) {
    if (PATTERNS.size > 10_000) PATTERNS.clear();
    PATTERNS.set(s, (p = spellingVariantsPattern(s)));
  }
  return p;
}

/** Patterns already made: a batch names the same agencies for every unit. */
const PATTERNS = new Map<string, string>();

/** One spelling for comparisons: @kehoach/nd30's canonical spelling (NFC, new tone placement, dashes, single spaces). */
export function canonicalName(s: string): string {
  return canonicalSpelling(s);
}

/**
 * Applies replacements to one string, never inside a longer word, whatever the spelling variant
 * (Uỷ/Ủy, en dash/hyphen). A replacement at the start of a sentence or a list line starts with a
 * capital (“- các ban, ngành …” would not).
 */
export function rewrite(text: string, replacements: Replacements): string {
  let out = text.normalize('NFC');
  for (const [re, to] of compiled(replacements)) {
    re.lastIndex = 0;
    if (!re.test(out)) continue;
    out = out.replace(re, (_m, offset: number, whole: string) => {
      const before = whole.slice(0, offset);
      const sentenceStart = before.trim() === '' || /[.!?:]\s+$/u.test(before) || /(^|\n)\s*[-+*•]\s+$/u.test(before);
      return sentenceStart ? to.charAt(0).toLocaleUpperCase('vi') + to.slice(1) : to;
    });
  }
  return out;
}

const COMPILED = new WeakMap<Replacements, Array<[RegExp, string]>>();

/**
 * The replacements as regular expressions, longest first. A frozen list (a clone rewrites every text
 * of a plan with one) is compiled once; a list that may still change, every time.
 */
function compiled(replacements: Replacements): Array<[RegExp, string]> {
  let list = COMPILED.get(replacements);
  if (!list) {
    list = [...replacements]
      .sort((a, b) => b[0].length - a[0].length)
      .filter(([from, to]) => from && from !== to)
      .map(([from, to]) => [new RegExp(`(?<![\\p{L}\\p{N}])${variantPattern(from)}(?![\\p{L}\\p{N}])`, 'gu'), to]);
    if (Object.isFrozen(replacements)) COMPILED.set(replacements, list);
  }
  return list;
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
