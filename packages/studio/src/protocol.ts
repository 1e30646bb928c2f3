/** Messages between the page and the worker that runs the kehoach library (`worker.ts`). */
import type { CheckDiagnostic, Diagnostic, OutputInput } from 'kehoach';

/** One entry of the outline beside the editor. */
export interface OutlineEntry {
  kind: 'section' | 'task' | 'agency';
  /** Printed marker (`II.`, `1.`, `a)`) or the agency id. */
  label: string;
  text: string;
  depth: number;
  /** 1-based line and column in the YAML. */
  line: number;
  column: number;
  /** A section's or task's JSON pointer in the plan (`/body/1`), for the forms to open it. */
  path?: string;
}

/** A printed block for the page preview; text already turned into safe HTML by the worker. */
export type PreviewBlock =
  | { kind: 'p'; role: string; depth: number; html: string; line?: number; path?: string }
  | {
      kind: 'table';
      /** The table without its caption. */
      html: string;
      /** The caption (a bold line kept with the table), as HTML. */
      caption?: string;
      /** A list printed as a table (the task appendix): compact rows that may break across pages. */
      list: boolean;
      line?: number;
      path?: string;
      landscape: boolean;
    };

/** The printed document for the preview, as HTML pieces. */
export interface PreviewDoc {
  header: { parent: string[]; issuer: string[]; nation: string; motto: string; numberLine: string; dateLine: string; subject: string[] };
  titleLines: string[];
  addressees: string[];
  body: PreviewBlock[];
  signatures: Array<{ lines: string[]; name: string }>;
  recipients?: { heading: string; lines: string[] };
  appendices: Array<{ heading: string; title: string; attached: string; landscape: boolean; body: PreviewBlock[] }>;
  /**
   * The blocks (`blockKey`: `b3`, `b3c` a caption, `gap`, `sig`, `a0b1`) that LibreOffice's first
   * spread of the DOCX puts at the top of a page, with that page's number in its section
   * (`lo-first-spread.ts`); empty when it cannot be told.
   */
  spreadStarts: Record<string, number>;
}

/** What loading the text found. */
export interface LoadReply {
  type: 'loaded';
  seq: number;
  diagnostics: Diagnostic[];
  ok: boolean;
  tasks: number;
  agencies: Array<{ id: string; name: string }>;
  outline: OutlineEntry[];
  preview?: PreviewDoc;
  /** File name without extension, from the number, symbol and date (`KH-15-UBND-2025-07-24`). */
  baseName: string;
  /** Milliseconds the worker spent. */
  ms: number;
}

/** An output the studio downloads: a registered output of `kehoach` (`outputs()`), as its button shows it. */
export interface ExportChoice {
  input: OutputInput;
  id: string;
  /** The button's text (`DOCX`, `Danh mục CSV`). */
  shortLabel: string;
  /** The button's title: what the file is. */
  label: string;
  extension: string;
  mediaType: string;
}

/** Which output to make: its input and id. */
export interface ExportFormat {
  input: OutputInput;
  id: string;
}

/** A file produced in the worker. */
export interface ExportReply {
  type: 'exported';
  seq: number;
  format: ExportFormat;
  bytes?: Uint8Array;
  fileName?: string;
  mediaType?: string;
  diagnostics: Diagnostic[];
}

/**
 * A finding of the content checker (`@kehoach/check`), or a loader diagnostic it kept, for the page;
 * `title` is its rule's Vietnamese name (`meta.docs.title.vi`), sent with it by the worker.
 */
export type Finding = Diagnostic & Partial<Pick<CheckDiagnostic, 'rule' | 'endLine' | 'endColumn' | 'fix'>> & { title?: string };

/** What the checker found in one text (loader diagnostics first, then the rules'). */
export interface CheckReply {
  type: 'checked';
  seq: number;
  text: string;
  findings: Finding[];
  ms: number;
}

/** The text after the quick fixes of some findings, with how many were applied. */
export interface FixReply {
  type: 'fixed';
  seq: number;
  text: string;
  fixed: number;
  unfixed: number;
}

/** One spot the importer was unsure of (a `# kiểm tra:` comment in the YAML). */
export interface UnsureEntry {
  message: string;
  /** Its place in the original document, in words (`trang 2, dòng 14`). */
  place: string;
}

/** What importing a received document gave. */
export interface ImportReply {
  type: 'imported';
  seq: number;
  yaml?: string;
  /** The importer's diagnostics, Vietnamese messages. */
  diagnostics: Array<{ code: string; severity: string; message: string }>;
  report: { format?: string; pages?: number; tasks?: number; unsure: UnsureEntry[] };
}

/** A unit profile as the clone form gives it (`schemas/unit.schema.json`). */
export interface UnitForm {
  name: string;
  level: 'huyen' | 'xa' | 'thon';
  kind: 'xa' | 'phuong' | 'dac-khu';
  place: string;
  scope: string;
  abbreviation: string;
  headerLines: string[];
  /** The signature block of the unit's plans; authority lines as `{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }`. */
  signer: { authority: Array<{ type: 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ'; of?: string }>; titles: string[]; name: string };
}

/** The lower unit's plan and how well it covers the parent's tasks that fall to it. */
export interface CloneReply {
  type: 'cloned';
  seq: number;
  yaml?: string;
  diagnostics: Diagnostic[];
  coverage?: { covered: number; notCovered: Array<{ ref: string; text: string }>; unclassified: number; ratio: number };
}

/** What the “Kế hoạch mới” form asks for (kehoach's `NewPlanOptions`). */
export interface NewPlanForm {
  unit: 'xa' | 'phuong' | 'tinh' | 'so' | 'truong';
  name: string;
  province?: string;
  parent?: string;
  year?: number;
}

/** A blank plan's YAML, or the fields it still needs. */
export interface NewPlanReply {
  type: 'created';
  seq: number;
  yaml?: string;
  missing: Array<'name' | 'province' | 'parent'>;
}

/** Page → worker. */
export type Request =
  | { type: 'load'; seq: number; text: string }
  | { type: 'check'; seq: number; text: string }
  | { type: 'fix'; seq: number; text: string; findings: Finding[] }
  | { type: 'import'; seq: number; bytes: Uint8Array; fileName: string }
  | { type: 'clone'; seq: number; text: string; unit: UnitForm }
  | { type: 'export'; seq: number; text: string; format: ExportFormat }
  | { type: 'new'; seq: number; options: NewPlanForm };

/** Worker → page. */
export type Reply = LoadReply | ExportReply | CheckReply | FixReply | ImportReply | CloneReply | NewPlanReply;
