import type {
  AgencyKind,
  AgencyLevel,
  MarksInput,
  ParentLinkInput,
  PeriodInput,
  PlanInput,
  ReferenceInput,
  SignatureInput,
  TimeInput,
} from '@kehoach/schema';
import type { NodeStyle } from './numbering.js';
import type { SourceMap } from './source-map.js';


/** A declared agency, with its id. */
export interface Agency {
  id: string;
  name: string;
  shortName: string;
  /** Administrative level; none for a person or a body outside the levels. */
  level?: AgencyLevel;
  kind: AgencyKind;
  aliases: string[];
  /** A person's role (Trưởng đoàn, Thư ký …). */
  role?: string;
  /** A person's agency id. */
  of?: string;
}

/** The role an agency plays in a task. */
export type Role = 'lead' | 'support' | 'requested';

/** A task, flattened out of the outline, with its agencies resolved (own or inherited). */
export interface Task {
  id: string;
  /** Generated reference, e.g. `II.7.b` or `II.1-2`. */
  ref: string;
  /** JSON pointer of the task in the input. */
  path: string;
  /** The task's own text, paragraphs of inline markdown, without attribution. */
  text: string[];
  lead: Agency[];
  support: Agency[];
  requested: Agency[];
  /** The agencies that follow up (Theo dõi, kiểm tra, đôn đốc), in task tables. */
  monitor: Agency[];
  /** The words of an assignment made by another document (“Theo phân công tại Quyết định số …”). */
  assignedBy?: string;
  time?: TimeInput;
  output?: string;
  /**
   * A task of a table split over several rows (`parts`), each with its own output and time: every
   * part is a duty with its own deadline. `time` and `output` are those of the first part.
   */
  parts?: Array<{ time?: TimeInput; output?: string }>;
  /** Titles of the enclosing groups, outermost first. */
  groups: string[];
  /** Id of the enclosing task, for a sub-task. */
  parentId?: string;
}

/** Where an attribution is printed. */
export type AttributionPlacement = 'prefix' | 'trailing' | 'paragraph';

/**
 * One node of the document outline: a mục, khoản, điểm, bullet or paragraph.
 * Renderers walk these; numbering is already computed.
 */
export interface OutlineNode {
  kind: 'part' | 'section' | 'item' | 'group' | 'task' | 'table';
  style: NodeStyle;
  /** Printed marker: `I.`, `1.`, `2.1.`, `a)`, `-`, `+` or empty. */
  label: string;
  /** Dotted reference: `II.7.b`. */
  ref: string;
  /** JSON pointer of the node in the input. */
  path: string;
  /** Heading text (a mục's title, a khoản's bold title, a group's agency names). */
  title?: string;
  /** When true, the first paragraph follows the title on the same line after a colon. */
  inline?: boolean;
  /** Paragraphs (inline markdown); attribution already composed in. */
  paragraphs: string[];
  children: OutlineNode[];
  /** Paragraphs printed after the children, e.g. a group's `(… chủ trì, …)`. */
  trailer: string[];
  /** The task carried by this node. */
  task?: Task;
  /** What the node is about (`goals`, `tasks`, `implementation` …), from the input's `role`. */
  role?: string;
  /** A heading printed as written, not in upper case. */
  keepCase?: boolean;
  /**
   * A grouping of the data that is not a printed level (a task group without a heading or words of its
   * own): no label; its children are numbered on with its siblings.
   */
  silent?: boolean;
  /** A table node's table. */
  table?: TableModel;
  /** A task table's tasks and their local references (`I.3`), completed after numbering. */
  tableTasks?: Array<{ task: Task; local: string }>;
}

/** One cell of a table, laid out on the grid. */
export interface TableCell {
  /** Paragraphs of inline markdown. */
  paragraphs: string[];
  colSpan: number;
  /** Rows spanned from this cell down; the cells it covers below are `continued`. */
  rowSpan: number;
  /** A placeholder for a cell covered by a row span above (Word's `vMerge` continuation). */
  continued?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  bold?: boolean;
}

/** A row of a table. */
export interface TableRow {
  cells: TableCell[];
  /** JSON pointer of the row in the input. */
  path: string;
  /** A group row (I, II …). */
  group?: boolean;
}

