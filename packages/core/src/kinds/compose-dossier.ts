import type { ReferenceInput } from '@kehoach/schema';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadPlan } from '../load-plan.js';
import type { Plan } from '../model.js';
import { documentNumber } from '../plan-facts.js';
import { dossierOf, SOURCE_ORDER } from './compose-hook.js';
import { documentKind, documentKinds } from './registry.js';

/** One document of a plan's dossier. */
export interface DossierDocument {
  /** The dossier key it was made from (`submission`, `decision`, `dispatch`), or `plan` for the plan itself. */
  key: string;
  /** Its kind's id. */
  kind: string;
  /** A file name stem, numbered in dossier order: `1-to-trinh`, `2-quyet-dinh`, `3-ke-hoach`, `4-cong-van`. */
  name: string;
  /** The document, loaded as a plan of its kind; none when it has errors. */
  plan?: Plan;
  /** What loading it found (a composed document is checked like a written one). */
  diagnostics: Diagnostic[];
}

/** A document as the documents after it cite it: type, number and symbol, date, issuer. */
export function citationOf(plan: Plan): ReferenceInput {
  const number = documentNumber(plan);
  return {
    type: documentKind(plan.kind).name,
    ...(number && !plan.draft ? { number } : {}),
    ...(plan.date && !plan.draft ? { date: plan.date } : {}),
    issuer: plan.issuer.authority ?? plan.issuer.name,
  };
}

/**
 * A composed document keeps the plan's độ mật and độ khẩn, but the draft indication (`marks.draft`) only
 * while it is a draft itself: a Tờ trình or công văn with its number and date is issued, whatever stage
 * the plan it carries is at.
 */
function ownDraftMark<T extends { number?: unknown; date?: unknown; draft?: unknown; marks?: { draft?: unknown } }>(input: T): T {
  if (input.marks?.draft === undefined || input.draft === true || input.number === undefined || input.date === undefined) return input;
  const marks: Record<string, unknown> = { ...input.marks };
  delete marks.draft;
  const out: Record<string, unknown> = { ...input, marks };
  if (!Object.keys(marks).length) delete out.marks;
  return out as T;
}

/**
 * The whole dossier of a plan from its `dossier` block: every registered kind whose `compose.from`
 * key the block has, and the plan itself (at `SOURCE_ORDER`), in order; each composed document is
 * given the citations of those before it (the Quyết định cites the Tờ trình, the công văn the
 * Quyết định), then loaded as a plan of its kind. Pure. A plan without a `dossier` block gives itself alone.
 *
 * @example
 * const { documents } = composeDossier(plan);
 * for (const d of documents) if (d.plan) write(`${d.name}.docx`, renderDocx(d.plan).docx);
 */
export function composeDossier(source: Plan): { documents: DossierDocument[] } {
  const dossier = dossierOf(source.input);
  const steps = documentKinds()
    .filter((k) => k.compose && dossier[k.compose.from] && typeof dossier[k.compose.from] === 'object')
    .map((k) => ({ key: k.compose!.from, order: k.compose!.order, kind: k }));
  const all = [...steps, { key: 'plan', order: SOURCE_ORDER, kind: undefined }].sort((a, b) => a.order - b.order);
  const cited: Record<string, ReferenceInput> = {};
  const documents: DossierDocument[] = [];
  for (const [i, step] of all.entries()) {
    const name = (kind: string) => `${i + 1}-${kind}`;
    if (!step.kind) {
      cited.plan = citationOf(source);
      documents.push({ key: 'plan', kind: source.kind, name: name(source.kind), plan: source, diagnostics: [] });
      continue;
    }
    const input = ownDraftMark(step.kind.compose!.compose({ source, block: dossier[step.key] as Record<string, unknown>, cited: { ...cited } }));
    const loaded = loadPlan(JSON.stringify(input, null, 1), { file: `${source.source.file}#dossier/${step.key}` });
    if (loaded.plan) cited[step.key] = citationOf(loaded.plan);
    documents.push({ key: step.key, kind: step.kind.id, name: name(step.kind.id), ...(loaded.plan ? { plan: loaded.plan } : {}), diagnostics: loaded.diagnostics });
  }
  return { documents };
}
