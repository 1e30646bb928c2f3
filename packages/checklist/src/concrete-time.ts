import type { TimeInput } from '@kehoach/schema';
import dayjs from 'dayjs';
import type { DueKind } from './checklist-model.js';

/** An ISO date if that day exists (no rolling over: 31/6 does not exist). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = dayjs(new Date(year, month - 1, day));
  return d.month() === month - 1 && d.date() === day ? d.format('YYYY-MM-DD') : undefined;
}

/** One dated occurrence of a task. */
export interface Occurrence {
  start: string | null;
  due: string | null;
  dueKind: DueKind | null;
  recurrence: string | null;
  window: { from: string; to: string } | null;
  label: string | null;
}

const DEFAULT_MONTHS: Record<NonNullable<TimeInput['every']>, number[]> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [3, 6, 9, 12],
  'half-year': [6, 12],
  year: [12],
};

/**
 * A task's time made concrete with dayjs: a window gives start and due (inclusive), a deadline
 * gives due, a recurrence gives one occurrence per month it names in every year of the period
 * (inside the window when there is one; days that do not exist are skipped), and nothing or
 * `ongoing` gives a single undated occurrence.
 */
export function occurrences(time: TimeInput | undefined, years: number[]): Occurrence[] {
  const none: Occurrence = { start: null, due: null, dueKind: null, recurrence: null, window: null, label: null };
  if (!time || time.ongoing) return [none];
  if (time.on) return [{ ...none, start: time.on, due: time.on, dueKind: 'on' }];
  if (time.every) {
    const out: Occurrence[] = [];
    for (const y of years) {
      for (const m of time.months ?? DEFAULT_MONTHS[time.every]) {
        const day = time.day ?? dayjs(new Date(y, m - 1, 1)).daysInMonth();
        const due = isoDate(y, m, day);
        if (!due) continue;
        if (time.from && due < time.from) continue;
        if (time.to && due > time.to) continue;
        out.push({ ...none, due, dueKind: time.day ? 'before' : 'by', recurrence: time.every, label: `${m}/${y}` });
      }
    }
    return out;
  }
  if (time.from && time.to) return [{ ...none, start: time.from, due: time.to, dueKind: 'by', window: { from: time.from, to: time.to } }];
  if (time.before) return [{ ...none, due: time.before, dueKind: 'before' }];
  if (time.by) return [{ ...none, due: time.by, dueKind: 'by' }];
  return [none];
}
