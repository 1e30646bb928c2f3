import { formatDiagnostics, importPlan, IMPORT_LIMITS, type Diagnostic } from 'kehoach';
import { NODE_CODES, readInput } from 'kehoach/node';
import { emit } from './emit-output.js';
import { importJob, type ImportJob, type ImportOutcome } from './import-job.js';
import { runLimited } from './run-limited.js';
import type { Importer } from './importer.js';
import type { Io } from './io.js';

/** Whether the bytes are a PDF (`%PDF` within the first KB, as readers accept it). */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF');
}

/** The report printed by `--report`: counts, then every unsure spot with its place in the original. */
function reportText(file: string, r: ImportOutcome): string {
  const c = r.report.counts;
  const lines = [`${file}: ${r.report.format ?? ''}${r.report.pages ? `, ${r.report.pages} trang` : ''}`];
  if (c) {
    lines.push(`  mục (sections): ${c.sections} · nhiệm vụ (tasks): ${c.tasks} · có chủ trì (with a lead): ${c.tasksWithLead} · có thời hạn (dated): ${c.datedItems}`);
    lines.push(`  văn bản trích dẫn (references): ${c.references} · nơi nhận (recipients): ${c.recipients} · cơ quan (agencies): ${c.agencies}`);
  }
  lines.push(`  cần kiểm tra (unsure): ${r.report.unsure.length}`);
  for (const u of r.report.unsure) lines.push(`    ${u.place || '—'}  ${u.path}  ${u.message}`);
  return lines.join('\n') + '\n';
}

/**
 * The time budget of one import (seconds; `--time-limit`, 0: none) and the heap of its thread: every
 * limit of `IMPORT_LIMITS` keeps a hostile file well under both; they stop what the limits cannot count
 * beforehand (a PDF compressed with another filter than Flate, read by pdf.js in one go).
 */
export const IMPORT_BUDGET = { seconds: 30, heapMb: 1024 } as const;

/**
 * `kehoach import <file.docx|pdf|txt|md> [-o plan.yaml] [--report] [--time-limit s]`: writes the plan as
 * YAML (to standard output without -o), prints import problems; exit 1 when the file cannot be imported,
 * the plan it gives does not load, or reading it runs past its time or memory budget (the import runs
 * on a worker thread of its own, stopped then: `IMPORT_TIME_LIMIT`, `IMPORT_MEMORY_LIMIT`). Nothing is
 * written on exit 1.
 */
export async function importCommand(file: string, output: string | undefined, report: boolean, io: Io, seconds: number = IMPORT_BUDGET.seconds): Promise<number> {
  const read = await readInput(file, IMPORT_LIMITS.maxBytes);
  if (!read.bytes) {
    io.err(formatDiagnostics(read.diagnostic ? [read.diagnostic] : []) + '\n');
    return 1;
  }
  const job: ImportJob = { kind: 'import', bytes: read.bytes, fileName: file.split(/[\\/]/).pop() ?? file };
  // A PDF is read by pdf.js in one go, which no limit counted beforehand can always bound: it runs on a
  // thread of its own, stopped at the budget. DOCX and text stay in this thread (their limits bound
  // them: paragraphs, elements, table depth, linear joining), without the thread's start-up cost.
  const run = isPdf(read.bytes) ? await runLimited(job, { timeMs: seconds * 1000, heapMb: IMPORT_BUDGET.heapMb }, importJob) : { result: await importJob(job) };
  if ('stopped' in run) {
    const place = { file, path: '', line: 1, column: 1 };
    const d = run.stopped === 'time' ? NODE_CODES.create('IMPORT_TIME_LIMIT', place, { seconds }) : NODE_CODES.create('IMPORT_MEMORY_LIMIT', place, { mb: IMPORT_BUDGET.heapMb });
    io.err(formatDiagnostics([d]) + '\n');
    return 1;
  }
  const r = run.result;
  const shown = r.diagnostics.filter((d) => d.severity !== 'info').map((d) => ({ ...d, file })) as unknown as Diagnostic[];
  if (shown.length) io.err(formatDiagnostics(shown) + '\n');
  // never wrong quietly: YAML that does not load (IMPORT_OUTPUT_INVALID) is not written
  if (!r.yaml || r.diagnostics.some((d) => d.severity === 'error')) return 1;
  await emit(r.yaml, output ?? '-', io);
  if (report) io.err(reportText(file, r));
  return 0;
}

/**
 * The importer `kehoach check received.docx|.pdf` uses: `importPlan`, keeping the problems of the
 * file (errors and warnings such as repaired glyphs) and leaving out the importer's own unsure spots
 * (`IMPORT_UNSURE`: what to review in an imported plan, not defects of the document), with `locate`
 * to place findings in the original.
 */
export const receivedImporter: Importer = Object.assign(
  async (bytes: Uint8Array, { file }: { file: string }) => {
    const r = await importPlan(bytes, { fileName: file.split(/[\\/]/).pop() ?? file });
    const diagnostics = r.diagnostics
      .filter((d) => d.severity !== 'info' && d.code !== 'IMPORT_UNSURE')
      .map((d) => ({ ...d, file })) as unknown as Diagnostic[];
    return { ...(r.yaml !== undefined ? { yaml: r.yaml } : {}), diagnostics, ...(r.locate ? { locate: r.locate } : {}) };
  },
  // `kehoach import` and `kehoach check` read a received file up to the importer's own limit
  { maxBytes: IMPORT_LIMITS.maxBytes },
);
