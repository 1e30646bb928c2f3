import type { WordPart } from './words.js';

/** What kind of change: to a duty, to other text of the body, to the header, the bases, Nơi nhận, an appendix. */
export type ChangeKind =
  | 'duty-added'
  | 'duty-removed'
  | 'duty-moved'
  | 'duty-changed'
  | 'text-added'
  | 'text-removed'
  | 'text-changed'
  | 'header-changed'
  | 'basis-added'
  | 'basis-removed'
  | 'basis-changed'
  | 'recipient-added'
  | 'recipient-removed'
  | 'recipient-changed'
  | 'appendix-added'
  | 'appendix-removed'
  | 'appendix-changed';

/** What of a duty changed: its words, its heading, who leads, supports, is asked, follows up, when, what it gives. */
export type DutyField = 'text' | 'title' | 'lead' | 'support' | 'requested' | 'monitor' | 'time' | 'output';

/** What of the header changed. */
export type HeaderField = 'kind' | 'parent' | 'issuer' | 'number' | 'date' | 'typeLine' | 'title' | 'addressees' | 'signature';

/** Where a change stands in one version: the printed reference (`II.1.2`) and the JSON pointer of the data. */
export interface ChangePlace {
  /** The printed reference (`II.1.2`, `Phụ lục I`); empty for the opening. */
  ref: string;
  /** JSON pointer of the value in that version's input. */
  path?: string;
}

/** One change between two versions of a plan, as data and in words. */
export interface PlanChange {
  kind: ChangeKind;
  /** For `duty-changed`: the field; for `header-changed`: the header's line; `recipient-changed`: `purpose` or `archive`; `appendix-changed`: `title`. */
  field?: DutyField | HeaderField | 'purpose' | 'archive' | 'title';
  /** The duty's id (in the new version, or the old for a removed duty). */
  id?: string;
  /** What the duty or the paragraph says, shortened, to recognise it. */
  subject?: string;
  /** The words before and after: names, a time in words (`Trong tháng 8/2025`), a title, a citation, a paragraph. */
  before?: string;
  after?: string;
  /** Word by word, for a changed wording. */
  words?: WordPart[];
  /** Where it was (removed, moved, changed). */
  old?: ChangePlace;
  /** Where it is (added, moved, changed). */
  new?: ChangePlace;
  /** The change in Vietnamese, one line. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

/** The comparison of two versions of a plan. */
export interface PlanDiff {
  /** No change a reader of the printed plan would see. */
  same: boolean;
  /** The changes: header, bases, then the body in the new version's order, Nơi nhận, appendices. */
  changes: PlanChange[];
}
