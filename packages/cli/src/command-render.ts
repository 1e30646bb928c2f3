import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatBytes, formatDiagnostics, makeDiagnostic, normalise, relayout, type Plan, type TaskLayout } from '@kehoach/core';
import { renderDocx, TEMPLATE_LIMITS } from '@kehoach/render-docx';
import { renderMarkdown, renderText } from '@kehoach/render-text';
import { convertToPdf, readInput } from '@kehoach/node';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';

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
}

/**
 * `kehoach render <plan.yaml>… [--format docx|pdf|md|txt] [-o out | --out-dir dir] [--draft]
 * [--template t.docx] [--layout by-agency|by-theme]`.
 * A plan with errors is reported and skipped (nothing is written); exit 1 if any plan failed.
 */
export async function renderCommand(files: string[], options: RenderOptions, io: Io): Promise<number> {
  let template: Uint8Array | undefined;
  if (options.template) {
    // Read within the template limit: a device or a huge file is refused, never read whole.
    const read = await readInput(options.template, TEMPLATE_LIMITS.maxBytes);
    if (!read.bytes) {
      const d = read.diagnostic!;
      io.err(formatDiagnostics([d.code === 'INPUT_TOO_LARGE' || d.code === 'INPUT_NOT_MAPPING'
        ? makeDiagnostic('TEMPLATE_INVALID', { file: options.template, path: '', line: 1, column: 1 }, d.code === 'INPUT_TOO_LARGE'
          ? { detail: `tệp mẫu quá lớn (giới hạn ${formatBytes(TEMPLATE_LIMITS.maxBytes)})`, detailEn: `the template is larger than ${TEMPLATE_LIMITS.maxBytes} bytes` }
          : { detail: 'đường dẫn là một thư mục', detailEn: 'the path is a folder' })
        : d]) + '\n');
      return 1;
    }
    template = read.bytes;
  }
  let code = 0;
  if (options.outDir) await mkdir(options.outDir, { recursive: true });
  for (const file of files) {
    const target = options.outDir
      ? join(options.outDir, basename(file).replace(/\.(ya?ml|json)$/i, '') + '.' + options.format)
      : options.output;
    const inputs = [...files, ...(options.template ? [options.template] : [])];
    code = Math.max(code, await renderOne(file, { ...options, ...(target !== undefined ? { output: target } : {}) }, template, io, inputs));
  }
  return code;
}

async function produce(plan: Plan, options: RenderOptions, template: Uint8Array | undefined, io: Io): Promise<string | Uint8Array | undefined> {
  const draft = { draft: options.draft };
  if (options.format === 'md') return renderMarkdown(plan, draft);
  if (options.format === 'txt') return renderText(plan, draft);
  const docx = renderDocx(plan, { ...draft, ...(template ? { template } : {}), appendix: options.appendix === true, file: options.template ?? 'template.docx' });
  if (docx.diagnostics.length) io.err(formatDiagnostics(docx.diagnostics) + '\n');
  if (!docx.bytes) return undefined;
  if (options.format === 'docx') return docx.bytes;
  const pdf = await convertToPdf(docx.bytes);
  if (pdf.error) {
    const place = { file: 'soffice', path: '', line: 1, column: 1 };
    io.err(formatDiagnostics([makeDiagnostic('PDF_UNAVAILABLE', place, { detail: pdf.error.vi, detailEn: pdf.error.en })]) + '\n');
    return undefined;
  }
  return pdf.bytes;
}

async function renderOne(file: string, options: RenderOptions, template: Uint8Array | undefined, io: Io, inputs: readonly string[]): Promise<number> {
  const loaded = await loadFile(file, io);
  if (!loaded.plan) return 1;
  const plan = options.layout ? normalise(relayout(loaded.plan, options.layout), loaded.plan.source) : loaded.plan;
  const data = await produce(plan, options, template, io);
  if (data === undefined) return 1;
  await emit(data, options.output ?? file.replace(/\.(ya?ml|json)$/i, '') + '.' + options.format, io, inputs);
  return 0;
}
