// @kehoach/checklist: each agency's dated tasks derived from a plan, and the files they are handed
// out as (Markdown, CSV, iCalendar, XLSX, a printed document). Formatting helpers stay in their files.

// Deriving the checklist, and its model.
export { deriveChecklist, type ChecklistOptions, type ChecklistResult } from './derive-checklist.js';
export type { Checklist, ChecklistItem, DueKind, Status } from './checklist-model.js';
export { CHECKLIST_CODES } from './codes.js';
export { meets } from './status.js';

// Its outputs.
export { toMarkdown } from './to-markdown.js';
export { toCsv } from './to-csv.js';
export { toIcs, type IcsOptions } from './to-ics.js';
export { toXlsx, type XlsxOptions } from './to-xlsx.js';
export type { XlsxColumn, XlsxValidation, XlsxValue } from './xlsx-sheet.js';
export { printChecklist, type PrintChecklistOptions } from './print-checklist.js';
