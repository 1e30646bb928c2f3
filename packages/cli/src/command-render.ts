import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatBytes, formatDiagnostics } from '@kehoach/core';
import { RENDER_DOCX_CODES } from 'kehoach';
import { NODE_CODES } from '@kehoach/node';
import { TEMPLATE_LIMITS } from '@kehoach/render-docx';
import { convertManyToPdf, readInput } from '@kehoach/node';
import type { TaskLayout } from 'kehoach';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { renderPlanFile, type RenderJob, type RenderOutcome } from './render-plan-file.js';
import { runInWorkers, workerCount } from './worker-pool.js';

/** Output formats of `kehoach render`. */
export type RenderFormat = 'docx' | 'pdf' | 'md' | 'txt';

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
}

/** The template, read within its limit, or the diagnostic line that says why not. */
async function readTemplate(file: string): Promise<{ bytes?: Uint8Array; message?: string }> {
  // Read within the template limit: a device or a huge file is refused, never read whole.
  const read = await readInput(file, TEMPLATE_LIMITS.maxBytes);
  if (read.bytes) return { bytes: read.bytes };
  const d = read.diagnostic!;
  return {
    message: formatDiagnostics([d.code === 'INPUT_TOO_LARGE' || d.code === 'INPUT_NOT_MAPPING'
      ? RENDER_DOCX_CODES.create('TEMPLATE_INVALID', { file, path: '', line: 1, column: 1 }, d.code === 'INPUT_TOO_LARGE'
        ? { detail: `tệp mẫu quá lớn (giới hạn ${formatBytes(TEMPLATE_LIMITS.maxBytes)})`, detailEn: `the template is larger than ${TEMPLATE_LIMITS.maxBytes} bytes` }
        : { detail: 'đường dẫn là một thư mục', detailEn: 'the path is a folder' })
      : d]) + '\n',
  };
}

/** Where one plan's document goes. Standard input goes to standard output unless told otherwise. */
function targetOf(file: string, o: RenderOptions): string {
  if (o.outDir) return join(o.outDir, (file === '-' ? 'ke-hoach' : basename(file).replace(/\.(ya?ml|json)$/i, '')) + '.' + o.format);
  if (o.output !== undefined) return o.output;
  return file === '-' ? '-' : file.replace(/\.(ya?ml|json)$/i, '') + '.' + o.format;
}

/**
 * `kehoach render <plan.yaml>… [--format docx|pdf|md|txt] [-o out | --out-dir dir] [--draft]
 * [--template t.docx] [--layout by-agency|by-theme] [--pdfa]`.
 * Many plans are rendered on worker threads (one per core); PDFs of a batch are made by one
 * LibreOffice process. A plan with errors is reported and skipped (nothing is written); exit 1 if
 * any plan failed.
 */
export async function renderCommand(files: string[], options: RenderOptions, io: Io): Promise<number> {
  let template: Uint8Array | undefined;
  if (options.template) {
    const t = await readTemplate(options.template);
    if (!t.bytes) {
      io.err(t.message!);
      return 1;
    }
    template = t.bytes;
  }
  if (options.outDir) await mkdir(options.outDir, { recursive: true });
  const inputs = [...files, ...(options.template ? [options.template] : [])];
  const jobs: RenderJob[] = files.map((file) => ({
    file,
    format: options.format === 'pdf' ? 'docx' : options.format,
    draft: options.draft,
    appendix: options.appendix === true,
    ...(options.layout ? { layout: options.layout } : {}),
    ...(template ? { template, templateFile: options.template! } : {}),
  }));
  let failed = 0;
  let done = 0;
  const pdfQueue: Array<{ file: string; docx: Uint8Array }> = [];
  const take = async (i: number, r: RenderOutcome) => {
    const file = files[i]!;
    if (r.messages) io.err(r.messages);
    io.progress?.(++done, files.length, file);
    if (r.output === undefined) failed++;
    else if (options.format === 'pdf') pdfQueue.push({ file, docx: r.output as Uint8Array });
    else await emit(r.output, targetOf(file, options), io, inputs);
  };
  // Standard input cannot be read by a worker thread; it is never part of a batch.
  const threads = files.includes('-') ? 0 : workerCount(files.length);
  if (threads) await runInWorkers<RenderJob, RenderOutcome>(jobs, threads, take);
  else for (const [i, job] of jobs.entries()) await take(i, await renderPlanFile(job));
  if (pdfQueue.length) {
    let converted = 0;
    const pdfs = await convertManyToPdf(pdfQueue.map((q) => q.docx), {
      pdfa: options.pdfa === true,
      onConverted: (k) => io.progress?.(++converted, pdfQueue.length, `PDF ${pdfQueue[k]?.file ?? ''}`),
    });
    for (const [k, pdf] of pdfs.entries()) {
      if (pdf.error) {
        const place = { file: 'soffice', path: '', line: 1, column: 1 };
        io.err(formatDiagnostics([NODE_CODES.create('PDF_UNAVAILABLE', place, { detail: pdf.error.vi, detailEn: pdf.error.en })]) + '\n');
        failed++;
        // LibreOffice missing: one line is enough for the whole batch.
        if (pdfs.every((p) => p.error?.en === pdf.error!.en)) {
          failed = files.length;
          break;
        }
        continue;
      }
      await emit(pdf.pdf!, targetOf(pdfQueue[k]!.file, options), io, inputs);
    }
  }
  return failed ? 1 : 0;
}
