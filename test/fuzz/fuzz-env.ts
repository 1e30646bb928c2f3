/**
 * Seeded randomness for the fuzz suites: the same seed gives the same inputs, so CI runs a fixed,
 * modest set (a few seconds per suite) and a failure is reproducible. `FUZZ_ITER=n` multiplies
 * the iterations for a longer run; `FUZZ_SEED=n` explores other inputs (printed by each suite).
 */
export const FUZZ_ITER = Math.max(1, Number(process.env.FUZZ_ITER ?? 1) || 1);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261122) || 20261122;

/** A linear congruential generator: numbers in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed & 0x7fffffff;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** A random element of a list. */
export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