/** A table as printed: relative column widths, header rows (repeated on each page), body rows. */
export interface TableModel {
  kind: 'plain' | 'tasks' | 'targets';
  title?: string;
  /** Column widths as fractions of the table width. */
  widths: number[];
  header: TableRow[];
  rows: TableRow[];
  landscape: boolean;
  fontSize: number;
}

/** A reference, as cited. */
export interface Reference extends ReferenceInput {
  /** Full citation: `Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về …`. */
  citation: string;
}

/** A report that must be sent: resolved from the reporting schedule. */
export interface ReportPeriod {
  id: string;
  label: string;
  path: string;
  /** Reference of the part of the plan that states this schedule (e.g. `V` or `IV.3`). */
  ref: string;
  window?: { from: DayMonth; to: DayMonth };
  due?: DayMonth;
  /** A recurring report time (“trước 11 giờ thứ Năm hằng tuần”), instead of `due`. */
  time?: TimeInput;
  reporters: Agency[];
  to?: Agency;
  via?: Agency;
}

/** A day and month (of the reporting year, the previous year, or a given year). */
export interface DayMonth {
  day: number;
  month: number;
  year?: number;
  previousYear: boolean;
  /** True for “trước ngày” (default), false for “chậm nhất ngày”. */
  before: boolean;
}

/** The normalised plan: references resolved, defaults filled, numbering computed. */
export interface Plan {
  /** The document kind's id (`ke-hoach`, `cong-van` …): its profile is `documentKind(plan.kind)`. */
  kind: string;
  issuer: {
    name: string;
    headerLines: string[];
    abbreviation: string;
    place: string;
    agency?: Agency;
    /** Who issues it when it is the head (“Chủ tịch Ủy ban nhân dân tỉnh …”), for the attachment line. */
    authority?: string;
    parent?: { name: string; headerLines: string[]; agency?: Agency };
  };
  number?: number;
  /** Ký hiệu, e.g. `KH-UBND`. */
  symbol: string;
  /** ISO date of issue. */
  date?: string;
  /** A draft's known month and year (“ngày … tháng 12 năm 2025”). */
  draftDate?: { year: number; month?: number };
  /** The type line printed above the title (`KẾ HOẠCH`, `KẾ HOẠCH HÀNH ĐỘNG`); none for a công văn. */
  typeLine?: string;
  /** Every document the plan cites (the opening's and the others), by id where it has one. */
  references: Reference[];
  /** True when number or date is missing, or `draft: true`. */
  draft: boolean;
  /** The year printed in the date line (the date's, else the period's first year). */
  year: number;
  title: string;
  period: PeriodInput;
  scope?: string;
  addressees: string[];
  agencies: Record<string, Agency>;
  opening: { situation: string[]; paragraphs: string[]; references: Reference[] };
  /** The body in order: sections (mục), and PHẦN nodes holding sections. */
  sections: OutlineNode[];
  /** Every task in document order. */
  tasks: Task[];
  /** The layout of the first task block (what `relayout` changes). */
  taskLayout: 'by-agency' | 'by-theme';
  /** Implementation facts gathered from wherever the plan states them. */
  implementation: {
    focalAgency?: Agency;
    ownPlans: Agency[];
    /** When own plans are due, if the plan says. */
    ownPlansTime?: TimeInput;
    reporting: ReportPeriod[];
    funding: string[];
    contacts: string[];
  };
  /** Signature blocks: one, or several side by side (joint plans). */
  signatures: SignatureInput[];
  recipients?: { to: Array<{ name: string; purpose?: string; agency?: Agency }>; archive: string };
  appendices: Array<{ title: string; paragraphs: string[]; items: OutlineNode[]; landscape: boolean; ref: string; path: string; attachedLead?: string }>;
  parent?: ParentLinkInput;
  /** Độ mật and độ khẩn (Phụ lục I), printed under the number. */
  marks?: MarksInput;
  /**
   * The document that promulgates this plan (`dossier.decision`): the plan is its attachment, printed
   * with `(<lead> Quyết định số … ngày … của …)` under its title, no number, date, signature or Nơi
   * nhận of its own. Its number and date are absent while it is a draft.
   */
  attachment?: { kind: string; lead: string; symbol: string; number?: number; date?: string };
  /** The input as loaded (after schema validation), for tools that rewrite plans. */
  input: PlanInput;
  /** The file name and where each value is in it, for diagnostics of later stages. */
  source: { file: string; map: SourceMap };
}
