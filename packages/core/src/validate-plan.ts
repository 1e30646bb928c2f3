import type { PlanInput } from '@kehoach/schema';
import { LineCounter } from 'yaml';
import { checkPlan } from './check-plan.js';
import type { RuleRunOptions } from './rules/run-rules.js';
import { hasErrors, sortDiagnostics } from './diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type { LoadResult } from './load-plan.js';
import { coreDiagnostic } from './codes.js';
import { normalise } from './normalise.js';
import { toPlainData } from './plain-data.js';
import { validateAgainstSchema } from './validate-schema.js';
import { isV1, loadV1 } from './load-v1.js';

/**
 * Validates plan data that is already an object (from a web form, a database, JSON.parse) and
 * normalises it: the same checks, codes and limits as `loadPlan`, with JSON pointers (`path`) to
 * the offending values; line and column are 1:1 since there is no source text. Never throws:
 * cycles, BigInt, functions, getters that throw and nesting of any depth come back as diagnostics.
 *
 * @example
 * const { plan, diagnostics } = validatePlan(formData);
 */
export function validatePlan(data: unknown, options: { file?: string; limits?: Partial<Limits>; rules?: RuleRunOptions } = {}): LoadResult {
  const file = options.file ?? 'plan.json';
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      const found = Array.isArray(data) ? 'một danh sách' : data === null ? 'rỗng' : `giá trị “${String(data)}”`;
      return { diagnostics: [coreDiagnostic('INPUT_NOT_MAPPING', { file, path: '', line: 1, column: 1 }, { found })] };
    }
    // A copy as plain JSON data: drops functions, prototypes and getters a caller's object may
    // carry, within the limits (no recursion, so no stack overflow).
    const plain = toPlainData(data, file, limits);
    if (hasErrors(plain.diagnostics)) return { diagnostics: plain.diagnostics };
    const copy = plain.value;
    const ctx = { file, lineCounter: new LineCounter() };
    if (isV1(copy as object)) {
      const v1 = loadV1(copy as object, ctx, {}, options.rules);
      if (!v1.input || hasErrors(v1.diagnostics)) return { diagnostics: v1.diagnostics };
      return { plan: normalise(v1.input, { file, map: {} }), diagnostics: v1.diagnostics };
    }
    const schema = validateAgainstSchema(copy, ctx);
    if (schema.length) return { diagnostics: [...plain.diagnostics, ...schema] };
    const checks = [...plain.diagnostics, ...checkPlan(copy as PlanInput, ctx, [], options.rules)];
    if (hasErrors(checks)) return { diagnostics: sortDiagnostics(checks) };
    return { plan: normalise(copy as PlanInput, { file, map: {} }), diagnostics: checks };
  } catch (e) {
    return {
      diagnostics: [
        coreDiagnostic('INTERNAL_ERROR', { file, path: '', line: 1, column: 1 }, { detail: e instanceof Error ? e.message : String(e) }),
      ],
    };
  }
}
