/** Letters of the Vietnamese alphabet (with tone marks) and plain Latin letters. */
const VI_LETTER = /[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]/;

/** How much of a text looks like a broken font map rather than Vietnamese. */
export interface GarbageScore {
  letters: number;
  /** Letters outside the Vietnamese/Latin alphabet (Cyrillic, Armenian, symbols used as letters…). */
  foreign: number;
  /** Words mixing case inside (`FKҩS`, `YLӋF`), a sign of shifted glyph codes. */
  mixedWords: number;
  words: number;
  /** A sample of suspicious words. */
  sample: string[];
}

/** A letter (any script). */
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
/** A letter outside the Vietnamese/Latin alphabet. */
const FOREIGN = new RegExp(`(?!${VI_LETTER.source})\\p{L}`, 'u');
const FOREIGNS = new RegExp(FOREIGN.source, 'gu');
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
/** Abbreviations that mix case the Vietnamese way (`UBND`, `SGDĐT`, `KH-UBND` parts, `TTg`, `NĐ-CP` …). */
const ACRONYM = /^(?:[A-ZĐ]{1,3}[a-z]{0,3}[A-ZĐ]+)$/;

/** Scores a text for garbage (see `isGarbage`); one pass of a regular expression per count. */
export function garbageScore(text: string): GarbageScore {
  const letters = text.match(LETTERS)?.length ?? 0;
  const foreign = text.match(FOREIGNS)?.length ?? 0;
  const words = text.split(/\s+/).filter((w) => LETTER.test(w));
  const sample: string[] = [];
  let mixedWords = 0;
  for (const w of words) {
    // a lower-case letter before an upper-case one, or a foreign letter, is inside the word's letters
    const lowerUpper = LOWER_UPPER.test(w);
    if (!lowerUpper && (sample.length >= 3 || !FOREIGN.test(w))) continue;
    const mixed = lowerUpper && !ACRONYM.test(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
    if (mixed) mixedWords++;
    if ((mixed || FOREIGN.test(w)) && sample.length < 3) sample.push(w);
  }
  return { letters, foreign, mixedWords, words: words.length, sample };
}

/**
 * True when a text layer is garbage: more than 3 % of its letters are not Vietnamese or Latin,
 * or more than 15 % of its words mix case inside (corpus 18: `.LӇP tra`, `6Ӣ CÔNG 7+ѬѪ1*`).
 */
export function isGarbage(s: GarbageScore): boolean {
  if (s.letters < 50) return false;
  return s.foreign / s.letters > 0.03 || s.mixedWords / Math.max(1, s.words) > 0.15;
}
