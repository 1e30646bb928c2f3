/** The Roman numerals, largest first, with the subtractive pairs (`CM`, `IV` …). */
const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

const VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Roman numeral of n (1-based), for mục and PHẦN: 1 → I, 4 → IV, 14 → XIV. */
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of NUMERALS) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/**
 * Value of a Roman numeral as people type it (`XIV` → 14, also the non-standard `IIII` → 4); 0 when
 * `s` holds a letter that is not a numeral. Case is ignored.
 */
export function romanValue(s: string): number {
  const t = s.toUpperCase();
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = VALUE[t[i]!];
    if (v === undefined) return 0;
    const next = VALUE[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** True when `s` is a Roman numeral written the standard way (`XIV`, not `XIIII`). */
export function isStandardRoman(s: string): boolean {
  const n = romanValue(s);
  return n > 0 && roman(n) === s.toUpperCase();
}
