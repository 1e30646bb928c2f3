import { defineCodes } from '@kehoach/core';

/** The diagnostic codes of `@kehoach/checklist`. Codes are stable: tools and portals may match on them. */
export const CHECKLIST_CODES = defineCodes('checklist', {
  CHECKLIST_RECURRENCE_EMPTY: {
    severity: 'error',
    vi: 'Nhiệm vụ {ref} lặp lại nhưng không có lần nào rơi vào thời kỳ {period} của kế hoạch.',
    en: 'Task {ref} recurs but never falls inside the plan period {period}.',
    example: 'time: { every: year, months: [2], day: 30 }',
  },
  CHECKLIST_DATE_OUTSIDE_PERIOD: {
    severity: 'warning',
    vi: 'Nhiệm vụ {ref} có ngày {date} nằm ngoài thời kỳ của kế hoạch ({from}–{to}); có thể là ngày chép từ kế hoạch năm trước.',
    en: 'Task {ref} has a date {date} outside the plan period ({from}–{to}); possibly copied from last year’s plan.',
    example: 'period: { year: 2025 } with time: { from: 2024-07-01, to: 2024-09-30 }',
  },
});

/** A code of `CHECKLIST_CODES`. */
export type ChecklistCode = keyof typeof CHECKLIST_CODES.codes;
