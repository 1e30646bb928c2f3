import './native-deflate.js';
import { formatDiagnostics, hasErrors, loadPlan, renderOutput, type TaskLayout } from 'kehoach';
import { readInput } from 'kehoach/node';
import { STDIN_NAME } from './load-file.js';

/** What to make of one plan file: a plan output of `kehoach` (PDF is made from the DOCX afterwards). */
export interface RenderJob {
  file: string;
  /** The id of a plan output (`docx`, `md` …). */
  format: string;
  draft: boolean;
  layout?: TaskLayout;
  appendix: boolean;
  template?: Uint8Array;
  templateFile?: string;
}

/** The rendered document, or none; and the diagnostics to print, already formatted. */
export interface RenderOutcome {
  output?: string | Uint8Array;
  messages: string;
}

/**
 * Reads, loads and renders one plan file with the public `kehoach` API (`loadPlan`, `renderOutput`).
 * Runs in the main thread or in a worker thread of a batch, with the same result.
 */
export async function renderPlanFile(job: RenderJob): Promise<RenderOutcome> {
  const read = await readInput(job.file);
  if (read.diagnostic) return { messages: formatDiagnostics([read.diagnostic]) + '\n' };
  const loaded = loadPlan(read.bytes!, { file: job.file === '-' ? STDIN_NAME : job.file });
  let messages = loaded.diagnostics.length ? formatDiagnostics(loaded.diagnostics) + '\n' : '';
  if (!loaded.plan || hasErrors(loaded.diagnostics)) return { messages };
  const r = await renderOutput('plan', job.format, loaded.plan, {
    draft: job.draft,
    ...(job.layout ? { layout: job.layout } : {}),
    ...(job.template ? { template: job.template, templateFile: job.templateFile ?? 'template.docx' } : {}),
    ...(job.appendix ? { appendix: true } : {}),
  });
  if (r.diagnostics.length) messages += formatDiagnostics(r.diagnostics) + '\n';
  return r.output === undefined ? { messages } : { output: r.output, messages };
}
