import { loadPlan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { importDiagnostic, type ImportDiagnostic } from './diagnostic.js';
import { readReceived, type ReadOptions } from './read-received.js';
import { recognisePlan, type RecognisedCounts } from './plan/recognise-plan.js';
import { attachedPlan, type Promulgation } from './plan/promulgated.js';
import { placeInWords } from './plan/unsure.js';
import { originalLocator, type OriginalPlace } from './locate.js';
import { planToYaml } from './plan/write-yaml.js';

/** One spot to check, with its place in the original. */
export interface UnsureSpot {
  message: string;
  /** JSON pointer into the plan. */
  path: string;
  page?: number;
  line?: number;
  paragraph?: number;
  /** The place in words: `trang 2, dòng 14`, `đoạn 37`. */
  place: string;
}

/** What an import recognised and where to look. */
export interface ImportReport {
  format?: string;
  pages?: number;
  counts?: RecognisedCounts;
  unsure: UnsureSpot[];
}

/** The result of `importPlan`: plan data, its YAML, diagnostics (import and loading) and a report. */
export interface ImportResult {
  input?: PlanInput;
  yaml?: string;
  diagnostics: ImportDiagnostic[];
  report: ImportReport;
  /**
   * Where a place of the plan (a JSON pointer, e.g. a checker finding's `path`) stands in the
   * original: DOCX paragraph, PDF page and line, text line; `undefined` when not found.
   */
  locate?: (pointer: string) => OriginalPlace | undefined;
}

const pointer = (path: (string | number)[]) => path.map((p) => `/${String(p)}`).join('');

/**
 * Imports a received plan (DOCX, PDF, text, Markdown) as v2 plan data and readable YAML, with a
 * report of what was recognised and each unsure spot. Bytes in, runs in browsers. A file that
 * cannot be read gives one error diagnostic and no plan; the YAML produced is checked with
 * `loadPlan` and any error it finds is returned as `IMPORT_OUTPUT_INVALID`.
 *
 * @example
 * const { yaml, report } = await importPlan(bytes, { fileName: 'ke-hoach.pdf' });
 */
export async function importPlan(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportResult> {
  const file = options.fileName ?? '';
  const read = await readReceived(bytes, options);
  if (!read.document) return { diagnostics: read.diagnostics, report: { unsure: [] } };
  // A Quyết định with its plan attached (or the attached plan alone) imports as the plan, its decision as data.
  const attached = attachedPlan(read.document);
  const doc = attached?.doc ?? read.document;
  const recognised = recognisePlan(doc);
  if (attached) withPromulgation(recognised.input, attached.promulgation);
  const unsure: UnsureSpot[] = recognised.unsure.map((u) => ({
    message: u.message,
    path: pointer(u.path),
    ...u.source,
    place: placeInWords(u.source),
  }));
  const diagnostics = [...read.diagnostics];
  for (const u of recognised.unsure) {
    diagnostics.push(importDiagnostic('IMPORT_UNSURE', file, { detail: u.message }, { ...u.source, path: pointer(u.path) }));
  }
  const header = [`Nhập từ ${file || 'tệp'} bằng kehoach import: kiểm tra các chỗ “kiểm tra:”.`];
  const yaml = planToYaml(recognised.input, recognised.unsure, header);
  const loaded = loadPlan(yaml, { file: file.replace(/\.[^.]+$/, '') + '.yaml' });
  for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) {
    diagnostics.push(importDiagnostic('IMPORT_OUTPUT_INVALID', file, { detail: `${d.path}: ${d.message}`, detailEn: `${d.path}: ${d.messageEn}` }));
  }
  return {
    input: recognised.input,
    yaml,
    diagnostics,
    report: { format: doc.format, ...(doc.pages !== undefined ? { pages: doc.pages } : {}), counts: recognised.counts, unsure },
    locate: originalLocator(doc, recognised.input),
  };
}

/**
 * The promulgating document as the plan's `dossier` entry (`dossier.decision: { number, date }`); the
 * plan then prints, as received, “(Ban hành kèm theo Quyết định số …)” and has no number of its own.
 */
function withPromulgation(input: PlanInput, p: Promulgation): void {
  const entry = { ...(p.number !== undefined ? { number: p.number } : {}), ...(p.date ? { date: p.date } : {}) };
  (input as { dossier?: Record<string, unknown> }).dossier = { [p.key]: entry };
  delete input.number;
  delete input.date;
}
