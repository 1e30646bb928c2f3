/**
 * The studio's worker: every call into the kehoach library (load, print, DOCX, Markdown, checklist)
 * runs here, so that typing in the editor never waits for them. Only the page talks to it.
 */
import { CORE_CODES, deriveChecklist, findOutput, loadPlan, missingNewPlanOptions, newPlan, outputs, printDocument, type OutputResult, type Plan } from 'kehoach';
// A portal's own outputs, registered before anything asks for the list (see vite.config.mjs).
import './studio-extra-outputs.js';
import { planBaseName } from './file-name.js';
import { outlineOf } from './outline-model.js';
import { previewDoc } from './preview-model.js';
import { checkText, fixText } from './adapters/check.js';
import { cloneFor } from './adapters/clone.js';
import type { ExportFormat, ExportReply, LoadReply, OutputsReply, Reply, Request } from './protocol.js';

let cache: { text: string; result: ReturnType<typeof loadPlan> } | undefined;

function load(text: string): ReturnType<typeof loadPlan> {
  if (cache?.text !== text) cache = { text, result: loadPlan(text, { file: 'ke-hoach.yaml' }) };
  return cache.result;
}

function loaded(seq: number, text: string): LoadReply {
  const t0 = performance.now();
  const { plan, diagnostics } = load(text);
  const base: LoadReply = { type: 'loaded', seq, diagnostics, ok: !!plan, tasks: 0, agencies: [], outline: [], baseName: 'ke-hoach', ms: 0 };
  if (plan) {
    base.tasks = plan.tasks.length;
    base.agencies = Object.values(plan.agencies).map((a) => ({ id: a.id, name: a.name }));
    base.outline = outlineOf(plan);
    base.preview = previewDoc(printDocument(plan), plan);
    base.baseName = planBaseName(plan);
  }
  base.ms = Math.round(performance.now() - t0);
  return base;
}

const encoder = new TextEncoder();

/** Every registered output (kehoach's registry, and the portal's own), as the page's buttons show them. */
function outputList(seq: number): OutputsReply {
  const list = outputs().map((o) => ({ input: o.input, id: o.id, shortLabel: o.shortLabel, label: o.label, extension: o.extension, mediaType: o.mediaType }));
  return { type: 'outputs', seq, outputs: list };
}

/** The plan, or its checklist, rendered by the output the page asked for. */
async function renderFor(format: ExportFormat, plan: Plan): Promise<OutputResult> {
  if (format.input === 'plan') return findOutput('plan', format.id)!.render(plan, {});
  const c = deriveChecklist(plan);
  if (c.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: c.diagnostics };
  const r = await findOutput('checklist', format.id)!.render({ checklist: c.checklist, plan }, {});
  return { ...r, diagnostics: [...c.diagnostics, ...r.diagnostics] };
}

/** A download: plan files named from the plan (`KH-15-UBND-2025-07-24.docx`), checklists with `-danh-muc-nhiem-vu`. */
async function exported(seq: number, text: string, format: ExportFormat): Promise<ExportReply> {
  const { plan, diagnostics } = load(text);
  const out = findOutput(format.input, format.id);
  if (!plan || !out) return { type: 'exported', seq, format, diagnostics };
  const r = await renderFor(format, plan);
  if (r.output === undefined) return { type: 'exported', seq, format, diagnostics: r.diagnostics };
  const bytes = typeof r.output === 'string' ? encoder.encode(r.output) : r.output;
  const fileName = `${planBaseName(plan)}${format.input === 'checklist' ? '-danh-muc-nhiem-vu' : ''}.${out.extension}`;
  return { type: 'exported', seq, format, bytes, fileName, mediaType: out.mediaType, diagnostics: r.diagnostics };
}

/** Answers one request; the importer is loaded on the first import only. */
async function answer(m: Request): Promise<Reply> {
  switch (m.type) {
    case 'load':
      return loaded(m.seq, m.text);
    case 'check':
      return checkText(m.seq, m.text);
    case 'fix':
      return fixText(m.seq, m.text, m.findings);
    case 'import':
      return (await import('./adapters/import.js')).importDocument(m.seq, m.bytes, m.fileName);
    case 'clone': {
      const { plan, diagnostics } = load(m.text);
      return plan ? cloneFor(m.seq, plan, m.unit) : { type: 'cloned', seq: m.seq, diagnostics };
    }
    case 'outputs':
      return outputList(m.seq);
    case 'export':
      return exported(m.seq, m.text, m.format);
    case 'new': {
      const missing = missingNewPlanOptions(m.options);
      return { type: 'created', seq: m.seq, missing, ...(missing.length ? {} : { yaml: newPlan(m.options).yaml }) };
    }
  }
}

/** What the page gets when a request fails inside the library (a bug, never a user's mistake). */
function failed(m: Request, err: unknown): Reply {
  const message = err instanceof Error ? err.message : String(err);
  const d = CORE_CODES.create('INTERNAL_ERROR', { file: 'ke-hoach.yaml', path: '', line: 1, column: 1 }, { detail: message });
  switch (m.type) {
    case 'load':
      return { type: 'loaded', seq: m.seq, diagnostics: [d], ok: false, tasks: 0, agencies: [], outline: [], baseName: 'ke-hoach', ms: 0 };
    case 'check':
      return { type: 'checked', seq: m.seq, text: m.text, findings: [d], ms: 0 };
    case 'fix':
      return { type: 'fixed', seq: m.seq, text: m.text, fixed: 0, unfixed: m.findings.length };
    case 'import':
      return { type: 'imported', seq: m.seq, diagnostics: [d], report: { unsure: [] } };
    case 'clone':
      return { type: 'cloned', seq: m.seq, diagnostics: [d] };
    case 'outputs':
      return { type: 'outputs', seq: m.seq, outputs: [] };
    case 'export':
      return { type: 'exported', seq: m.seq, format: m.format, diagnostics: [d] };
    case 'new':
      return { type: 'created', seq: m.seq, missing: [] };
  }
}

self.onmessage = async (e: MessageEvent<Request>) => {
  const m = e.data;
  let reply: Reply;
  try {
    reply = await answer(m);
  } catch (err) {
    reply = failed(m, err);
  }
  const transfer = reply.type === 'exported' && reply.bytes ? [reply.bytes.buffer as ArrayBuffer] : [];
  (self as unknown as Worker).postMessage(reply, transfer);
};
