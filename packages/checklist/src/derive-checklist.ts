import { formatShortDate } from '@kehoach/nd30';
import { documentKind, documentNumber, type Diagnostic, type Plan } from '@kehoach/core';
import type { Checklist } from './checklist-model.js';
import { deriveContext, type ChecklistOptions } from './derive/context.js';
import { reportItems } from './derive/report-items.js';
import { taskItems } from './derive/task-items.js';

export { planKey, periodBounds, type ChecklistOptions } from './derive/context.js';
export { reportText } from './derive/report-items.js';

/** The checklist and what was found while deriving it. */
export interface ChecklistResult {
  checklist: Checklist;
  diagnostics: Diagnostic[];
}

/** `Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang` (or the draft's title). */
export function planCitation(plan: Plan): string {
  const type = documentKind(plan.kind).name;
  const number = documentNumber(plan);
  if (!number || !plan.date) return `Dự thảo ${type.toLowerCase()} ${plan.title} của ${plan.issuer.name}`;
  return `${type} số ${number} ngày ${formatShortDate(plan.date)} của ${plan.issuer.name}`;
}

/**
 * Derives every agency's dated to-do list from a plan: one item per task and per agency role
 * (lead, coordinating, requested), one per occurrence of a recurring task, and one report item per
 * reporting period, year and reporting agency, addressed to the receiving body.
 * Diagnostics: a recurrence that never falls inside the period (error), a date outside the
 * plan's period (warning). Pure. The steps: `taskItems` and `reportItems` (in `derive/`).
 *
 * @example
 * const { checklist } = deriveChecklist(plan, { today: '2025-10-01', agency: 'so-khcn' });
 */
export function deriveChecklist(plan: Plan, options: ChecklistOptions = {}): ChecklistResult {
  const ctx = deriveContext(plan, options);
  taskItems(ctx);
  reportItems(ctx);
  const kept = options.agency ? ctx.items.filter((i) => i.agency?.id === options.agency) : ctx.items;
  return {
    checklist: {
      plan: {
        number: plan.number ?? null,
        symbol: plan.symbol,
        date: plan.date ?? null,
        title: plan.title,
        issuer: plan.issuer.name,
        citation: planCitation(plan),
        period: ctx.bounds ?? null,
      },
      today: options.today ?? null,
      items: kept,
    },
    diagnostics: ctx.diagnostics,
  };
}
