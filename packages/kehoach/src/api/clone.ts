// Plans for lower units (clone) and for next year (roll).
import { CLONE_CODES, clonePlan as clone, loadUnit, planToYaml, rollPlan as roll, staleYears, successionDiagnostic, type UnitProfile } from '@kehoach/clone';
import type { UnitRegistry } from '@kehoach/units';
import { CORE_CODES, hasErrors, loadPlan as load, periodYears, type Diagnostic, type Plan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { orThrow } from '../plan-error.js';

/** A cloned or rolled plan: its data, its YAML text, and what was found. */
export interface PlanOutput {
  input?: PlanInput;
  yaml?: string;
  diagnostics: Diagnostic[];
}

/** Options of `clonePlan`. */
export interface CloneOptions {
  /** The parent plan's file, recorded in the clone's origin and named in diagnostics. */
  parentFile?: string;
  /** The unit profile's file name, for its diagnostics (when `unit` is YAML text). */
  unitFile?: string;
  /** The `$schema` line of the YAML written. */
  schema?: string;
  /** Comment lines at the top of the YAML, or a function of what was cloned. */
  header?: string[] | ((what: { unit: UnitProfile; carried: number; left: string[] }) => string[]);
}

/**
 * A lower unit's draft plan from a higher plan; `unit` is a profile object or its YAML text.
 *
 * @example
 * const { yaml } = clonePlan(provincePlan, unitYaml);
 */
export function clonePlan(parent: Plan, unit: UnitProfile | string, options: CloneOptions = {}): PlanOutput {
  let profile: UnitProfile;
  if (typeof unit === 'string') {
    const u = loadUnit(unit, options.unitFile ?? 'unit.yaml');
    if (!u.unit) return { diagnostics: u.diagnostics };
    profile = u.unit;
  } else profile = unit;
  const r = clone(parent, profile, options.parentFile !== undefined ? { parentFile: options.parentFile } : {});
  if (r.input && !r.carried.length) {
    const d = CLONE_CODES.create('CLONE_NOTHING_CARRIED', { file: options.parentFile ?? parent.source.file, path: '', line: 1, column: 1 });
    return { diagnostics: [...r.diagnostics, d] };
  }
  if (!r.input) return { diagnostics: r.diagnostics };
  const header = typeof options.header === 'function' ? options.header({ unit: profile, carried: r.carried.length, left: r.left }) : options.header;
  const yaml = planToYaml(r.input, { ...(options.schema !== undefined ? { schema: options.schema } : {}), ...(header ? { header } : {}) });
  return { input: r.input, yaml, diagnostics: r.diagnostics };
}

/** Like `clonePlan`, but returns the YAML or throws a `PlanError`. @example const yaml = clonePlanOrThrow(parent, unitYaml); */
export function clonePlanOrThrow(parent: Plan, unit: UnitProfile | string, options: CloneOptions = {}): string {
  const r = clonePlan(parent, unit, options);
  return orThrow(r.yaml, r.diagnostics);
}

/** Options of `rollPlan`. */
export interface RollOptions {
  /** Cite the previous year's plan among the bases. */
  citePrevious?: boolean;
  /** The `$schema` line of the YAML written. */
  schema?: string;
  /** Comment lines at the top of the YAML. */
  header?: string[];
  /** The name the new YAML is loaded back under, for its diagnostics (default `rolled.yaml`). */
  file?: string;
  /**
   * The units registry (`await loadUnits()`): a commune's plan rolled from before 1 July 2025 to
   * after it names the commune's successor, and a `ROLL_UNIT_SUCCEEDED` warning says so.
   */
  units?: UnitRegistry;
}

/**
 * Next year's draft; stale dates and years left in the text come back as warnings. The YAML is
 * loaded back before it is returned: if it does not load, there is no `yaml` and the diagnostics
 * say so (`INTERNAL_ERROR`).
 *
 * @example
 * const { yaml, diagnostics } = rollPlan(plan, 2026, { citePrevious: true });
 */
export function rollPlan(plan: Plan, year: number, options: RollOptions = {}): PlanOutput {
  const { input, succession } = roll(plan, year, { ...(options.citePrevious !== undefined ? { citePrevious: options.citePrevious } : {}), ...(options.units ? { units: options.units } : {}) });
  const yaml = planToYaml(input, { ...(options.schema !== undefined ? { schema: options.schema } : {}), ...(options.header ? { header: options.header } : {}) });
  const file = options.file ?? 'rolled.yaml';
  const back = load(yaml, { file });
  if (!back.plan || hasErrors(back.diagnostics)) {
    const d = CORE_CODES.create('INTERNAL_ERROR', { file, path: '', line: 1, column: 1 }, { detail: 'kế hoạch sinh ra không nạp lại được' });
    return { input, diagnostics: [d, ...back.diagnostics] };
  }
  const unit = succession ? [successionDiagnostic(back.plan, succession, year)] : [];
  return { input, yaml, diagnostics: [...unit, ...back.diagnostics, ...staleYears(back.plan, periodYears(plan.period))] };
}

/** Like `rollPlan`, but returns the YAML or throws a `PlanError` (warnings do not throw). @example const yaml = rollPlanOrThrow(plan, 2026); */
export function rollPlanOrThrow(plan: Plan, year: number, options: RollOptions = {}): string {
  const r = rollPlan(plan, year, options);
  return orThrow(r.yaml, r.diagnostics);
}
