/** File names of a plan's downloads, from its number, symbol and date. */

/** ASCII for a file name: Vietnamese letters without marks, anything else a hyphen. */
export function asciiName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `KH-15-UBND-2025-07-24` for Kế hoạch số 15/KH-UBND of 24/7/2025 (the number placed after the
 * symbol's first part, as clerks name files); a draft, with no number or date, is `du-thao-KH-UBND-2025`.
 */
export function planBaseName(plan: { number?: number; symbol: string; date?: string; draft: boolean; year: number }): string {
  const symbol = asciiName(plan.symbol) || 'KH';
  if (plan.draft || plan.number === undefined || !plan.date) return `du-thao-${symbol}-${plan.year}`;
  const cut = symbol.indexOf('-');
  const numbered = cut > 0 ? `${symbol.slice(0, cut)}-${plan.number}-${symbol.slice(cut + 1)}` : `${symbol}-${plan.number}`;
  return `${numbered}-${plan.date}`;
}

/** `base`, or `base-2`, `base-3` … : the first not in `used` (ids of new tasks, agencies). */
export function freshId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}
