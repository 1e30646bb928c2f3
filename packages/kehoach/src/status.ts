import { deriveChecklist, type Checklist } from '@kehoach/checklist';
import { hasErrors, type Diagnostic, type Plan } from '@kehoach/core';
import { loadProgress, planSections, statusReport, type Progress, type StatusReport } from '@kehoach/progress';

/** Options of `planStatus`. */
export interface PlanStatusOptions {
  /** ISO date the statuses are computed as of. */
  asOf: string;
  /** Keep one agency's duties (its id). */
  agency?: string;
  /** A duty is `due-soon` this many days before its last day on time (default 7). */
  soonDays?: number;
  /** The progress file's name, for its diagnostics. */
  progressFile?: string;
}

/** A plan's duties with their status as of a date: the report, the checklist and progress it comes from, and what was found. */
export interface PlanStatusResult {
  /** Undefined when the checklist or the progress file has errors. */
  report?: StatusReport;
  checklist: Checklist;
  progress?: Progress;
  diagnostics: Diagnostic[];
}

/**
 * Each duty of a plan with its status as of a date, from the checklist's dates and a progress file
 * (YAML text, or none: every duty as the plan alone leaves it), with the counts per status, agency and
 * section (the plan's mục). The diagnostics are the checklist's and the progress file's (at their line
 * and column); errors in either leave `report` undefined.
 *
 * @example
 * const { report } = planStatus(plan, progressText, { asOf: '2026-06-03' });
 * report?.counts.overdue;
 */
export function planStatus(plan: Plan, progressText: string | undefined, options: PlanStatusOptions): PlanStatusResult {
  const derived = deriveChecklist(plan);
  const checklist = derived.checklist;
  const diagnostics = [...derived.diagnostics];
  let progress: Progress | undefined;
  if (progressText !== undefined) {
    const loaded = loadProgress(progressText, options.progressFile ?? 'progress.yaml', { checklist });
    diagnostics.push(...loaded.diagnostics);
    progress = loaded.progress;
    if (!progress) return { checklist, diagnostics };
  }
  if (hasErrors(diagnostics)) return { checklist, diagnostics, ...(progress ? { progress } : {}) };
  const report = statusReport(checklist, progress, {
    asOf: options.asOf, section: planSections(plan),
    ...(options.agency !== undefined ? { agency: options.agency } : {}),
    ...(options.soonDays !== undefined ? { soonDays: options.soonDays } : {}),
  });
  return { report, checklist, diagnostics, ...(progress ? { progress } : {}) };
}
