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
  CHECKLIST_TOO_MANY_DATES: {
    severity: 'error',
    vi: 'Nhiệm vụ {ref} lặp lại hơn {limit} lần trong thời kỳ {period}: danh mục không được lập. Kiểm tra thời kỳ của kế hoạch (một kế hoạch thường dưới 10 năm).',
    en: 'Task {ref} recurs more than {limit} times in the period {period}: no checklist is made. Check the plan’s period (a plan usually spans under 10 years).',
    example: 'period: { from: 1900, to: 2200 } with time: { every: week, weekday: 4 }',
  },
  CHECKLIST_TOO_MANY_ITEMS: {
    severity: 'error',
    vi: 'Danh mục vượt quá {limit} mục (nhiệm vụ × lần lặp × cơ quan): không được lập. Lập danh mục cho từng cơ quan (--agency) hoặc rút ngắn thời kỳ.',
    en: 'The checklist exceeds {limit} items (tasks × occurrences × agencies): not made. Derive it per agency (--agency) or shorten the period.',
    example: '(a plan of 400 weekly tasks over 100 years)',
  },
});

/** A code of `CHECKLIST_CODES`. */
export type ChecklistCode = keyof typeof CHECKLIST_CODES.codes;
