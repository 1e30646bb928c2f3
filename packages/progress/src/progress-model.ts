// The progress file (schemas/progress.schema.json) as data: what each agency reported on each
// checklist item, the extensions granted and the pauses.

/** What an agency reports of a duty: done, in progress, not started. */
export type ReportedStatus = 'hoan-thanh' | 'dang-thuc-hien' | 'chua-thuc-hien';

/** A document cited as evidence or as the grant of an extension: number and date, or a link. */
export interface ProgressDocument {
  /** `125/BC-SKHCN`. */
  number?: string;
  /** ISO date. */
  date?: string;
  /** Trích yếu. */
  title?: string;
  link?: string;
}

/** One dated report of an item's progress. */
export interface ProgressUpdate {
  /** ISO date of the report. */
  date: string;
  status: ReportedStatus;
  /** The day the duty was completed, when it is not the report's date (`hoan-thanh` only). */
  completed?: string;
  result?: string;
  /** 0–100. */
  percent?: number;
  evidence?: ProgressDocument[];
  reporter?: string;
  difficulties?: string;
}

/** An extension (gia hạn): the new deadline, the document that grants it (effective from its date), the deadline before. */
export interface ProgressExtension {
  due: string;
  /** The deadline before: the plan's, or the previous extension's, when not written. */
  previousDue?: string;
  grantedBy: { number: string; date: string; title?: string };
  reason?: string;
}

/** A pause (tạm dừng) from a day to a day (open while `to` is not written). */
export interface ProgressPause {
  from: string;
  to?: string;
  reason?: string;
  document?: { number: string; date: string; title?: string };
}

/** The progress of one checklist item. */
export interface ItemProgress {
  updates?: ProgressUpdate[];
  extensions?: ProgressExtension[];
  pauses?: ProgressPause[];
}

/** A progress file: the plan it tracks, and each item's progress by its checklist id. */
export interface Progress {
  /** The plan file, relative to the progress file. */
  plan?: string;
  /** By checklist item id (`loadProgress` with a checklist resolves ids written without the plan's key). */
  items: Record<string, ItemProgress>;
}
