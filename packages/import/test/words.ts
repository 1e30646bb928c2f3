/** Word recall and precision of one text against another, words in order (Myers diff). */
import { diffArrays } from 'diff';

/** Whitespace-separated words, NFC. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').split(/\s+/).filter(Boolean);
}

/** Share of the original's words found, in order, in the copy; and of the copy's words that are the original's. */
export function recall(original: string[], copy: string[]): { recall: number; precision: number } {
  let same = 0;
  for (const part of diffArrays(original, copy)) if (!part.added && !part.removed) same += part.value.length;
  return { recall: same / Math.max(1, original.length), precision: same / Math.max(1, copy.length) };
}

/** Share of the original's words present in the copy, ignoring order (for PDFs whose columns read differently). */
export function bagRecall(original: string[], copy: string[]): number {
  const counts = new Map<string, number>();
  for (const w of copy) counts.set(w, (counts.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of original) {
    const n = counts.get(w) ?? 0;
    if (n > 0) { found++; counts.set(w, n - 1); }
  }
  return found / Math.max(1, original.length);
}
