import type { PlanInput, ReferenceInput } from '@kehoach/schema';
import type { Plan } from '../model.js';

/**
 * What a composing kind is given: the plan it is made from, the plan's `dossier` block that asks for
 * it, and the documents composed before it, as citations.
 */
export interface ComposeContext {
  /** The plan the document is made from (normalised: its tasks, lead bodies, period, funding). */
  source: Plan;
  /** The source's `dossier` block for this document (`dossier.submission` …), as written. */
  block: Readonly<Record<string, unknown>>;
  /**
   * The documents of the dossier composed before this one, by their dossier key (`submission`,
   * `decision` …), and the source plan itself as `plan`: type, number and symbol, date and issuer, as
   * `formatCitation` (@kehoach/nd30) prints them. Absent: the dossier has no such document.
   */
  cited: Readonly<Record<string, ReferenceInput>>;
}

/**
 * How a kind is made from another document's data (`DocumentKindProfile.compose`). `composeDossier`
 * runs every registered kind whose `from` key the plan's `dossier` block has, in `order`, each with
 * the citations of those before it, and loads each result as a plan of its kind (schema, load rules,
 * numbering: a composed document is checked like a written one).
 */
export interface ComposeHook {
  /** The key of the plan's `dossier` block that asks for this document: `submission`, `decision`, `dispatch`. */
  from: string;
  /**
   * Its place in the dossier, lower first; the source plan itself is at `SOURCE_ORDER` (30): a Tờ
   * trình 10, a Quyết định 20, a công văn 40. A document cites only those before it.
   */
  order: number;
  /**
   * The document promulgates the source plan (a Quyết định ban hành): the plan then prints
   * `(<lead> Quyết định số …/QĐ-… ngày … của …)` under its title, has no number, date, signature or
   * Nơi nhận of its own and carries the attachment's signature line (Nghị định 30, Phụ lục I). The
   * promulgating document is the plan issuer's, numbered by its block's `number` and `date`.
   */
  promulgates?: { lead: string };
  /** The document as plan input of this kind. Pure; wording through @kehoach/nd30. */
  compose(ctx: ComposeContext): PlanInput;
}

/** Where the source plan itself stands among the composed documents (`ComposeHook.order`). */
export const SOURCE_ORDER = 30;

/** The plan's title as a document's name in a sentence: `Kế hoạch tuyên truyền …` (its first letter lowered unless an abbreviation). */
export function planName(plan: Pick<Plan, 'title'> & { typeName: string }): string {
  return `${plan.typeName} ${lowerFirst(plan.title)}`;
}

/** The first letter in lower case, unless the word is an abbreviation (`UBND`, `ASEAN`). */
export function lowerFirst(s: string): string {
  const first = /^\S+/u.exec(s)?.[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return s;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** The dossier block of a plan, as written (none: an empty object). */
export function dossierOf(input: PlanInput): Readonly<Record<string, unknown>> {
  return (input.dossier ?? {}) as Record<string, unknown>;
}

/**
 * The bodies that lead the plan's tasks, each once, in the order the plan first names them (a person
 * counts as the body they belong to; the issuer itself is left out: it does not execute its own
 * decision).
 */
export function leadBodies(plan: Plan): Plan['agencies'][string][] {
  const seen = new Map<string, Plan['agencies'][string]>();
  for (const t of plan.tasks) {
    for (const a of t.lead) {
      const body = a.kind === 'ca-nhan' && a.of ? plan.agencies[a.of] ?? a : a;
      if (body.id !== plan.issuer.agency?.id && !seen.has(body.id)) seen.set(body.id, body);
    }
  }
  return [...seen.values()];
}
