import type { PlanInput } from '@kehoach/schema';
import { LineCounter } from 'yaml';
import { checkPlan } from './check-plan.js';
import { hasErrors, sortDiagnostics } from './diagnostic.js';
import type { LoadResult } from './load-plan.js';
import { makeDiagnostic } from './make-diagnostic.js';
import { normalise } from './normalise.js';
import { validateAgainstSchema } from './validate-schema.js';
import { isV1, loadV1 } from './load-v1.js';

/**
 * Validates plan data that is already an object (from a web form, a database, JSON.parse) and
 * normalises it: the same checks and codes as `loadPlan`, with JSON pointers (`path`) to the
 * offending values; line and column are 1:1 since there is no source text.
 *
 * @example
 * const { plan, diagnostics } = validatePlan(formData);
 */
export function validatePlan(data: unknown, options: { file?: string } = {}): LoadResult {
  const file = options.file ?? 'plan.json';
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found = Array.isArray(data) ? 'một danh sách' : data === null ? 'rỗng' : `giá trị “${String(data)}”`;
    return { diagnostics: [makeDiagnostic('INPUT_NOT_MAPPING', { file, path: '', line: 1, column: 1 }, { found })] };
  }
  // A structured clone drops functions, prototypes and getters a caller's object may carry.
  const copy = JSON.parse(JSON.stringify(data)) as unknown;
  const ctx = { file, lineCounter: new LineCounter() };
  if (isV1(copy as object)) {
    const v1 = loadV1(copy as object, ctx, {});
    if (!v1.input || hasErrors(v1.diagnostics)) return { diagnostics: v1.diagnostics };
    return { plan: normalise(v1.input, { file, map: {} }), diagnostics: v1.diagnostics };
  }
  const schema = validateAgainstSchema(copy, ctx);
  if (schema.length) return { diagnostics: schema };
  const checks = checkPlan(copy as PlanInput, ctx);
  if (hasErrors(checks)) return { diagnostics: sortDiagnostics(checks) };
  return { plan: normalise(copy as PlanInput, { file, map: {} }), diagnostics: checks };
}
