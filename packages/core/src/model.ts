import type {
  AgencyKind,
  AgencyLevel,
  ParentLinkInput,
  PeriodInput,
  PlanInput,
  ReferenceInput,
  SignatureInput,
  TimeInput,
} from '@kehoach/schema';
import type { NodeStyle } from './numbering.js';

/** A declared agency, with its id. */
export interface Agency {
  id: string;
  name: string;
  shortName: string;
  level: AgencyLevel;
  kind: AgencyKind;
  aliases: string[];
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
  time?: TimeInput;
  output?: string;
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
  kind: 'section' | 'item' | 'group' | 'task';
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
  window?: { from: DayMonth; to: DayMonth };
  due?: DayMonth;
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
  kind: 'ke-hoach' | 'cong-van';
  issuer: {
    name: string;
    headerLines: string[];
    abbreviation: string;
    place: string;
    agency?: Agency;
    parent?: { name: string; headerLines: string[]; agency?: Agency };
  };
  number?: number;
  /** Ký hiệu, e.g. `KH-UBND`. */
  symbol: string;
  /** ISO date of issue. */
  date?: string;
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
  /** Mục I, II, III in order. */
  sections: OutlineNode[];
  /** Every task in document order. */
  tasks: Task[];
  taskLayout: 'by-agency' | 'by-theme';
  implementation: {
    focalAgency?: Agency;
    ownPlans: Agency[];
    reporting: ReportPeriod[];
    funding: string[];
    contacts: string[];
  };
  signature?: SignatureInput;
  recipients?: { to: Array<{ name: string; purpose?: string }>; archive: string };
  appendices: Array<{ title: string; paragraphs: string[]; items: OutlineNode[]; landscape: boolean }>;
  parent?: ParentLinkInput;
  /** The input as loaded (after schema validation), for tools that rewrite plans. */
  input: PlanInput;
  /** The file name and where each value is in it, for diagnostics of later stages. */
  source: { file: string; map: Record<string, [number, number]> };
}
