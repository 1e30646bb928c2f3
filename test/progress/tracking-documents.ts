import { readFileSync } from 'node:fs';
import { planStatus, reminderLetter, resultReport, type Plan, type StatusReport } from 'kehoach';
import { ROOT, loadExample } from '../helpers.js';

// The documents written from the team example's progress file, for the tests that check them (the
// layout checks every document passes, the letter's and the report's own tests).

/** The team example with its progress file. */
export const TRACKED = 'quang-tri-2026-chuyen-doi-so';
/** Its progress file's text. */
export const PROGRESS_TEXT = readFileSync(`${ROOT}examples/tracking/${TRACKED}.progress.yaml`, 'utf8');

/** The example and its status as of a date. */
export function trackedStatus(asOf: string): { plan: Plan; report: StatusReport } {
  const plan = loadExample(TRACKED);
  const { report, diagnostics } = planStatus(plan, PROGRESS_TEXT, { asOf });
  if (!report) throw new Error(JSON.stringify(diagnostics));
  return { plan, report };
}

/** The công văn đôn đốc of the example as of a date, as a plan of the công văn kind (fails loudly on any diagnostic). */
export function trackedLetter(asOf: string): Plan {
  const { plan, report } = trackedStatus(asOf);
  const l = reminderLetter(plan, report);
  if (!l.plan || l.diagnostics.length) throw new Error(JSON.stringify(l.diagnostics));
  return l.plan;
}

/** The Báo cáo kết quả of the example as of a date, as a plan of the Báo cáo kind (fails loudly on any diagnostic). */
export function trackedReport(asOf: string, period?: string): Plan {
  const { plan, report } = trackedStatus(asOf);
  const r = resultReport(plan, report, period ? { period } : {});
  if (!r.plan || r.diagnostics.length) throw new Error(JSON.stringify(r.diagnostics));
  return r.plan;
}

/** The documents written from the status, by name, for the layout checks every document passes. */
export const TRACKING_DOCUMENTS: ReadonlyArray<readonly [string, () => Plan]> = [
  ['công văn đôn đốc (quang-tri, 2026-06-03)', () => trackedLetter('2026-06-03')],
  ['báo cáo kết quả (quang-tri, 2026-06-30)', () => trackedReport('2026-06-30', '6 tháng đầu năm 2026')],
];
