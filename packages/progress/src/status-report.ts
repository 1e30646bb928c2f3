import type { Checklist, ChecklistItem } from '@kehoach/checklist';
import { dutyStatus, type DutyStatus } from './duty-status.js';
import type { Progress } from './progress-model.js';
import type { PlanSection } from './sections.js';
import { DUTY_STATUS_IDS, type DutyStatusId } from './statuses.js';

/** Options of `statusReport`. */
export interface StatusReportOptions {
  /** ISO date the statuses are computed as of. */
  asOf: string;
  /** Keep one agency's duties only (its id). */
  agency?: string;
  /** Days before the last day on time a duty is `due-soon` (default 7). */
  soonDays?: number;
  /** The section an item is in, by its source pointer (`planSections(plan)`); by default the first part of its ref. */
  section?: (source: string) => PlanSection | undefined;
}

/** How many duties have each status. */
export type StatusCounts = Record<DutyStatusId, number> & { total: number };

/** Each duty's status as of a date, and the counts per status, per agency and per section. */
export interface StatusReport {
  asOf: string;
  soonDays: number;
  plan: Checklist['plan'];
  duties: Array<DutyStatus & { section: PlanSection }>;
  counts: StatusCounts;
  byAgency: Array<{ agency: { id: string; name: string; shortName: string } | null; counts: StatusCounts }>;
  bySection: Array<{ section: PlanSection; counts: StatusCounts }>;
  /** Ids of the progress file that name no item of the checklist (kept, not counted). */
  unknown: string[];
}

/** Counts with every status at zero. */
export function emptyCounts(): StatusCounts {
  return Object.assign(Object.fromEntries(DUTY_STATUS_IDS.map((s) => [s, 0])), { total: 0 }) as StatusCounts;
}

/** A recurring duty's series: the same source, agency, role and recurrence (its occurrences differ by date only). */
const seriesKey = (i: ChecklistItem) => `${i.source}|${i.agency?.id ?? ''}|${i.role ?? ''}|${i.recurrence}`;

/**
 * The day each occurrence of a recurring duty with no start or window of its own opens: the due date of
 * the occurrence before (the first opens with the plan). A monthly report due on the 5th is not due
 * in January for December.
 */
function openings(items: readonly ChecklistItem[]): Map<string, string> {
  const series = new Map<string, ChecklistItem[]>();
  for (const i of items) if (i.recurrence !== null && i.due && !i.start && !i.window) series.set(seriesKey(i), [...(series.get(seriesKey(i)) ?? []), i]);
  const out = new Map<string, string>();
  for (const list of series.values()) {
    const sorted = [...list].sort((a, b) => a.due!.localeCompare(b.due!));
    sorted.forEach((i, k) => k && out.set(i.id, sorted[k - 1]!.due!));
  }
  return out;
}

/** The section of a ref by default: its first part (`II` of `II.7.b`, `PII` of `PII.II.1`). */
const refSection = (i: ChecklistItem): PlanSection => ({ ref: i.ref.split('.')[0]!, title: i.ref.split('.')[0]! });

/** Adds one status to counts in a keyed list, keeping the order keys first come in. */
function tally<E extends { counts: StatusCounts }>(list: E[], find: (e: E) => boolean, make: () => E, status: DutyStatusId): void {
  let e = list.find(find);
  if (!e) list.push((e = make()));
  e.counts[status]++;
  e.counts.total++;
}

/**
 * Every duty of a checklist with its status as of a date (`dutyStatus`), and the counts per status,
 * per agency and per section, in the order of the plan. The checklist should be derived without
 * `today` (its own statuses are not read). Pure.
 *
 * @example
 * const report = statusReport(checklist, progress, { asOf: '2026-05-01', section: planSections(plan) });
 * report.counts.overdue; // 3
 */
export function statusReport(checklist: Checklist, progress: Progress | undefined, options: StatusReportOptions): StatusReport {
  const soonDays = options.soonDays ?? 7;
  const opens = openings(checklist.items);
  const items = options.agency ? checklist.items.filter((i) => i.agency?.id === options.agency) : checklist.items;
  const ids = new Set(checklist.items.map((i) => i.id));
  const report: StatusReport = {
    asOf: options.asOf, soonDays, plan: checklist.plan, duties: [], counts: emptyCounts(), byAgency: [], bySection: [],
    unknown: Object.keys(progress?.items ?? {}).filter((id) => !ids.has(id)),
  };
  for (const item of items) {
    const d = dutyStatus(item, progress?.items[item.id], { asOf: options.asOf, soonDays, opens: opens.get(item.id) ?? null });
    const section = options.section?.(item.source) ?? refSection(item);
    report.duties.push({ ...d, section });
    report.counts[d.status]++;
    report.counts.total++;
    tally(report.byAgency, (e) => e.agency?.id === item.agency?.id, () => ({ agency: item.agency, counts: emptyCounts() }), d.status);
    tally(report.bySection, (e) => e.section.ref === section.ref, () => ({ section, counts: emptyCounts() }), d.status);
  }
  return report;
}
