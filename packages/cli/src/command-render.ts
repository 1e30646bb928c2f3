import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatDiagnostics, output, type Output, type TaskLayout } from 'kehoach';
import { readTemplate } from 'kehoach/node';
import { emit } from './emit-output.js';
import { outputClash } from './output-clash.js';
import type { Io } from './io.js';
import { renderPlanFile, type RenderJob, type RenderOutcome } from './render-plan-file.js';
import { runInWorkers, workerCount } from './worker-pool.js';

/** Output formats of `kehoach render`: the ids of plan outputs (`docx`, `pdf`, `md`, `txt` …). */
export type RenderFormat = string;

/** Options of `kehoach render`. */
export interface RenderOptions {
  format: RenderFormat;
  /** Output file; `-` for standard output; default: the plan's name with the format's extension. */
  output?: string;
  /** Folder for the outputs (one per plan), instead of beside each plan. */
  outDir?: string;
  draft: boolean;
  /** The user's own DOCX template. */
  template?: string;
  /** Present the tasks by agency or by theme, whatever the plan's own layout. */
  layout?: TaskLayout;
  /** Attach the task appendix (DOCX and PDF). */
  appendix?: boolean;
  /** PDF/A-2b (with format pdf). */
  pdfa?: boolean;
  /** A document of the plan's dossier instead of the plan (`quyet-dinh` …). */
  as?: string;
}

/** Where one plan's document goes. Standard input goes to standard output unless told otherwise. */
function targetOf(file: string, o: RenderOptions, extension: string): string {
  // A document of the dossier (`--as quyet-dinh`) is named for its kind beside the plan's: ke-hoach.quyet-dinh.docx.
  const ext = (o.as !== undefined ? `${o.as}.` : '') + extension;
  if (o.outDir) return join(o.outDir, (file === '-' ? 'ke-hoach' : basename(file).replace(/\.(ya?ml|json)$/i, '')) + '.' + ext);
  if (o.output !== undefined) return o.output;
  return file === '-' ? '-' : file.replace(/\.(ya?ml|json)$/i, '') + '.' + ext;
}

/**
 * Converts a batch made in the first step (PDF from the DOCX: one LibreOffice process for all) and
 * writes each result; returns how many failed. A failure every document shares (LibreOffice
 * missing) is printed once and fails the whole batch.
 */
async function convertBatch(out: Output<'plan'>, queue: Array<{ file: string; made: Uint8Array }>, total: number, options: RenderOptions, io: Io, inputs: string[]): Promise<number> {
  let converted = 0;
  const results = await out.conversion!.many(queue.map((q) => q.made), {
    pdfa: options.pdfa === true,
    onConverted: (k) => io.progress?.(++converted, queue.length, `${out.shortLabel} ${queue[k]?.file ?? ''}`),
  });
  const texts = results.map((r) => formatDiagnostics(r.diagnostics));
  let failed = 0;
  for (const [k, r] of results.entries()) {
    if (r.diagnostics.length) io.err(texts[k] + '\n');
    if (r.output === undefined) {
      failed++;
      if (texts.every((t, i) => t === texts[k] && results[i]!.output === undefined)) return total;
      continue;
    }
    await emit(r.output, targetOf(queue[k]!.file, options, out.extension), io, inputs);
  }
  return failed;
}

/**
 * `kehoach render <plan.yaml>… [--format docx|pdf|md|txt …] [-o out | --out-dir dir] [--draft]
 * [--template t.docx] [--layout by-agency|by-theme] [--pdfa]`: any plan output of `kehoach` whose
 * purpose is the document (see `outputs('plan')`).
 * Many plans are rendered on worker threads (one per core); an output made from another in batches
 * (PDF from DOCX) is converted at the end by one process (one LibreOffice). A plan with errors is
 * reported and skipped (nothing is written); exit 1 if any plan failed.
 */
export async function renderCommand(files: string[], options: RenderOptions, io: Io): Promise<number> {
  const out = output('plan', options.format);
  let template: Uint8Array | undefined;
  if (options.template) {
    // Read within the template limit: a device or a huge file is refused, never read whole.
    const t = await readTemplate(options.template);
    if (!t.bytes) {
      io.err(formatDiagnostics([t.diagnostic!]) + '\n');
      return 1;
    }
    template = t.bytes;
  }
  // Two plans that would write one file (`a/x.yaml`, `b/x.yaml` into one --out-dir; `x.yaml`, `x.yml`
  // beside each other) are refused before anything is written: one unit's document never replaces another's.
  const clash = outputClash(files.map((file) => ({ input: file, targets: [targetOf(file, options, out.extension)] })));
  if (clash) {
    io.err(clash);
    return 1;
  }
  if (options.outDir) await mkdir(options.outDir, { recursive: true });
  const inputs = [...files, ...(options.template ? [options.template] : [])];
  const jobs: RenderJob[] = files.map((file) => ({
    file,
    format: out.conversion?.from ?? out.id,
    draft: options.draft,
    appendix: options.appendix === true,
    ...(options.layout ? { layout: options.layout } : {}),
    ...(template ? { template, templateFile: options.template! } : {}),
    ...(options.as !== undefined ? { as: options.as } : {}),
  }));
  let failed = 0;
  let done = 0;
  const queue: Array<{ file: string; made: Uint8Array }> = [];
  const take = async (i: number, r: RenderOutcome) => {
    const file = files[i]!;
    if (r.messages) io.err(r.messages);
    io.progress?.(++done, files.length, file);
    if (r.output === undefined) failed++;
    else if (out.conversion) queue.push({ file, made: r.output as Uint8Array });
    else await emit(r.output, targetOf(file, options, out.extension), io, inputs);
  };
  // Standard input cannot be read by a worker thread; it is never part of a batch.
  const threads = files.includes('-') ? 0 : workerCount(files.length);
  if (threads) await runInWorkers<RenderJob, RenderOutcome>(jobs, threads, take);
  else for (const [i, job] of jobs.entries()) await take(i, await renderPlanFile(job));
  if (queue.length) failed = Math.min(files.length, failed + (await convertBatch(out, queue, files.length, options, io, inputs)));
  return failed ? 1 : 0;
}
