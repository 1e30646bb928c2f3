import { STATUSES, type DueKind, type Status } from './checklist-model.js';

/** Whether `date` still meets a due date of that kind (`before` is exclusive). */
export function meets(date: string, due: string, kind: DueKind | null): boolean {
  return kind === 'before' ? date < due : date <= due;
}

/**
 * The tracking status of an item: done (on time or late) when a completion date is known,
 * otherwise overdue or pending against `today`; null when there is no `today`.
 */
export function statusOf(due: string | null, kind: DueKind | null, today: string | undefined, done: string | undefined): Status | null {
  if (done) return !due || meets(done, due, kind) ? STATUSES.doneOnTime : STATUSES.doneLate;
  if (!today) return null;
  if (!due) return STATUSES.pending;
  return meets(today, due, kind) ? STATUSES.pending : STATUSES.overdue;
}
