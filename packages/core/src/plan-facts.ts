import type { PeriodInput } from '@kehoach/schema';
import { pointerSegments } from './locate.js';
import type { Plan } from './model.js';

/**
 * The number and symbol of an issued plan as cited: `15/KH-UBND`, `05/KH-UBND` (a number below 10
 * takes a leading zero); undefined for a draft.
 */
export function documentNumber(plan: Pick<Plan, 'number' | 'symbol'>): string | undefined {
  return plan.number === undefined ? undefined : `${String(plan.number).padStart(2, '0')}/${plan.symbol}`;
}

/**
 * The years a period covers: `{year: 2025}` → [2025]; `{from: 2026, to: 2030}` → 2026…2030;
 * `{schoolYear: 2023}` → [2023, 2024]; no period → [].
 */
export function periodYears(period: PeriodInput | undefined): number[] {
  if (!period) return [];
  if (period.year !== undefined) return [period.year];
  if (period.schoolYear !== undefined) return [period.schoolYear, period.schoolYear + 1];
  const out: number[] = [];
  for (let y = period.from ?? 0; y <= (period.to ?? -1); y++) out.push(y);
  return out;
}

/** The value a JSON pointer designates inside plan input (or any JSON-like value). */
export function valueAt(root: unknown, pointer: string): unknown {
  let cur = root;
  for (const seg of pointerSegments(pointer)) {
    // Own properties only: `/agencies/toString` is not a method of Object.prototype.
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** First letter in upper case (a text that continued an inline attribution becomes a sentence). */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
