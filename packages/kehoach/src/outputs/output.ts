import type { Checklist } from '@kehoach/checklist';
import type { Diagnostic, Plan } from '@kehoach/core';
import type { StatusReport } from '@kehoach/progress';
import type { DocxRenderOptions } from '../api.js';

/** What an output is made from: a plan, a plan's checklist, or its duties' status as of a date. */
export type OutputInput = 'plan' | 'checklist' | 'status';

/** The input of a checklist output: the checklist, the plan it was derived from, the agency it is for. */
export interface ChecklistInput {
  checklist: Checklist;
  plan: Plan;
  /** The agency the checklist was derived for (`deriveChecklist`'s `agency`), if any. */
  agency?: string;
  /**
   * The duties' status as of a date (`planStatus`): the XLSX checklist then gains the status, result
   * and evidence columns the agencies fill (with drop-downs); without it, it is unchanged.
   */
  status?: StatusReport;
}

/** The input of a status output: the report, the checklist and the plan it comes from. */
export interface StatusInput {
  status: StatusReport;
  checklist: Checklist;
  plan: Plan;
}

/** The value of each kind of input. */
export interface OutputInputs {
  plan: Plan;
  checklist: ChecklistInput;
  status: StatusInput;
}

/** Options of the outputs; each output reads those it knows and ignores the others. */
export interface OutputOptions extends DocxRenderOptions {
  /** ICS: a reminder this many days before each deadline. */
  remind?: number;
  /** PDF: PDF/A-2b, for archives. */
  pdfa?: boolean;
  /** The công văn đôn đốc: the day the agencies report by (ISO; default seven days after the status date). */
  reportBy?: string;
  /** The Báo cáo kết quả: the period reported, in words (`6 tháng đầu năm 2026`; default `tính đến ngày <as-of>`). */
  period?: string;
  /** The output's file name without its extension (edXML names its DOCX attachment after it). */
  name?: string;
}

/** An output rendered: text or bytes, or none (then the diagnostics say why). */
export interface OutputResult {
  output?: string | Uint8Array;
  diagnostics: Diagnostic[];
}

/**
 * An output that is made in batches from another output's bytes (PDF from DOCX: one LibreOffice
 * process converts a whole batch). Programs that render many inputs make `from` for each, then
 * call `many` once; `render` alone does both for one input.
 */
export interface OutputConversion {
  /** The id of the output (same input) it is made from. */
  from: string;
  /** Converts a batch, results in the order given; `onConverted` is told after each. */
  many(outputs: readonly Uint8Array[], options: OutputOptions & { onConverted?(index: number): void }): Promise<OutputResult[]>;
}

/**
 * One output format: what it is made from, its file extension and media type, its Vietnamese
 * labels, and how to render it. The CLI's `--format` choices and help, the HTTP service's routes
 * and the studio's download buttons are read from the registered outputs (`outputs()`).
 */
export interface Output<I extends OutputInput = OutputInput> {
  /** The `--format` value: unique among the outputs of the same input (`docx`, `csv`). */
  id: string;
  input: I;
  /** The file extension, without the dot: what files of this output are named (`kh.docx`). */
  extension: string;
  /**
   * Other extensions a file of this output may have (edXML: `xml`): `-o kh.xml` picks this output as
   * `-o kh.edxml` does (`outputForFile`). Files are still named with `extension`.
   */
  otherExtensions?: readonly string[];
  /** The media type (with its charset for text). */
  mediaType: string;
  /** In Vietnamese, for help texts and the title of a button: `văn bản Word đúng thể thức Nghị định 30`. */
  label: string;
  /** In Vietnamese, the text of a button: `DOCX`, `Danh mục CSV`. */
  shortLabel: string;
  /** Bytes (true) or text (false). */
  binary: boolean;
  /**
   * Plan outputs: a rendition of the document (`document`, the default: `kehoach render`, `/render`)
   * or a message for another system (`exchange`: edXML, `kehoach export`, `/export`).
   */
  purpose?: 'document' | 'exchange';
  /** Renders one input (asynchronous only where it must wait, as PDF waits for LibreOffice). */
  render(input: OutputInputs[I], options: OutputOptions): OutputResult | Promise<OutputResult>;
  /** Made from another output in batches (PDF from DOCX). */
  conversion?: OutputConversion;
}

/** Any registered output, of either input. */
export type AnyOutput = Output<'plan'> | Output<'checklist'> | Output<'status'>;

/**
 * Types an output entry (the identity function): `defineOutput({ id: 'csv', input: 'checklist', … })`.
 *
 * @example
 * export default defineOutput({ id: 'md', input: 'plan', extension: 'md', mediaType: 'text/markdown; charset=utf-8', label: 'Markdown', shortLabel: 'Markdown', binary: false, render: (plan) => ({ output: renderMarkdown(plan), diagnostics: [] }) });
 */
export function defineOutput<I extends OutputInput>(output: Output<I>): Output<I> {
  return output;
}
