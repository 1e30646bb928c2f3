/** Edit distance with transpositions (`rednre` is 2 from `render`, `rendr` is 1). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `word` (`rendr` → `render`, `--out-dri` → `out-dir`), or undefined when
 * none is near: at most a third of the word's letters may differ, and a known name that starts with
 * the word (`ren` → `render`) counts as near.
 */
export function suggestName(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const score = k.startsWith(word) && word.length >= 2 ? 0.5 : distance(word.toLowerCase(), k);
    if (score < bestScore) [best, bestScore] = [k, score];
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
