import { meets, type ChecklistItem, type DueKind } from '@kehoach/checklist';
import { addDays, daysBetween } from './dates.js';
import type { ItemProgress, ProgressExtension, ProgressPause, ProgressUpdate } from './progress-model.js';
import { DUTY_STATUSES, type DutyStatusId } from './statuses.js';

/** Options of `dutyStatus`. */
export interface DutyStatusOptions {
  /** The ISO date the status is computed as of: updates, extensions and pauses after it are not seen. */
  asOf: string;
  /** A duty not done whose last day on time is at most this many days away is `due-soon` (default 7). */
  soonDays?: number;
  /**
   * The day the duty's work opens, when the item's own start or window does not say it: the due date
   * of the occurrence before, for a recurring duty (`statusReport` works it out). Before it: `not-due`.
   */
  opens?: string | null;
}

/** A duty's status as of a date, with the facts it was computed from. */
export interface DutyStatus {
  /** The checklist item's id. */
  id: string;
  item: ChecklistItem;
  status: DutyStatusId;
  /** The status as reports print it: `chưa hoàn thành quá hạn`. */
  label: string;
  /** The deadline in force as of the date: the last extension's, else the plan's. */
  due: string | null;
  dueKind: DueKind | null;
  /** The last day the duty is on time (the day before a `before` deadline). */
  lastDayOnTime: string | null;
  /** The plan's own deadline, kept when extended. */
  planDue: string | null;
  /** The extension in force, if any. */
  extension: ProgressExtension | null;
  /** The day the work opens (start, window, or the occurrence before); null when open from the plan's signing. */
  opens: string | null;
  /** The day it was completed, per the latest update as of the date. */
  completed: string | null;
  /** The latest update as of the date. */
  update: ProgressUpdate | null;
  /** The pause in force as of the date. */
  pause: ProgressPause | null;
  /** Days from the date to the last day on time (negative when late); null without a deadline. */
  daysLeft: number | null;
  /** Not done, not late, and its last day on time at most `soonDays` away (also when extended or paused). */
  soon: boolean;
}

/** The latest of a list of dated things as of a date (the last written of those on the latest day). */
function latest<T>(list: readonly T[] | undefined, dateOf: (x: T) => string, asOf: string): T | null {
  let best: T | null = null;
  for (const x of list ?? []) if (dateOf(x) <= asOf && (best === null || dateOf(x) >= dateOf(best))) best = x;
  return best;
}

/** The status given the facts, in the order of precedence docs/tracking.md states. */
function decide(f: Omit<DutyStatus, 'status' | 'label' | 'soon' | 'id' | 'item'>, asOf: string, soonDays: number): { status: DutyStatusId; soon: boolean } {
  const soon = !f.completed && f.daysLeft !== null && f.daysLeft >= 0 && f.daysLeft <= soonDays;
  if (f.completed) return { status: !f.due || meets(f.completed, f.due, f.dueKind) ? 'done-on-time' : 'done-late', soon };
  if (f.pause) return { status: 'paused', soon };
  if (f.opens && asOf < f.opens) return { status: 'not-due', soon: false };
  if (!f.due) return { status: 'ongoing', soon };
  if (!meets(asOf, f.due, f.dueKind)) return { status: 'overdue', soon };
  if (f.extension) return { status: 'extended', soon };
  return { status: soon ? 'due-soon' : 'in-time', soon };
}

/**
 * A duty's status as of a date, from its checklist dates and what its progress says: done (on time
 * or late, against the deadline in force — an extension's, granted by a document dated on or before
 * the date), paused, not yet open, ongoing (no deadline: never overdue), overdue, extended, due soon,
 * or within its deadline. Pure.
 *
 * @example
 * dutyStatus(item, { updates: [{ date: '2026-03-02', status: 'hoan-thanh' }] }, { asOf: '2026-04-01' }).label; // 'đã hoàn thành đúng hạn'
 */
export function dutyStatus(item: ChecklistItem, progress: ItemProgress | undefined, options: DutyStatusOptions): DutyStatus {
  const asOf = options.asOf;
  const update = latest(progress?.updates, (u) => u.date, asOf);
  const extension = latest(progress?.extensions, (x) => x.grantedBy.date, asOf);
  const pause = (progress?.pauses ?? []).find((p) => p.from <= asOf && (!p.to || asOf <= p.to)) ?? null;
  const due = extension?.due ?? item.due;
  // An extension's new deadline is a day to finish on (“gia hạn đến ngày …”).
  const dueKind = extension ? 'by' : item.dueKind;
  const lastDayOnTime = due ? (dueKind === 'before' ? addDays(due, -1) : due) : null;
  const facts = {
    due,
    dueKind,
    lastDayOnTime,
    planDue: item.due,
    extension,
    opens: item.start ?? item.window?.from ?? options.opens ?? null,
    completed: update?.status === 'hoan-thanh' ? (update.completed ?? update.date) : null,
    update,
    pause,
    daysLeft: lastDayOnTime ? daysBetween(asOf, lastDayOnTime) : null,
  };
  const { status, soon } = decide(facts, asOf, options.soonDays ?? 7);
  return { id: item.id, item, status, label: DUTY_STATUSES[status].vi, soon, ...facts };
}
