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

/** Scores a text for garbage (see `isGarbage`). */
export function garbageScore(text: string): GarbageScore {
  let letters = 0;
  let foreign = 0;
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (!VI_LETTER.test(ch)) foreign++;
  }
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const sample: string[] = [];
  let mixedWords = 0;
  for (const w of words) {
    const core = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const mixed = /\p{Ll}\p{Lu}/u.test(core) && !/^(?:[A-ZĐ]{1,3}[a-z]{0,3}[A-ZĐ]+)$/.test(core);
    const bad = [...core].some((c) => /\p{L}/u.test(c) && !VI_LETTER.test(c));
    if (mixed) mixedWords++;
    if ((mixed || bad) && sample.length < 3) sample.push(w);
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
