import type { TextInput } from '@kehoach/schema';

/** A replacement of words in text: longest first, whole phrases only. */
export type Replacements = Array<[string, string]>;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Spellings that name the same thing: the old and new places of the tone mark (Uỷ/Ủy, Hoà/Hòa,
 * Thuỷ/Thủy …), hyphen and dashes (`chính trị - xã hội`, `chính trị – xã hội`), any run of spaces.
 */
const VARIANTS: Array<[RegExp, string]> = [
  [/[-–—]/gu, '[-–—]'],
  [/ +/gu, '\\s+'],
];
const TONE_PAIRS: Array<[string, string]> = [
  ['uỷ', 'ủy'], ['Uỷ', 'Ủy'], ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'], ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
];

// Only where the pair ends the syllable: “Hoà”/“Hòa”, but never the “oạ” of “Ngoại”.
const TONE_RE = new RegExp(`(?:${TONE_PAIRS.flat().join('|')})(?![\\p{L}])`, 'gu');

/** A regular expression source matching `s` in any of its accepted spellings. */
export function variantPattern(s: string): string {
  let p = PATTERNS.get(s);
  if (p === undefined) {
    if (PATTERNS.size > 10_000) PATTERNS.clear();
    PATTERNS.set(s, (p = pattern(s)));
  }
  return p;
}

/** Patterns already made: a batch names the same agencies for every unit. */
const PATTERNS = new Map<string, string>();

function pattern(s: string): string {
  const t = s.normalize('NFC');
  // The first letter in either case: “Các sở, ban, ngành” is also “các sở, ban, ngành” mid-sentence.
  const first = t.charAt(0);
  const head = first.toLocaleLowerCase('vi') !== first.toLocaleUpperCase('vi') ? `[${first.toLocaleUpperCase('vi')}${first.toLocaleLowerCase('vi')}]` : escapeRe(first);
  let src = head + escapeRe(t.slice(1));
  for (const [re, alt] of VARIANTS) src = src.replace(re, alt);
  return src.replace(TONE_RE, (m) => {
    const pair = TONE_PAIRS.find(([a, b]) => a === m || b === m)!;
    return `(?:${pair[0]}|${pair[1]})`;
  });
}

/** One spelling for comparisons: NFC, new tone placement, hyphens for dashes, single spaces. */
export function canonicalName(s: string): string {
  let out = s.normalize('NFC').replace(TONE_RE, (m) => TONE_PAIRS.find(([a]) => a === m)?.[1] ?? m);
  return out.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
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
