// Every agency's dated to-do list.
import { deriveChecklist as derive, type Checklist, type ChecklistOptions, type ChecklistResult } from '@kehoach/checklist';
import type { Plan } from '@kehoach/core';
import { orThrow } from '../plan-error.js';

/**
 * Every agency's dated to-do list, with statuses against `today`.
 *
 * @example
 * const { checklist } = deriveChecklist(plan, { today: '2025-10-01', agency: 'so-khcn' });
 */
export function deriveChecklist(plan: Plan, options: ChecklistOptions = {}): ChecklistResult {
  return derive(plan, options);
}

/** Like `deriveChecklist`, but returns the checklist or throws a `PlanError`. @example const c = deriveChecklistOrThrow(plan); */
export function deriveChecklistOrThrow(plan: Plan, options: ChecklistOptions = {}): Checklist {
  const r = derive(plan, options);
  return orThrow(r.checklist, r.diagnostics);
}
