import { canonicalTones } from '@kehoach/nd30';

/** A text folded for comparison: lower case, one tone-mark placement, letters and digits only. */
function foldWords(text: string): string[] {
  return canonicalTones(text.normalize('NFC').toLocaleLowerCase('vi'))
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The pairs of consecutive words of a text (case and tone placement folded): what two paragraphs are compared by. */
export function wordPairs(text: string): Set<string> {
  const words = foldWords(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** How much two texts share, 0–1: the Dice coefficient of their word pairs ({@link wordPairs}). */
export function sharedWordPairs(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size || 1);
}

/** From this share of word pairs in common (85 %), two paragraphs say the same thing. */
export const SAME_WORDS = 0.85;
