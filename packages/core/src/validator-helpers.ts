/** Helpers the precompiled validators (src/generated/validate-*.ts) call; written once here. */

/** The length of a string in code points, as JSON Schema counts it (ajv's ucs2length). */
export function ucs2length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The `date` format: YYYY-MM-DD and a day that exists (no 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1]!;
}
