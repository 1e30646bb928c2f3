import { nameKey } from './agency-names.js';

/** The pairs of consecutive words of a text (folded: case, tone placement), for comparing paragraphs. */
export function bigrams(text: string): Set<string> {
  const words = nameKey(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Dice coefficient of two sets. */
export function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size || 1);
}

/** From this share of word pairs in common, two paragraphs say the same thing. */
export const SAME_WORDS = 0.85;
