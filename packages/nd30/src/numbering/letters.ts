/**
 * The letters of điểm in Vietnamese administrative documents (Nghị định 30/2020, Phụ lục I):
 * the alphabet without f, j, w, z and with đ after d.
 */
export const VIETNAMESE_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

/** The n-th điểm letter (1-based): 1 → a, 5 → đ, 23 → y, 24 → aa. */
export function vietnameseLetter(n: number): string {
  const k = VIETNAMESE_LETTERS.length;
  if (n <= k) return VIETNAMESE_LETTERS[n - 1]!;
  return vietnameseLetter(Math.floor((n - 1) / k)) + VIETNAMESE_LETTERS[(n - 1) % k]!;
}

/** The ordinal of a điểm letter or letters (`a` → 1, `đ` → 5, `aa` → 24); 0 when one is not a điểm letter (f, j, w, z). */
export function letterValue(s: string): number {
  let n = 0;
  for (const ch of s) {
    const i = (VIETNAMESE_LETTERS as readonly string[]).indexOf(ch);
    if (i < 0) return 0;
    n = n * VIETNAMESE_LETTERS.length + i + 1;
  }
  return n;
}
