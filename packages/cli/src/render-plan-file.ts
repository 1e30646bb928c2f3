import './native-deflate.js';
import { composeDossier, formatDiagnostics, hasErrors, loadPlan, renderOutput, type Plan, type TaskLayout } from 'kehoach';
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
  /** A document of the plan's dossier instead of the plan (`to-trinh`, `quyet-dinh`, `cong-van`: `--as`). */
  as?: string;
}

/** The document of the plan's dossier of kind `as` (the plan itself for its own kind), or why there is none. */
function dossierDocument(plan: Plan, as: string, file: string): { plan?: Plan; messages: string } {
  const doc = composeDossier(plan).documents.find((d) => d.kind === as);
  if (!doc) return { messages: `kehoach: ${file}: khối “dossier” của kế hoạch không có văn bản loại “${as}” (submission: to-trinh, decision: quyet-dinh, dispatch: cong-van). — The plan's dossier has no document of this kind.\n` };
  const messages = doc.diagnostics.length ? formatDiagnostics(doc.diagnostics) + '\n' : '';
  return hasErrors(doc.diagnostics) || !doc.plan ? { messages } : { plan: doc.plan, messages };
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
  let plan = loaded.plan;
  if (job.as !== undefined) {
    const picked = dossierDocument(plan, job.as, job.file);
    messages += picked.messages;
    if (!picked.plan) return { messages };
    plan = picked.plan;
  }
  const r = await renderOutput('plan', job.format, plan, {
    draft: job.draft,
    ...(job.layout ? { layout: job.layout } : {}),
    ...(job.template ? { template: job.template, templateFile: job.templateFile ?? 'template.docx' } : {}),
    ...(job.appendix ? { appendix: true } : {}),
  });
  if (r.diagnostics.length) messages += formatDiagnostics(r.diagnostics) + '\n';
  return r.output === undefined ? { messages } : { output: r.output, messages };
}
