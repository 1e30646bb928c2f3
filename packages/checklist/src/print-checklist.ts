import type { Plan } from '@kehoach/core';
import { taskAppendix, type PrintedAppendix } from '@kehoach/document';
import type { Checklist } from './checklist-model.js';

/** Options of `printChecklist`. */
export interface PrintChecklistOptions {
  /** The agency the checklist was derived for (`deriveChecklist`'s `agency`): named in the title. */
  agency?: string;
  /** Print blank number and date, as for a draft (default: the plan's own state). */
  draft?: boolean;
}

/**
 * A checklist as a printed document: the landscape “Phụ lục: Danh mục nhiệm vụ” listing the plan's
 * tasks that have items in the checklist, in the plan's order, numbered from 1. One agency's
 * checklist lists that agency's tasks only (its lead, support and requested duties) and names it in
 * the title; reports are not listed (they are items of the checklist, not tasks of the plan). Every
 * renderer lays it out: `renderAppendixDocx` for the DOCX.
 *
 * @example
 * const a = printChecklist(deriveChecklist(plan, { agency: 'so-khcn' }).checklist, plan, { agency: 'so-khcn' });
 */
export function printChecklist(checklist: Checklist, plan: Plan, options: PrintChecklistOptions = {}): PrintedAppendix {
  const listed = new Set(checklist.items.filter((i) => i.kind === 'task').map((i) => i.source));
  const agency = options.agency !== undefined ? plan.agencies[options.agency] : undefined;
  return taskAppendix(plan, options.draft ?? plan.draft, {
    tasks: plan.tasks.filter((t) => listed.has(t.path)),
    ...(agency ? { title: `DANH MỤC NHIỆM VỤ CỦA ${agency.name.toLocaleUpperCase('vi')}` } : {}),
  });
}
