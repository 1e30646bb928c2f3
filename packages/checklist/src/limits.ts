/**
 * How many dated items a checklist makes, at most (issue 23): a valid plan spanning 1900–2200 with a
 * weekly duty made 15 706 dates for that one duty, and a 115 KB plan of such duties ran V8 out of
 * memory. A real plan's weekly duty over a ten-year period has 522 dates; its checklist, a few
 * thousand items. Past a limit the checklist is refused with an error diagnostic, never cut short.
 */
export interface ChecklistLimits {
  /** Dates one duty (a task's part, or a recurring report) may recur on. */
  maxDatesPerDuty: number;
  /** Items of one checklist (each occurrence × each agency role). */
  maxItems: number;
}

/** The limits of `deriveChecklist`. */
export const CHECKLIST_LIMITS: ChecklistLimits = { maxDatesPerDuty: 1000, maxItems: 50_000 };
