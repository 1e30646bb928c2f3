export { deriveChecklist, planKey, planCitation, reportText, type ChecklistOptions, type ChecklistResult } from './derive-checklist.js';
export { STATUSES, type Checklist, type ChecklistItem, type DueKind, type Status } from './checklist-model.js';
export { occurrences, isoDate, type Occurrence } from './concrete-time.js';
export { statusOf, meets } from './status.js';
export { toMarkdown, byAgency } from './to-markdown.js';
export { toCsv, CSV_COLUMNS } from './to-csv.js';
export { toIcs, foldLine, refold } from './to-ics.js';
export { viDate, dueText } from './format-date-vi.js';
