// @kehoach/progress: what happens after signing — each checklist item's dated updates, extensions and
// pauses (the progress file), each duty's status as of a date in the fixed vocabulary of task
// tracking, the counts per status, agency and section, the duties to chase, and the agencies' round
// trip through the checklist workbook. Pure: no file system.

// The progress file: its data, loading it (schema, dates, ids against the checklist), ids as it writes them.
export type { Progress, ItemProgress, ProgressUpdate, ProgressExtension, ProgressPause, ProgressDocument, ReportedStatus } from './progress-model.js';
export { loadProgress, type LoadProgressOptions, type LoadProgressResult } from './load-progress.js';
export { itemKey, shortItemId } from './item-ids.js';
export { PROGRESS_CODES, type ProgressCode } from './codes.js';

// Statuses as of a date: the vocabulary, one duty's, a whole checklist's with counts, and the duties to chase.
export { DUTY_STATUSES, DUTY_STATUS_IDS, REPORTED_STATUSES, type DutyStatusId, type StatusTerm, type TermSource } from './statuses.js';
export { dutyStatus, type DutyStatus, type DutyStatusOptions } from './duty-status.js';
export { statusReport, emptyCounts, type StatusReport, type StatusReportOptions, type StatusCounts } from './status-report.js';
export { planSections, type PlanSection } from './sections.js';
export { dueReminders, type AgencyReminder, type DueRemindersOptions } from './reminders.js';
export { statusToText, statusToJson, countsLine, ROLE_WORDS } from './status-text.js';

// The agencies' round trip: the workbook's progress columns, reading a filled one back, merging into the file.
export { progressColumns, FILL_COLUMNS, ID_COLUMN } from './progress-columns.js';
export { readProgressXlsx, type ProgressXlsxOptions, type ProgressXlsxResult, type ImportedUpdate } from './import-xlsx.js';
export { mergeProgress, PROGRESS_SCHEMA_URL, type MergeProgressOptions } from './merge-progress.js';
export { formatEvidence, parseEvidenceList } from './evidence.js';

// Many units at once: each duty handed down, and how many units have done it (the province over its communes).
export { rollUp, dutyKey, type RollUp, type RollUpRow, type UnitOutcome } from './roll-up.js';
