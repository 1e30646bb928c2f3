import type { AgencyRefsInput, PlanInput } from '@kehoach/schema';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { mapPlacer, yamlPlacer, type Placer } from './rules/placer.js';
import { runLoadRules, type RuleRunOptions } from './rules/run-rules.js';
import type { SourceContext } from './validate-schema.js';

/** Turns an agency reference (one id or a list) into a list. */
export function refList(refs: AgencyRefsInput | undefined): string[] {
  if (refs === undefined) return [];
  return Array.isArray(refs) ? refs : [refs];
}

/** How the load rules place their findings in a source context: by its source map, or in its YAML document (and text). */
export function contextPlacer(ctx: SourceContext, text?: string): Placer {
  return ctx.map ? mapPlacer(ctx.file, ctx.map) : yamlPlacer(ctx.file, ctx.doc, ctx.lineCounter, text);
}

/**
 * Checks what the schema cannot — agency references exist, ids are unique, periods and windows are
 * ordered, days exist, the document kind has what it needs … — by running the load-phase rules
 * (`packages/core/src/rules/load/`); `loadPlan` and `validatePlan` do this. Diagnostics are appended
 * to `out`. Never throws on data the schema rejected: each rule reads the input through guards.
 */
export function checkPlan(plan: PlanInput, ctx: SourceContext, out: Diagnostic[] = [], options: RuleRunOptions = {}): Diagnostic[] {
  out.push(...runLoadRules(plan, contextPlacer(ctx), options));
  return out;
}
