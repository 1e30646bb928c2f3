/** Edit distance between two strings (Levenshtein), bounded for speed. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Longest word for which a suggestion is looked for. */
export const MAX_SUGGEST_LENGTH = 80;

/**
 * The closest candidate to `word`, if it is close enough to be a likely typo
 * (distance at most a third of the word, and at least 2 allowed).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  // The edit distance costs |word| × |candidate|: a typo of an id or a property is short, and a
  // megabyte-long value must not cost seconds to be told it matches nothing.
  if (word.length > MAX_SUGGEST_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    if (c.length > MAX_SUGGEST_LENGTH) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Most distinct words one `suggester` looks up; later ones get no suggestion. */
export const MAX_SUGGESTIONS = 50;

/**
 * `closest` over a fixed list of candidates, remembered per word and bounded: after `budget`
 * distinct words it stops suggesting, so that thousands of distinct mistakes cost
 * thousands of look-ups, not thousands × candidates edit distances.
 */
export function suggester(candidates: readonly string[], budget = MAX_SUGGESTIONS): (word: string) => string | undefined {
  const memo = new Map<string, string | undefined>();
  return (word) => {
    if (memo.has(word)) return memo.get(word);
    if (memo.size >= budget) return undefined;
    const near = closest(word, candidates);
    memo.set(word, near);
    return near;
  };
}

/**
 * `closest` with a shared budget: after `budget` look-ups (repeated words are remembered) it
 * stops suggesting. For one validation that may report thousands of errors.
 */
export function boundedClosest(budget = MAX_SUGGESTIONS): (word: string, candidates: readonly string[]) => string | undefined {
  const memo = new Map<string, string | undefined>();
  return (word, candidates) => {
    const key = `${candidates.join('\u0000')}\u0001${word}`;
    if (memo.has(key)) return memo.get(key);
    if (memo.size >= budget) return undefined;
    const near = closest(word, candidates);
    memo.set(key, near);
    return near;
  };
}
