import { diffArrays } from 'diff';

/** One step of an alignment: a pair (`a` and `b`), or an item of one side alone. */
export type Aligned = { a: number; b: number; same: boolean } | { a: number; b?: undefined } | { a?: undefined; b: number };

/** How to align two sequences. */
export interface AlignOptions<T> {
  /** Items with the same key are the same item (exact match, found first, in order). */
  key: (item: T) => string;
  /** How alike two items left unpaired are (0 … 1); none: unpaired items stay alone. */
  similarity?: (a: T, b: T) => number;
  /** Least similarity of a pair made in a gap (default 0.5). */
  threshold?: number;
}

/** Largest gap paired by dynamic programming (items × items); past it, a window of the next items. */
const DP_LIMIT = 3600;
const WINDOW = 8;

/** The best pairing of a gap that keeps order: dynamic programming over similarity. */
function pairGap<T>(a: T[], b: T[], ia: number[], ib: number[], sim: (x: T, y: T) => number, min: number): Array<[number, number]> {
  const n = ia.length;
  const m = ib.length;
  if (!n || !m) return [];
  if (n * m > DP_LIMIT) return pairWindow(a, b, ia, ib, sim, min);
  const s = ia.map((i) => ib.map((j) => sim(a[i]!, b[j]!)));
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const pair = s[i]![j]! >= min ? s[i]![j]! + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (s[i]![j]! >= min && best[i]![j] === s[i]![j]! + best[i + 1]![j + 1]!) out.push([ia[i++]!, ib[j++]!]);
    else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return out;
}

/** A long gap: each item paired with the most alike of the next few unpaired ones. */
function pairWindow<T>(a: T[], b: T[], ia: number[], ib: number[], sim: (x: T, y: T) => number, min: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const i of ia) {
    let bestJ = -1;
    let bestS = min;
    for (let k = from; k < Math.min(ib.length, from + WINDOW); k++) {
      const v = sim(a[i]!, b[ib[k]!]!);
      if (v >= bestS) [bestJ, bestS] = [k, v];
    }
    if (bestJ >= 0) {
      out.push([i, ib[bestJ]!]);
      from = bestJ + 1;
    }
  }
  return out;
}

/**
 * Aligns two sequences as a reader compares two drafts: the items that are the same (by key) first,
 * in order, then, between them, the items alike enough (`similarity`) as changed pairs; the rest
 * are removed (`a` alone) or added (`b` alone). The steps come in document order, a removed item
 * before the added one at the same place.
 *
 * @example
 * alignSequences(['a', 'b', 'c'], ['a', 'x', 'c'], { key: (s) => s })
 * // [{ a: 0, b: 0, same: true }, { a: 1 }, { b: 1 }, { a: 2, b: 2, same: true }]
 */
export function alignSequences<T>(a: readonly T[], b: readonly T[], options: AlignOptions<T>): Aligned[] {
  const ka = a.map(options.key);
  const kb = b.map(options.key);
  const out: Aligned[] = [];
  let i = 0;
  let j = 0;
  let gapA: number[] = [];
  let gapB: number[] = [];
  const flush = () => {
    const pairs = options.similarity ? pairGap([...a], [...b], gapA, gapB, options.similarity, options.threshold ?? 0.5) : [];
    let x = 0;
    let y = 0;
    for (const [pa, pb] of pairs) {
      while (gapA[x]! < pa) out.push({ a: gapA[x++]! });
      while (gapB[y]! < pb) out.push({ b: gapB[y++]! });
      out.push({ a: pa, b: pb, same: false });
      x++;
      y++;
    }
    while (x < gapA.length) out.push({ a: gapA[x++]! });
    while (y < gapB.length) out.push({ b: gapB[y++]! });
    gapA = [];
    gapB = [];
  };
  for (const c of diffArrays(ka, kb)) {
    const count = c.count ?? c.value.length;
    if (c.removed) for (let k = 0; k < count; k++) gapA.push(i++);
    else if (c.added) for (let k = 0; k < count; k++) gapB.push(j++);
    else {
      flush();
      for (let k = 0; k < count; k++) out.push({ a: i++, b: j++, same: true });
    }
  }
  flush();
  return out;
}
