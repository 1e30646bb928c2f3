/**
 * Where the tone mark goes on oa, oe and uy ending a syllable: the old placement on the second vowel
 * (`hoá`, `khoẻ`, `Uỷ`), the new one on the first (`hóa`, `khỏe`, `Ủy`). Both are accepted; a name is
 * the same name in either. Inside a syllable the mark has one place only (`Đoàn`, `toán`, `khuyến`,
 * `Ngoại`), and after `q` the `u` is part of the consonant (`quý`, `Quỹ` never move).
 */
const MARKS = { grave: ['à', 'è', 'ỳ', 'ò', 'ù'], acute: ['á', 'é', 'ý', 'ó', 'ú'], hook: ['ả', 'ẻ', 'ỷ', 'ỏ', 'ủ'], tilde: ['ã', 'ẽ', 'ỹ', 'õ', 'ũ'], dot: ['ạ', 'ẹ', 'ỵ', 'ọ', 'ụ'] } as const;

/** The pairs, old placement first, each in lower case and with its first vowel in capitals: `[oà, òa]`, `[Uỷ, Ủy]` … */
export const TONE_PAIRS: ReadonlyArray<readonly [old: string, current: string]> = Object.values(MARKS).flatMap(([a, e, y, o, u]) => {
  const pairs: Array<[string, string]> = [[`o${a}`, `${o}a`], [`o${e}`, `${o}e`], [`u${y}`, `${u}y`]];
  return pairs.flatMap(([old, current]) => [
    [old, current] as const,
    [old.charAt(0).toUpperCase() + old.slice(1), current.charAt(0).toUpperCase() + current.slice(1)] as const,
  ]);
});

const TO_NEW = new Map(TONE_PAIRS.map(([o, n]) => [o, n]));
const TO_OLD = new Map(TONE_PAIRS.map(([o, n]) => [n, o]));
const ALL = TONE_PAIRS.flat().join('|');
/** A pair in either placement ending its syllable (not after q). */
const AT_END = new RegExp(`(?<![Qq])(?:${ALL})(?![\\p{L}])`, 'gu');
const OLD_AT_END = new RegExp(`(?<![Qq])(?:${TONE_PAIRS.map(([o]) => o).join('|')})(?![\\p{L}])`, 'u');
const NEW_AT_END = new RegExp(`(?<![Qq])(?:${TONE_PAIRS.map(([, n]) => n).join('|')})(?![\\p{L}])`, 'u');

/** The tone marks of `s` moved to the new placement where they end a syllable; nothing else changes (same length). */
export function canonicalTones(s: string): string {
  return s.normalize('NFC').replace(AT_END, (m) => TO_NEW.get(m) ?? m);
}

/** The tone marks of `s` moved to the old placement where they end a syllable (`Ủy` → `Uỷ`, `hòa` → `hoà`); nothing else changes. */
export function oldTones(s: string): string {
  return s.normalize('NFC').replace(AT_END, (m) => TO_OLD.get(m) ?? m);
}

/**
 * One spelling of a name for comparisons and for the names an importer declares: NFC, the new
 * tone placement (`Uỷ` → `Ủy`, `hoá` → `hóa`, `Thuỷ` → `Thủy`; `Đoàn`, `toán`, `khuyến`, `Ngoại`
 * unchanged), an en or em dash as ` - `, single spaces.
 */
export function canonicalSpelling(s: string): string {
  return canonicalTones(s).replace(/\s*[–—]\s*/g, ' - ').replace(/\s+/g, ' ').trim();
}

/** The placement of a word's tone mark on oa, oe or uy ending it: `'old'` (`hoà`, `Uỷ`), `'new'` (`hòa`, `Ủy`), or `undefined` (no such pair: `Đoàn`, `quý`). */
export function tonePlacement(word: string): 'old' | 'new' | undefined {
  const w = word.normalize('NFC');
  if (OLD_AT_END.test(w)) return 'old';
  if (NEW_AT_END.test(w)) return 'new';
  return undefined;
}

/** Which vowels carry the mark that {@link tonePlacement} found: `oa`, `oe` or `uy`. */
export function toneVowels(word: string): 'oa' | 'oe' | 'uy' | undefined {
  const w = canonicalTones(word);
  const m = NEW_AT_END.exec(w);
  if (!m) return undefined;
  const base = m[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return base as 'oa' | 'oe' | 'uy';
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words between tone pairs: escaped, any dash for a dash, any run of spaces for a space. */
const plain = (s: string) => escapeRe(s).replace(/[-–—]/gu, '[-–—]').replace(/ +/gu, '\\s+');

/** A letter in either case, when it has two. */
const eitherCase = (ch: string) => {
  const up = ch.toLocaleUpperCase('vi');
  const low = ch.toLocaleLowerCase('vi');
  return up === low ? plain(ch) : `[${up}${low}]`;
};

/** Both placements of a pair; at the start of the name, in either case too. */
function pairPattern(pair: string, first: boolean): string {
  const forms = new Set([TO_OLD.get(pair) ?? pair, TO_NEW.get(pair) ?? pair]);
  if (first) for (const f of [...forms]) forms.add(f.charAt(0).toLocaleUpperCase('vi') + f.slice(1)).add(f.charAt(0).toLocaleLowerCase('vi') + f.slice(1));
  return `(?:${[...forms].join('|')})`;
}

/**
 * A regular expression source matching `s` in any of its accepted spellings: the first letter in
 * either case (`Các sở` is also `các sở` mid-sentence), either tone placement (`Uỷ`/`Ủy`, `Hoà`/`Hòa`),
 * a hyphen or a dash, any run of spaces.
 */
export function spellingVariantsPattern(s: string): string {
  const t = s.normalize('NFC');
  let out = '';
  let at = 0;
  for (const m of t.matchAll(AT_END)) {
    const before = t.slice(at, m.index);
    out += at === 0 && before ? eitherCase(before.charAt(0)) + plain(before.slice(1)) : plain(before);
    out += pairPattern(m[0], m.index === 0);
    at = m.index + m[0].length;
  }
  const rest = t.slice(at);
  return out + (at === 0 && rest ? eitherCase(rest.charAt(0)) + plain(rest.slice(1)) : plain(rest));
}
