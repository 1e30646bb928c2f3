import { citeShort, spokenPeriodRange } from '@kehoach/nd30';
import { placeIn, periodYears, type Agency, type Diagnostic, type Plan } from '@kehoach/core';
import { CHECKLIST_CODES } from '../codes.js';
import { CHECKLIST_LIMITS, type ChecklistLimits } from '../limits.js';
import { parseInline, runsToPlain } from '@kehoach/document';
import type { ChecklistItem } from '../checklist-model.js';
import type { Bounds } from '../concrete-time.js';
import { statusOf } from '../status.js';
import { unitKey } from '../unit-key.js';

/** Options of `deriveChecklist`. */
export interface ChecklistOptions {
  /** ISO date to compute statuses against. */
  today?: string;
  /** Keep one agency's items only. */
  agency?: string;
  /** Completion dates by item id (from a tracking system), for the “hoàn thành …” statuses. */
  done?: Record<string, string>;
  /** Other limits than `CHECKLIST_LIMITS` (a portal's own). */
  limits?: Partial<ChecklistLimits>;
}

/** What every step of a derivation shares. */
export interface DeriveContext {
  plan: Plan;
  /** The plan's key in item ids (`planKey`). */
  key: string;
  /** The plan's period, as days; none when it states none. */
  bounds: Bounds;
  /** The years recurrences run in: the period's, or the year of the plan's date (a công văn). */
  years: number[];
  /** The short citation of a cited document's id (a time “theo thời hạn tại …”). */
  cite(id: string): string | undefined;
  /** An item's status against `today` and what a tracking system says was done. */
  status(id: string, due: string | null, kind: ChecklistItem['dueKind']): ChecklistItem['status'];
  diagnostics: Diagnostic[];
  items: ChecklistItem[];
  limits: ChecklistLimits;
  /** A limit was passed: no more items are made, and the checklist is refused. */
  refused: boolean;
}

/**
 * A key for the plan in item ids: its symbol and first year, and the issuing unit
 * (`kh-ubnd-2025-tuyen-quang-5c1f3a9e`, see `unitKey`): stable when the plan is edited or issued,
 * distinct between units — two communes cloned from one plan no longer share their ids.
 */
export function planKey(plan: Plan): string {
  const first = plan.period.year ?? plan.period.from ?? plan.year;
  const symbol = `${plan.symbol}-${first}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z0-9-]+/g, '-');
  return `${symbol}-${unitKey(plan.issuer)}`;
}

/**
 * The first and last day of the plan's period: whole calendar years, a month of a year, or a
 * school year (1 September – 31 May); none when the plan states no period.
 */
export function periodBounds(period: Plan['period']): Bounds {
  if (period.schoolYear !== undefined) return spokenPeriodRange({ schoolYear: period.schoolYear });
  if (period.month !== undefined && period.year !== undefined) return spokenPeriodRange({ year: period.year, month: period.month });
  const years = periodYears(period);
  return years.length ? { from: `${years[0]}-01-01`, to: `${years[years.length - 1]}-12-31` } : undefined;
}

/** The context of one derivation. */
export function deriveContext(plan: Plan, options: ChecklistOptions): DeriveContext {
  const periodYearList = periodYears(plan.period);
  return {
    plan,
    key: planKey(plan),
    bounds: periodBounds(plan.period),
    // A plan with no period (a công văn): its recurrences run in the year of its date.
    years: periodYearList.length ? periodYearList : plan.year ? [plan.year] : [],
    cite: (id) => {
      const r = plan.references.find((x) => x.id === id);
      return r && citeShort(r);
    },
    status: (id, due, kind) => statusOf(due, kind, options.today, options.done?.[id]),
    diagnostics: [],
    items: [],
    limits: { ...CHECKLIST_LIMITS, ...options.limits },
    refused: false,
  };
}

/**
 * False (and an error at the duty's time) when a duty recurs more often than the limit allows, or
 * when its items would take the checklist past its size limit (one error): the checklist is refused.
 */
export function withinLimits(ctx: DeriveContext, ref: string, timePath: string, dates: number, items: number): boolean {
  if (ctx.refused) return false;
  const { maxDatesPerDuty, maxItems } = ctx.limits;
  if (dates > maxDatesPerDuty) {
    const y = ctx.years;
    const period = y.length > 1 ? `${y[0]}–${y[y.length - 1]}` : String(y[0] ?? '');
    ctx.diagnostics.push(CHECKLIST_CODES.create('CHECKLIST_TOO_MANY_DATES', placeIn(ctx.plan.source, timePath), { ref, limit: maxDatesPerDuty, period }));
  } else if (ctx.items.length + items > maxItems) {
    ctx.diagnostics.push(CHECKLIST_CODES.create('CHECKLIST_TOO_MANY_ITEMS', placeIn(ctx.plan.source, timePath), { limit: maxItems }));
  } else return true;
  ctx.refused = true;
  ctx.items.length = 0;
  return false;
}

/** An agency as a checklist item names it. */
export const itemAgency = (a: Agency) => ({ id: a.id, name: a.name, shortName: a.shortName });
/** Names of a list of agencies. */
export const names = (list: Agency[]) => list.map((a) => a.name);
/** Paragraphs of inline markdown as one line of plain text. */
export const plain = (paras: string[]) => paras.map((p) => runsToPlain(parseInline(p))).join(' ').replace(/\s+/g, ' ').trim();
