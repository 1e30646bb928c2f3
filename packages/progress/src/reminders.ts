import type { ChecklistItem } from '@kehoach/checklist';
import type { DutyStatus } from './duty-status.js';
import type { StatusReport } from './status-report.js';

/** One agency's duties to chase: overdue, and due soon (extended ones included when their new deadline is near). */
export interface AgencyReminder {
  agency: { id: string; name: string; shortName: string } | null;
  overdue: DutyStatus[];
  soon: DutyStatus[];
}

/** Options of `dueReminders`. */
export interface DueRemindersOptions {
  /** The roles chased (default every role: lead, support, requested, reporter). */
  roles?: ReadonlyArray<ChecklistItem['role']>;
}

/**
 * The duties a công văn đôn đốc lists, grouped by agency in the order of the plan: each agency with
 * its overdue duties and those due within the report's `soonDays` (an extended or paused duty whose
 * deadline is near is among them; a done one never). Agencies with none are left out — the letter's
 * Kính gửi and Nơi nhận are exactly these agencies. The data the đôn đốc letter is written from. Pure.
 *
 * @example
 * dueReminders(statusReport(checklist, progress, { asOf })).map((r) => r.agency?.name);
 */
export function dueReminders(report: StatusReport, options: DueRemindersOptions = {}): AgencyReminder[] {
  const out: AgencyReminder[] = [];
  for (const d of report.duties) {
    if (options.roles && !options.roles.includes(d.item.role)) continue;
    const overdue = d.status === 'overdue';
    if (!overdue && !(d.soon && d.status !== 'not-due')) continue;
    let r = out.find((x) => x.agency?.id === d.item.agency?.id);
    if (!r) out.push((r = { agency: d.item.agency, overdue: [], soon: [] }));
    (overdue ? r.overdue : r.soon).push(d);
  }
  return out;
}
