// The fixed vocabulary of task tracking, each term with where it comes from (docs/tracking.md).

/** Where a term of the vocabulary comes from. */
export type TermSource = 'government' | 'provincial-software';

/** One status of the vocabulary: its Vietnamese label (as reports print it), English, and source. */
export interface StatusTerm {
  vi: string;
  en: string;
  source: TermSource;
}

/**
 * The statuses a duty can have as of a date, in the order counts list them. The first five are the
 * words of the Government's reports on assigned duties (“nhiệm vụ đến hạn đã hoàn thành đúng hạn /
 * quá hạn; chưa hoàn thành trong hạn / quá hạn”, “chưa đến hạn”); the last four are those of the
 * task-tracking software provinces use (sắp đến hạn, không có thời hạn — thường xuyên, tạm dừng,
 * đã gia hạn). See docs/tracking.md for the rule that gives each.
 */
export const DUTY_STATUSES = {
  'done-on-time': { vi: 'đã hoàn thành đúng hạn', en: 'done on time', source: 'government' },
  'done-late': { vi: 'đã hoàn thành quá hạn', en: 'done late', source: 'government' },
  'in-time': { vi: 'chưa hoàn thành trong hạn', en: 'not done, within its deadline', source: 'government' },
  overdue: { vi: 'chưa hoàn thành quá hạn', en: 'not done, overdue', source: 'government' },
  'not-due': { vi: 'chưa đến hạn', en: 'not yet due', source: 'government' },
  'due-soon': { vi: 'sắp đến hạn', en: 'due soon', source: 'provincial-software' },
  ongoing: { vi: 'thường xuyên', en: 'ongoing (no deadline)', source: 'provincial-software' },
  paused: { vi: 'tạm dừng', en: 'paused', source: 'provincial-software' },
  extended: { vi: 'đã gia hạn', en: 'extended', source: 'provincial-software' },
} as const satisfies Record<string, StatusTerm>;

/** A status id: `done-on-time`, `overdue`, `ongoing` … */
export type DutyStatusId = keyof typeof DUTY_STATUSES;

/** Every status id, in the order counts list them. */
export const DUTY_STATUS_IDS = Object.keys(DUTY_STATUSES) as DutyStatusId[];

/** What an agency reports (`status` of an update), as the XLSX drop-down and reports word it. */
export const REPORTED_STATUSES = {
  'hoan-thanh': 'Đã hoàn thành',
  'dang-thuc-hien': 'Đang thực hiện',
  'chua-thuc-hien': 'Chưa thực hiện',
} as const;
