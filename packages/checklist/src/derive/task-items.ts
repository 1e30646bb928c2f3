import { formatShortDate, formatTime } from '@kehoach/nd30';
import { placeIn, type Agency, type Task } from '@kehoach/core';
import type { ChecklistItem } from '../checklist-model.js';
import { CHECKLIST_CODES } from '../codes.js';
import { occurrences, type Occurrence } from '../concrete-time.js';
import { itemAgency, names, plain, withinLimits, type DeriveContext } from './context.js';

/** One duty of a task: the task itself, or one row (part) of a task split over table rows. */
interface Part {
  time?: Task['time'];
  output?: string;
  /** `phan-2` …: the part's key in item ids (none for the first). */
  key?: string;
  /** JSON pointer of the part's time, for diagnostics. */
  timePath: string;
}

/** A task's duties: one per part, each with its own time and output; the first keeps the task's item ids. */
export function taskParts(t: Task): Part[] {
  return (t.parts ?? [{}]).map((p, k) => (k ? { ...p, key: `phan-${k + 1}`, timePath: `${t.path}/parts/${k}/time` } : { time: t.time, output: t.output, timePath: `${t.path}/time` }));
}

/** The agencies a duty falls to, each with its role; one nobody (`null`) when the task names none. */
export function taskRoles(t: Task): Array<[ChecklistItem['role'], Agency | null]> {
  const roles: Array<[ChecklistItem['role'], Agency | null]> = [
    ...t.lead.map((a) => ['lead', a] as [ChecklistItem['role'], Agency]),
    ...t.support.map((a) => ['support', a] as [ChecklistItem['role'], Agency]),
    ...t.requested.map((a) => ['requested', a] as [ChecklistItem['role'], Agency]),
  ];
  return roles.length ? roles : [[null, null]];
}

/** A recurrence that never falls inside the plan's period: an error at the time that says it. */
function checkRecurrence(ctx: DeriveContext, t: Task, part: Part, occ: Occurrence[]): void {
  if (!part.time?.every || occ.length) return;
  const y = ctx.years;
  ctx.diagnostics.push(CHECKLIST_CODES.create('CHECKLIST_RECURRENCE_EMPTY', placeIn(ctx.plan.source, part.timePath), {
    ref: t.ref,
    period: y.length > 1 ? `${y[0]}–${y[y.length - 1]}` : String(y[0]),
  }));
}

/**
 * A date the plan typed outside its own period (a date copied from last year's plan): one warning
 * per duty. The dates of a recurrence are made from the period itself (a report “of the following
 * month” may fall after it): only the dates the plan typed can be stale.
 */
function checkDates(ctx: DeriveContext, t: Task, part: Part, occ: Occurrence[]): void {
  const b = ctx.bounds;
  if (!b) return;
  const stale = occ.filter((o) => !o.recurrence).flatMap((o) => [o.start, o.due]).find((d) => d && (d < b.from || d > b.to));
  if (!stale) return;
  ctx.diagnostics.push(CHECKLIST_CODES.create('CHECKLIST_DATE_OUTSIDE_PERIOD', placeIn(ctx.plan.source, part.timePath), {
    ref: t.ref,
    date: formatShortDate(stale),
    from: formatShortDate(b.from),
    to: formatShortDate(b.to),
  }));
}

/** The items of one duty: one per occurrence and per agency role. */
function partItems(ctx: DeriveContext, t: Task, part: Part, text: string): void {
  if (ctx.refused) return;
  const occ = occurrences(part.time, ctx.years, ctx.bounds, ctx.limits.maxDatesPerDuty);
  const roles = taskRoles(t);
  if (!withinLimits(ctx, t.ref, part.timePath, occ.length, occ.length * roles.length)) return;
  const words = part.time ? formatTime(part.time, (id) => ctx.cite(id)) : null;
  checkRecurrence(ctx, t, part, occ);
  checkDates(ctx, t, part, occ);
  for (const o of occ) {
    for (const [role, agency] of roles) {
      const id = [ctx.key, t.id, part.key, o.key, role ?? 'chua-phan-cong', agency?.id].filter(Boolean).join('/');
      ctx.items.push({
        id, ref: t.ref, kind: 'task', agency: agency ? itemAgency(agency) : null, role, text,
        lead: names(t.lead), support: names(t.support), requested: names(t.requested),
        start: o.start, due: o.due, dueKind: o.dueKind, hour: o.hour, recurrence: o.recurrence, time: words, window: o.window,
        output: part.output ?? null, to: null, ongoing: !o.due, status: ctx.status(id, o.due, o.dueKind), source: t.path,
      });
    }
  }
}

/** Every task's items, in the order of the plan. */
export function taskItems(ctx: DeriveContext): void {
  // Sub-task counts, once: counting them per task was quadratic in the number of tasks.
  const children = new Map<string, number>();
  for (const x of ctx.plan.tasks) if (x.parentId !== undefined) children.set(x.parentId, (children.get(x.parentId) ?? 0) + 1);
  for (const t of ctx.plan.tasks) {
    const text = plain(t.text) || `(gồm ${children.get(t.id) ?? 0} nội dung con)`;
    for (const part of taskParts(t)) partItems(ctx, t, part, text);
  }
}
