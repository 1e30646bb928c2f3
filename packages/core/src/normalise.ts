import type { PlanInput, SignatureInput } from '@kehoach/schema';
import { promulgationOf } from './kinds/promulgation.js';
import { DEFAULT_KIND, documentKind } from './kinds/registry.js';
import type { Plan } from './model.js';
import { agencyTable } from './normalise/agencies.js';
import { identityOf, issuerOf, recipientsOf } from './normalise/header.js';
import { gatherImplementation } from './normalise/implementation.js';
import { citedDocuments, openingParagraphs } from './normalise/opening.js';
import { buildOutline } from './normalise/outline.js';
import { paragraphs } from './text-paragraphs.js';

export { citeReference, citeShort } from './normalise/opening.js';

/**
 * Turns schema-valid, checked input (v2) into the normalised `Plan`: agencies resolved, defaults
 * filled, citations composed, every number and reference computed; tasks collected from every
 * task block and task table of the body and the appendices; implementation facts gathered from
 * wherever the plan states them. Pure; assumes the load rules found no errors. The steps, in
 * `normalise/`: the agencies, the cited documents and the opening, the numbered outline of the body
 * and appendices (by the kind's body shape), the implementation facts, the header and Nơi nhận.
 */
export function normalise(input: PlanInput, source: Plan['source'] = { file: 'plan.yaml', map: {} }): Plan {
  const table = agencyTable(input);
  const kind = input.kind ?? DEFAULT_KIND;
  const profile = documentKind(kind);
  const docs = citedDocuments(input);
  const outline = buildOutline(input, table, profile.body, docs.byId);
  const { year, ...identity } = identityOf(input, profile);
  const signatures: SignatureInput[] = input.signature === undefined ? [] : Array.isArray(input.signature) ? input.signature : [input.signature];
  const recipients = recipientsOf(input, table);
  const attachment = promulgationOf(input);
  return {
    kind,
    issuer: issuerOf(input, table),
    ...identity,
    references: docs.cited,
    year,
    title: input.title.normalize('NFC'),
    period: input.period ?? {},
    ...(input.scope ? { scope: input.scope } : {}),
    addressees: input.addressees ?? [],
    agencies: table.agencies,
    opening: { situation: paragraphs(input.opening?.situation), paragraphs: openingParagraphs(input.opening ?? {}), references: docs.references },
    sections: outline.sections,
    tasks: outline.tasks,
    taskLayout: findTaskBlock(input)?.layout ?? 'by-theme',
    implementation: gatherImplementation(outline.facts, table),
    signatures,
    ...(recipients ? { recipients } : {}),
    appendices: outline.appendices,
    ...(input.parent ? { parent: input.parent } : {}),
    ...(input.marks && Object.keys(input.marks).length ? { marks: input.marks } : {}),
    ...(attachment ? { attachment } : {}),
    input,
    source,
  };
}

/** The first task block of the body (what `relayout` rearranges), with its pointer. */
export function findTaskBlock(input: PlanInput): (import('@kehoach/schema').TaskBlockInput & { pointer: string }) | undefined {
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string): (import('@kehoach/schema').TaskBlockInput & { pointer: string }) | undefined => {
    if (!v || typeof v !== 'object' || seen.has(v)) return undefined;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const hit = walk(v[i], `${path}/${i}`);
        if (hit) return hit;
      }
      return undefined;
    }
    const o = v as Record<string, unknown>;
    if (o.tasks && typeof o.tasks === 'object' && !Array.isArray(o.tasks) && !('id' in o)) {
      return { ...(o.tasks as import('@kehoach/schema').TaskBlockInput), pointer: `${path}/tasks` };
    }
    for (const k of ['sections', 'items']) {
      const hit = walk(o[k], `${path}/${k}`);
      if (hit) return hit;
    }
    return undefined;
  };
  return walk(input.body, '/body');
}
