import { diffArrays } from 'diff';
import { compareWords, words, type WordDifference } from './words.js';

/** How much of an original a rendering reproduces, word by word, in order. */
export interface Fidelity {
  /** Words of the original. */
  original: number;
  /** Words of the rendering. */
  rendered: number;
  /** Words common to both, in order (the longest common subsequence). */
  matched: number;
  /** matched / original: how much of the original is reproduced. */
  recall: number;
  /** matched / rendered: how much of the rendering is the original's. */
  precision: number;
  differences: WordDifference[];
}

/**
 * Compares the words of an original document with those of a rendering, in order: recall (the
 * original's words reproduced), precision (the rendering's words that are the original's) and the
 * differences with a little context. Generated labels (`II.`, `2.1.`, `a)`) are set aside, case and
 * surrounding punctuation ignored, dates written alike.
 *
 * @example
 * const f = measureFidelity(readFileSync('text.txt', 'utf8'), renderText(plan));
 * console.log(f.recall.toFixed(3));
 */
export function measureFidelity(original: string, rendered: string): Fidelity {
  const a = words(original);
  const b = words(rendered);
  let matched = 0;
  for (const p of diffArrays(a, b)) if (!p.added && !p.removed) matched += p.value.length;
  return {
    original: a.length,
    rendered: b.length,
    matched,
    recall: a.length ? matched / a.length : 1,
    precision: b.length ? matched / b.length : 1,
    differences: compareWords(a, b),
  };
}
