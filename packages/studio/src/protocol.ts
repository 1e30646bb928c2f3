/** Messages between the page and the worker that runs the kehoach library (`worker.ts`). */
import type { Diagnostic } from 'kehoach';

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
}

/** A printed block for the page preview; text already turned into safe HTML by the worker. */
export type PreviewBlock =
  | { kind: 'p'; role: string; depth: number; html: string; line?: number }
  | { kind: 'table'; html: string; line?: number; landscape: boolean };

/** The printed document for the preview, as HTML pieces. */
export interface PreviewDoc {
  header: { parent: string[]; issuer: string[]; nation: string; motto: string; numberLine: string; dateLine: string; subject: string[] };
  titleLines: string[];
  addressees: string[];
  body: PreviewBlock[];
  signatures: Array<{ lines: string[]; name: string }>;
  recipients?: { heading: string; lines: string[] };
  appendices: Array<{ heading: string; title: string; attached: string; landscape: boolean; body: PreviewBlock[] }>;
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

/** Output formats the studio downloads. */
export type ExportFormat = 'docx' | 'md' | 'csv' | 'ics';

/** A file produced in the worker. */
export interface ExportReply {
  type: 'exported';
  seq: number;
  format: ExportFormat;
  bytes?: Uint8Array;
  fileName?: string;
  diagnostics: Diagnostic[];
}

/** Page → worker. */
export type Request = { type: 'load'; seq: number; text: string } | { type: 'export'; seq: number; text: string; format: ExportFormat };

/** Worker → page. */
export type Reply = LoadReply | ExportReply;
