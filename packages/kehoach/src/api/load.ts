// Loading plans: from text or bytes (every schema version, or version 2 only) and from data already parsed.
import { loadCurrentPlan as loadCurrent, loadPlan as load, validatePlan as validate, type LoadOptions, type LoadResult, type Plan } from '@kehoach/core';
import { orThrow } from '../plan-error.js';

/**
 * Loads a plan from YAML or JSON text, or raw bytes (checked as UTF-8).
 * Never throws for a user's mistake: diagnostics carry code, message, line and column.
 *
 * @example
 * const { plan, diagnostics } = loadPlan(yamlText, { file: 'ke-hoach.yaml' });
 */
export function loadPlan(source: string | Uint8Array, options: LoadOptions = {}): LoadResult {
  return load(source, options);
}

/**
 * `loadPlan` for files in schema version 2 only — a version 1 file gets SCHEMA_V1_NOT_LOADED (load it
 * with `loadPlan`, or rewrite it with `kehoach migrate`). For pages where every kilobyte counts: a
 * browser bundle that imports this and not `loadPlan` leaves out the version 1 schema's validator and
 * migration (about 45 KB gzip). The studio's worker loads with it, and with `loadPlan` on a v1 file.
 *
 * @example
 * let r = loadCurrentPlan(text);
 * if (r.diagnostics.some((d) => d.code === 'SCHEMA_V1_NOT_LOADED')) r = loadPlan(text);
 */
export function loadCurrentPlan(source: string | Uint8Array, options: LoadOptions = {}): LoadResult {
  return loadCurrent(source, options);
}

/** Like `loadPlan`, but returns the plan or throws a `PlanError`. @example const plan = loadPlanOrThrow(text); */
export function loadPlanOrThrow(source: string | Uint8Array, options: LoadOptions = {}): Plan {
  const r = load(source, options);
  return orThrow(r.plan, r.diagnostics);
}

/**
 * Validates and normalises plan data that is already an object (a form, a database row).
 *
 * @example
 * const { plan, diagnostics } = validatePlan(JSON.parse(body));
 */
export function validatePlan(data: unknown, options: { file?: string } = {}): LoadResult {
  return validate(data, options);
}

/** Like `validatePlan`, but returns the plan or throws a `PlanError`. @example const plan = validatePlanOrThrow(data); */
export function validatePlanOrThrow(data: unknown, options: { file?: string } = {}): Plan {
  const r = validate(data, options);
  return orThrow(r.plan, r.diagnostics);
}
