/** The four statuses of government task tracking. */
export const STATUSES = {
  pending: 'chưa hoàn thành trong hạn',
  doneOnTime: 'hoàn thành đúng hạn',
  doneLate: 'hoàn thành quá hạn',
  overdue: 'quá hạn',
} as const;

/** A status value. */
export type Status = (typeof STATUSES)[keyof typeof STATUSES];

/**
 * How the due date binds. The due date is always the day the plan names; `before` (“trước ngày 25”:
 * due the 25th, done on the 25th is late — the last day on time is the 24th, the day a calendar event
 * is put on, saying so), `by` (“đến ngày”, “chậm nhất ngày”, “ngày 25 hằng tháng”: done on the day is
 * on time), `on` (on that day).
 */
export type DueKind = 'before' | 'by' | 'on';

/** One thing one agency must do (or report) by a date. */
export interface ChecklistItem {
  /** Stable id: from the plan and the task (or report period), never from position. */
  id: string;
  /** Generated reference in the plan, e.g. `II.7.b`; `III` for reports. */
  ref: string;
  kind: 'task' | 'report';
  /** The agency this item is for, and its role. */
  agency: { id: string; name: string; shortName: string } | null;
  role: 'lead' | 'support' | 'requested' | 'reporter' | null;
  /** Plain text of the task (markdown removed). */
  text: string;
  lead: string[];
  support: string[];
  requested: string[];
  /** ISO dates, or null. */
  start: string | null;
  due: string | null;
  dueKind: DueKind | null;
  /** The hour on the due day (`11:00` for “thứ Năm hằng tuần, trước 11 giờ”), or null. */
  hour: string | null;
  /** `quarter`, `half-year`, … for a recurring task; the period label (`Quý I`) for a report. */
  recurrence: string | null;
  /**
   * The time as the plan prints it (`formatTime` of @kehoach/nd30): `Trước ngày 25 hằng tháng`,
   * `Trước 30/9/2025`, a report's `Trước ngày 15/6/2026`; null when the plan gives none.
   */
  time: string | null;
  /** The data window a report covers, or the task's own window. */
  window: { from: string; to: string } | null;
  output: string | null;
  /** Report items: who receives the report. */
  to: string | null;
  /** Undated and ongoing (`thường xuyên`, or no time given). */
  ongoing: boolean;
  /** Computed against `today`; null when no date was given to compare with. */
  status: Status | null;
  /** JSON pointer of the task or report period in the plan. */
  source: string;
}

/** A plan's checklist. */
export interface Checklist {
  plan: {
    number: number | null;
    symbol: string;
    date: string | null;
    title: string;
    issuer: string;
    /** `Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang` */
    citation: string;
    /** First and last day of the plan's period, when it has one. */
    period?: { from: string; to: string } | null;
  };
  today: string | null;
  items: ChecklistItem[];
}
