/**
 * The studio's worker: every call into the kehoach library (load, print, check, DOCX, Markdown,
 * checklists) runs here, so that typing in the editor never waits for them. Only the page talks to it.
 * What a preview needs is imported at once (loading a plan, the printed document); the checker after
 * the first preview; the rest of the library (downloads, new plans, clones, schema v1 files) and the
 * importer on their first request.
 */
import { CORE_CODES, loadCurrentPlan, printDocument, type LoadResult } from 'kehoach';
import { planBaseName } from './file-name.js';
import { outlineOf } from './outline-model.js';
import { previewDoc } from './preview-model.js';
import type { LoadReply, Reply, Request } from './protocol.js';

const FILE = 'ke-hoach.yaml';
let cache: { text: string; result: LoadResult } | undefined;

const more = () => import('./worker-more.js');
const checker = () => import('./adapters/check.js');

/** The text loaded (the last one is kept); a schema v1 file through the whole library. */
async function load(text: string): Promise<LoadResult> {
  if (cache?.text === text) return cache.result;
  let result = loadCurrentPlan(text, { file: FILE });
  if (result.diagnostics.some((d) => d.code === 'SCHEMA_V1_NOT_LOADED')) result = (await more()).loadPlan(text, { file: FILE });
  cache = { text, result };
  return result;
}

async function loaded(seq: number, text: string): Promise<LoadReply> {
  const t0 = performance.now();
  const { plan, diagnostics } = await load(text);
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

/** Answers one request. */
async function answer(m: Request): Promise<Reply> {
  switch (m.type) {
    case 'load':
      return loaded(m.seq, m.text);
    case 'check':
      return (await checker()).checkText(m.seq, m.text, await load(m.text));
    case 'fix':
      return (await checker()).fixText(m.seq, m.text, m.findings);
    case 'import':
      return (await import('./adapters/import.js')).importDocument(m.seq, m.bytes, m.fileName);
    case 'clone': {
      const { plan, diagnostics } = await load(m.text);
      return plan ? (await more()).cloned(m.seq, plan, m.unit) : { type: 'cloned', seq: m.seq, diagnostics };
    }
    case 'export': {
      const { plan, diagnostics } = await load(m.text);
      return plan ? (await more()).exported(m.seq, plan, m.format) : { type: 'exported', seq: m.seq, format: m.format, diagnostics };
    }
    case 'new':
      return (await more()).created(m.seq, m.options);
  }
}

/** What the page gets when a request fails inside the library (a bug, never a user's mistake). */
function failed(m: Request, err: unknown): Reply {
  const message = err instanceof Error ? err.message : String(err);
  const d = CORE_CODES.create('INTERNAL_ERROR', { file: FILE, path: '', line: 1, column: 1 }, { detail: message });
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
