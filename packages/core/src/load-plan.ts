import { loadV1 } from './load-v1.js';
import { loadPlanData, type LoadOptions, type LoadResult } from './load-plan-data.js';

export type { LoadOptions, LoadResult } from './load-plan-data.js';

/**
 * Loads a plan from YAML (or JSON) text or raw bytes: decode → parse → validate → load-phase rules →
 * normalise. A file written in schema version 1 is validated against it and moved to version 2.
 * Never throws for a user's mistake: problems come back as diagnostics with line and column.
 *
 * @example
 * const { plan, diagnostics } = loadPlan(yamlText, { file: 'ke-hoach.yaml' });
 * if (plan) console.log(plan.tasks.length);
 */
export function loadPlan(source: string | Uint8Array, options: LoadOptions = {}): LoadResult {
  return loadPlanData(source, options, loadV1);
}

/**
 * `loadPlan` for files in schema version 2 only: a version 1 file gets SCHEMA_V1_NOT_LOADED (load it
 * with `loadPlan`, or rewrite it with `kehoach migrate`). For pages where every kilobyte counts: it
 * leaves the version 1 schema's validator and migration out of a browser bundle (about 45 KB gzip).
 *
 * @example
 * const r = loadCurrentPlan(text);
 * if (r.diagnostics.some((d) => d.code === 'SCHEMA_V1_NOT_LOADED')) ({ plan } = loadPlan(text));
 */
export function loadCurrentPlan(source: string | Uint8Array, options: LoadOptions = {}): LoadResult {
  return loadPlanData(source, options, undefined);
}
