/**
 * Types of a plan as written in YAML/JSON, before normalisation.
 * They mirror `schemas/plan.schema.json` (keep both in step when the schema changes).
 */

/** One paragraph, or a list of paragraphs (inline markdown allowed). */
export type TextInput = string | string[];

/** One declared agency id, or a list of them. */
export type AgencyRefsInput = string | string[];

/** How the children of a node are presented; numbers are always generated. */
export type ItemStyle = 'number' | 'subnumber' | 'letter' | 'dash' | 'plus' | 'plain';

/** Administrative level of an agency. */
export type AgencyLevel = 'trung-uong' | 'tinh' | 'huyen' | 'xa' | 'thon';

/** Kind of an agency. `to-tung` bodies can only be requested; `nhom` is a collective. */
export type AgencyKind =
  | 'ubnd'
  | 'chuyen-mon'
  | 'cong-an'
  | 'quan-su'
  | 'mttq-doan-the'
  | 'to-tung'
  | 'ban-chi-dao'
  | 'su-nghiep'
  | 'doanh-nghiep'
  | 'co-quan-trung-uong'
  | 'dang-hdnd'
  | 'nhom'
  | 'khac';

/** A body printed in the header (issuer or its parent). */
export interface HeaderBodyInput {
  name: string;
  headerLines?: string[];
  agency?: string;
}

/** The issuing body. */
export interface IssuerInput extends HeaderBodyInput {
  abbreviation: string;
  place: string;
  parent?: HeaderBodyInput;
}

/** An agency, declared once under `agencies`. */
export interface AgencyInput {
  name: string;
  shortName?: string;
  level: AgencyLevel;
  kind?: AgencyKind;
  aliases?: string[];
}

/** A higher document cited in the opening. */
export interface ReferenceInput {
  id?: string;
  prefix?: string;
  type: string;
  number?: string;
  date?: string;
  issuer?: string;
  subject?: string;
}

/** Situation, basis and enacting formula. */
export interface OpeningInput {
  situation?: TextInput;
  lead?: string;
  references?: ReferenceInput[];
  separator?: string;
  closing?: string;
  text?: TextInput;
}

/** A measurable value of a target. */
export interface MeasureInput {
  value: number;
  unit?: string;
  comparator?: 'at-least' | 'more-than' | 'exactly' | 'at-most' | 'less-than';
  subject?: string;
}

/** A generic list item: a paragraph, or an object with title, text and children. */
export type ItemInput =
  | string
  | {
      title?: string;
      text?: TextInput;
      style?: ItemStyle;
      items?: ItemInput[];
      itemStyle?: ItemStyle;
      measures?: MeasureInput[];
    };

/** Kind of a part of section I. */
export type GoalKind = 'purposes' | 'requirements' | 'objectives' | 'targets';

/** A part of section I (Mục đích, Yêu cầu, Mục tiêu, Chỉ tiêu). */
export interface GoalPartInput {
  kind: GoalKind;
  title?: string;
  text?: TextInput;
  items?: ItemInput[];
  itemStyle?: ItemStyle;
}

/** Section I. */
export interface GoalsInput {
  title: string;
  parts: GoalPartInput[];
}

/** The agency fields shared by task groups and tasks. */
export interface AttributionInput {
  lead?: AgencyRefsInput;
  support?: AgencyRefsInput;
  requested?: AgencyRefsInput;
  attribution?: string;
  showAttribution?: boolean;
}

/** When a task is done. */
export interface TimeInput {
  on?: string;
  from?: string;
  to?: string;
  before?: string;
  by?: string;
  every?: 'month' | 'quarter' | 'half-year' | 'year';
  day?: number;
  months?: number[];
  ongoing?: true;
  note?: string;
}

/** A task. */
export interface TaskInput extends AttributionInput {
  id: string;
  text?: TextInput;
  time?: TimeInput;
  output?: string;
  style?: ItemStyle;
  itemStyle?: ItemStyle;
  tasks?: TaskInput[];
  /** Provenance: the parent task this task was cloned from. */
  origin?: { plan?: string; task: string; ref?: string; hash?: string; timeHash?: string };
}

/** A group of tasks: by agency (heading generated) or by theme (titled). */
export interface TaskGroupInput extends AttributionInput {
  id?: string;
  title?: string;
  text?: TextInput;
  itemStyle?: ItemStyle;
  groupStyle?: ItemStyle;
  groups?: TaskGroupInput[];
  tasks?: TaskInput[];
}

/** Section II. */
export interface TasksInput {
  title: string;
  layout?: 'by-agency' | 'by-theme';
  attribution?: 'inline' | 'parenthesis' | 'parenthesis-paragraph' | 'none';
  singleTask?: 'paragraph' | 'inline';
  text?: TextInput;
  groupStyle?: ItemStyle;
  itemStyle?: ItemStyle;
  groups: TaskGroupInput[];
}

/** A day and month of a reporting schedule. */
export interface DayMonthInput {
  day: number;
  month: number;
  year?: number;
  previousYear?: boolean;
  before?: boolean;
}

/** One reporting period. */
export interface ReportPeriodInput {
  id?: string;
  label: string;
  window?: { from: DayMonthInput; to: DayMonthInput };
  due?: DayMonthInput;
  reporters?: AgencyRefsInput;
  to?: string;
}

/** The reporting schedule. */
export interface ReportingInput {
  reporters?: AgencyRefsInput;
  to?: string;
  via?: string;
  adHoc?: boolean;
  periods: ReportPeriodInput[];
}

/** Section III. */
export interface ImplementationInput {
  title: string;
  items?: ItemInput[];
  itemStyle?: ItemStyle;
  focalAgency?: string;
  ownPlans?: AgencyRefsInput;
  reporting?: ReportingInput;
  funding?: TextInput;
  contacts?: TextInput;
}

/** The signature block. */
export interface SignatureInput {
  authority?: 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';
  for?: string;
  titles: string[];
  name: string;
}

/** One line of Nơi nhận. */
export interface RecipientInput {
  name?: string;
  agency?: string;
  purpose?: string;
}

/** Nơi nhận. */
export interface RecipientsInput {
  to: RecipientInput[];
  archive: string;
}

/** The plan's period. */
export interface PeriodInput {
  year?: number;
  from?: number;
  to?: number;
  orientation?: number;
}

/** An appendix. */
export interface AppendixInput {
  title: string;
  text?: TextInput;
  items?: ItemInput[];
  landscape?: boolean;
}

/** The higher plan this plan was cloned from. */
export interface ParentLinkInput {
  title: string;
  number?: string;
  date?: string;
  issuer?: string;
  hash?: string;
  file?: string;
  /** Every parent task at cloning time. */
  tasks?: Array<{ id: string; ref?: string; carried: boolean; hash: string; timeHash: string }>;
}

/** A whole plan as written in YAML. */
export interface PlanInput {
  $schema?: string;
  schemaVersion?: 1;
  kind?: 'ke-hoach' | 'cong-van';
  issuer: IssuerInput;
  number?: number;
  symbol?: string;
  date?: string;
  draft?: boolean;
  title: string;
  period: PeriodInput;
  scope?: string;
  addressees?: string[];
  agencies: Record<string, AgencyInput>;
  opening?: OpeningInput;
  goals?: GoalsInput;
  tasks: TasksInput;
  implementation?: ImplementationInput;
  signature?: SignatureInput;
  recipients?: RecipientsInput;
  appendices?: AppendixInput[];
  parent?: ParentLinkInput;
}
