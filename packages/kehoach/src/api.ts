import { deriveChecklist as derive, type Checklist, type ChecklistOptions, type ChecklistResult } from '@kehoach/checklist';
import { CLONE_CODES, clonePlan as clone, loadUnit, planToYaml, rollPlan as roll, staleYears, successionDiagnostic, type UnitProfile } from '@kehoach/clone';
import type { UnitRegistry } from '@kehoach/units';
import { CORE_CODES, hasErrors, loadCurrentPlan as loadCurrent, loadPlan as load, normalise, periodYears, relayout, validatePlan as validate, type Diagnostic, type LoadOptions, type LoadResult, type Plan, type TaskLayout } from '@kehoach/core';
import { buildDocument, type PrintedDocument } from '@kehoach/document';
import { renderDocx as docx } from '@kehoach/render-docx';
import { renderMarkdown as md, renderText as txt } from '@kehoach/render-text';
import type { PlanInput } from '@kehoach/schema';
import { orThrow } from './plan-error.js';

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

/** Options of the renderers. */
export interface RenderOptions {
  /** Print blank number and date, as for a draft. */
  draft?: boolean;
  /** Present the tasks by agency or by theme, whatever the plan's own layout. */
  layout?: TaskLayout;
  /** Add the landscape task appendix (“Phụ lục: Danh mục nhiệm vụ”) after the plan's own appendices. */
  appendix?: boolean;
}

/** The options of the document builder that the renderers pass on. */
function buildOptions(options: RenderOptions): { draft?: boolean; appendix?: boolean } {
  return { ...(options.draft !== undefined ? { draft: options.draft } : {}), ...(options.appendix ? { appendix: true } : {}) };
}

function laidOut(plan: Plan, layout: TaskLayout | undefined): Plan {
  return layout ? normalise(relayout(plan, layout), plan.source) : plan;
}

/** Options of `renderDocx`: a template of one's own (its name for diagnostics). */
export interface DocxRenderOptions extends RenderOptions {
  /** A DOCX template of one's own, as bytes. */
  template?: Uint8Array;
  /** The template's file name, for its diagnostics. */
  templateFile?: string;
}

/**
 * The Decree 30 DOCX of a plan, as bytes (or the diagnostics of a bad template).
 *
 * @example
 * const { docx } = renderDocx(plan, { layout: 'by-agency' });
 */
export function renderDocx(
  plan: Plan,
  options: DocxRenderOptions = {},
): { docx?: Uint8Array; diagnostics: Diagnostic[] } {
  const r = docx(laidOut(plan, options.layout), {
    ...buildOptions(options),
    ...(options.template ? { template: options.template, file: options.templateFile ?? 'template.docx' } : {}),
  });
  return { ...(r.docx ? { docx: r.docx } : {}), diagnostics: r.diagnostics };
}

/** Like `renderDocx`, but returns the bytes or throws a `PlanError`. @example const bytes = renderDocxOrThrow(plan); */
export function renderDocxOrThrow(plan: Plan, options: DocxRenderOptions = {}): Uint8Array {
  const r = renderDocx(plan, options);
  return orThrow(r.docx, r.diagnostics);
}

/** The plan as Markdown. @example const markdown = renderMarkdown(plan); */
export function renderMarkdown(plan: Plan, options: RenderOptions = {}): string {
  return md(laidOut(plan, options.layout), buildOptions(options));
}

/**
 * The plan as it is printed (header, numbered body, signature, recipients, appendices): the model every
 * renderer lays out, for previews in a page. Each body paragraph carries the JSON pointer it prints.
 *
 * @example
 * const doc = printDocument(plan, { draft: true }); // doc.header.numberLine === 'Số:      /KH-UBND'
 */
export function printDocument(plan: Plan, options: RenderOptions = {}): PrintedDocument {
  return buildDocument(laidOut(plan, options.layout), buildOptions(options));
}

/** The plan as plain text. @example const text = renderText(plan, { draft: true }); */
export function renderText(plan: Plan, options: RenderOptions = {}): string {
  return txt(laidOut(plan, options.layout), buildOptions(options));
}

/**
 * Every agency's dated to-do list, with statuses against `today`.
 *
 * @example
 * const { checklist } = deriveChecklist(plan, { today: '2025-10-01', agency: 'so-khcn' });
 */
export function deriveChecklist(plan: Plan, options: ChecklistOptions = {}): ChecklistResult {
  return derive(plan, options);
}

/** Like `deriveChecklist`, but returns the checklist or throws a `PlanError`. @example const c = deriveChecklistOrThrow(plan); */
export function deriveChecklistOrThrow(plan: Plan, options: ChecklistOptions = {}): Checklist {
  const r = derive(plan, options);
  return orThrow(r.checklist, r.diagnostics);
}

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
