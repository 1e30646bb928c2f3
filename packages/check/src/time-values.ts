import type { Plan } from '@kehoach/core';

/** A calendar date given in a task's time, with its pointer and what it is (`from`, `to`, `before` …). */
export interface TimeDate {
  path: string;
  key: 'on' | 'from' | 'to' | 'before' | 'by';
  date: string;
  taskRef: string;
}

/** Every ISO date of every task's time (spoken periods and recurrences are not dates). */
export function taskDates(plan: Plan): TimeDate[] {
  const out: TimeDate[] = [];
  for (const t of plan.tasks) {
    const time = t.time as Record<string, unknown> | undefined;
    if (!time) continue;
    for (const key of ['on', 'from', 'to', 'before', 'by'] as const) {
      const v = time[key];
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.push({ path: `${t.path}/time/${key}`, key, date: v, taskRef: t.ref });
    }
  }
  return out;
}
