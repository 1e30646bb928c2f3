import type { Checklist, ChecklistItem } from '@kehoach/checklist';
import type { DutyStatus } from './duty-status.js';
import type { StatusReport } from './status-report.js';

/**
 * The duty an item is a part of, the same in a plan and in its units' clones: its id without the
 * plan's key and without the agency it falls to (and its role) — `dvc-toan-trinh/2026-02-05` for the
 * province's office and for each commune's, `bao-cao/sau-thang/2026` for every reporter.
 */
export function dutyKey(item: Pick<ChecklistItem, 'id' | 'kind' | 'agency' | 'role'>): string {
  const parts = item.id.split('/').slice(1);
  const drop = item.kind === 'report' ? 1 : (item.agency ? 1 : 0) + 1;
  return parts.slice(0, parts.length - drop).join('/');
}

/** What one unit did of a duty: all its part done (on time, or some late), some of it overdue, or still open. */
export type UnitOutcome = 'done-on-time' | 'done-late' | 'overdue' | 'open';

/** One duty of the plan handed down, and how many units have done it. */
export interface RollUpRow {
  /** `dutyKey` of the duty. */
  duty: string;
  ref: string;
  text: string;
  /** The plan's deadline for it. */
  due: string | null;
  /** Units whose plans have the duty. */
  units: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  open: number;
  /** The units with the duty overdue (their names), for chasing. */
  overdueUnits: string[];
}

/** The roll-up of many units' statuses against the plan they were cloned from. */
export interface RollUp {
  asOf: string | null;
  rows: RollUpRow[];
  /** Units whose status was given. */
  units: number;
}

/** A unit's part in a duty: the items of the bodies that answer for it (lead, requested, reporter), else all of them. */
function outcome(duties: readonly DutyStatus[]): UnitOutcome {
  const answering = duties.filter((d) => d.item.role !== 'support');
  const list = answering.length ? answering : duties;
  if (list.every((d) => d.status === 'done-on-time' || d.status === 'done-late')) return list.some((d) => d.status === 'done-late') ? 'done-late' : 'done-on-time';
  return list.some((d) => d.status === 'overdue') ? 'overdue' : 'open';
}

const FIELD = { 'done-on-time': 'doneOnTime', 'done-late': 'doneLate', overdue: 'overdue', open: 'open' } as const;

/**
 * For each duty of a plan handed down to lower units (the province's to its communes), how many units'
 * plans have it and how many have done it on time, late, have it overdue or still open — from each
 * unit's status report (of its cloned plan and its own progress file, as of one date). A duty is known
 * across plans by `dutyKey` (a clone keeps its parent's task ids). Rows follow the plan's checklist;
 * duties no unit has are left out. Pure; linear in the units' duties.
 *
 * @example
 * rollUp(provinceChecklist, communes.map((c) => ({ unit: c.name, report: statusReport(c.checklist, c.progress, { asOf }) })));
 */
export function rollUp(plan: Checklist, units: ReadonlyArray<{ unit: string; report: StatusReport }>): RollUp {
  const rows = new Map<string, RollUpRow>();
  for (const item of plan.items) {
    const duty = dutyKey(item);
    if (!rows.has(duty)) rows.set(duty, { duty, ref: item.ref, text: item.text, due: item.due, units: 0, doneOnTime: 0, doneLate: 0, overdue: 0, open: 0, overdueUnits: [] });
  }
  for (const { unit, report } of units) {
    const byDuty = new Map<string, DutyStatus[]>();
    for (const d of report.duties) {
      const key = dutyKey(d.item);
      const list = byDuty.get(key);
      if (list) list.push(d);
      else byDuty.set(key, [d]);
    }
    for (const [key, duties] of byDuty) {
      const row = rows.get(key);
      if (!row) continue;
      const o = outcome(duties);
      row.units++;
      row[FIELD[o]]++;
      if (o === 'overdue') row.overdueUnits.push(unit);
    }
  }
  return { asOf: units[0]?.report.asOf ?? null, rows: [...rows.values()].filter((r) => r.units), units: units.length };
}
