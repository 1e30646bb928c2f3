import type { PlanInput, V1 } from '@kehoach/schema';
import { checkPlan } from './check-plan.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { defs as v1Defs, validate as validateV1 } from './generated/validate-plan-v1.js';
import { coreDiagnostic } from './codes.js';
import { migrateV1, movePointer } from './migrate-v1.js';
import type { SourceMap } from './source-map.js';
import { validateAgainstSchema, type SourceContext, type Validator } from './validate-schema.js';
import type { RuleRunOptions } from './rules/run-rules.js';
import type { V1Load } from './is-v1.js';

export { isV1, type V1Load } from './is-v1.js';

/**
 * Loads v1 data: validated against the v1 schema (so errors point at the v1 file), moved to v2,
 * then checked; every diagnostic keeps the v1 file's positions and pointers. An info diagnostic
 * says the file was migrated and how to rewrite it.
 */
export function loadV1(value: object, ctx: SourceContext, map: SourceMap, rules: RuleRunOptions = {}): V1Load {
  const v1Diagnostics = validateAgainstSchema(value, ctx, validateV1 as Validator, v1Defs);
  if (v1Diagnostics.length) return { diagnostics: v1Diagnostics, map };
  const { input, moves } = migrateV1(value as V1.PlanV1);
  const moved: SourceMap = {};
  for (const [k, v] of Object.entries(map)) moved[movePointer(k, moves)] ??= v;
  const reverse = moves.map(([v1, v2]): [string, string] => [v2, v1]);
  const at = map['/schemaVersion'] ?? [1, 1];
  const note = coreDiagnostic('SCHEMA_V1_MIGRATED', { file: ctx.file, path: '/schemaVersion', line: at[0], column: at[1] }, { file: ctx.file });
  const checks = checkPlan(input, { file: ctx.file, lineCounter: ctx.lineCounter, map: moved }, [], rules).map((d) => ({ ...d, path: movePointer(d.path, reverse) }));
  return { input, diagnostics: [note, ...checks], map: moved };
}
