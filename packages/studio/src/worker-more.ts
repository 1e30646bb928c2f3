/**
 * The worker's requests beyond showing a plan — downloads (every registered output), new plans, clones —
 * and loading a schema version 1 file: the whole `kehoach` library, imported by the worker on the first
 * such request, so that opening a plan loads only what a preview needs.
 */
import { deriveChecklist, findOutput, loadPlan, missingNewPlanOptions, newPlan, type OutputResult, type Plan } from 'kehoach';
// A portal's own outputs, registered before anything asks for the list (see vite.config.mjs).
import './studio-extra-outputs.js';
import { planBaseName } from './file-name.js';
import type { ExportFormat, ExportReply, NewPlanForm, NewPlanReply } from './protocol.js';

export { loadPlan };
/** The unit's plan cloned from the plan loaded. */
export { cloneFor as cloned } from './adapters/clone.js';

/** The plan, or its checklist, rendered by the output the page asked for. */
async function renderFor(format: ExportFormat, plan: Plan): Promise<OutputResult> {
  if (format.input === 'plan') return findOutput('plan', format.id)!.render(plan, {});
  const c = deriveChecklist(plan);
  if (c.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: c.diagnostics };
  const r = await findOutput('checklist', format.id)!.render({ checklist: c.checklist, plan }, {});
  return { ...r, diagnostics: [...c.diagnostics, ...r.diagnostics] };
}

const encoder = new TextEncoder();

/** A download: plan files named from the plan (`KH-15-UBND-2025-07-24.docx`), checklists with `-danh-muc-nhiem-vu`. */
export async function exported(seq: number, plan: Plan, format: ExportFormat): Promise<ExportReply> {
  const out = findOutput(format.input, format.id);
  if (!out) return { type: 'exported', seq, format, diagnostics: [] };
  const r = await renderFor(format, plan);
  if (r.output === undefined) return { type: 'exported', seq, format, diagnostics: r.diagnostics };
  const bytes = typeof r.output === 'string' ? encoder.encode(r.output) : r.output;
  const fileName = `${planBaseName(plan)}${format.input === 'checklist' ? '-danh-muc-nhiem-vu' : ''}.${out.extension}`;
  return { type: 'exported', seq, format, bytes, fileName, mediaType: out.mediaType, diagnostics: r.diagnostics };
}

/** A blank plan for the unit the form describes, or the fields still missing. */
export function created(seq: number, options: NewPlanForm): NewPlanReply {
  const missing = missingNewPlanOptions(options);
  return { type: 'created', seq, missing, ...(missing.length ? {} : { yaml: newPlan(options).yaml }) };
}
