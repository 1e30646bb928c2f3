import {
  disabledLines, documentKind, loadPlan, loadRule, mapPlacer, placeIn, proseOf, ruleEntry, runRule, sortDiagnostics, textPlacer, valueAt,
  type Diagnostic, type Plan, type Rule, type RuleConfig, type RuleOwner, type RuleRun,
} from '@kehoach/core';
import type { CheckDiagnostic } from './check-diagnostic.js';
import { CHECK_CODES, type CheckCode } from './codes.js';
import { contentRuleIds } from './registry.js';

/** Options of `checkPlanText` and `checkLoadedPlan`. */
export interface CheckOptions {
  /** File name used in diagnostics. Default `plan.yaml`. */
  file?: string;
  /** Settings from `.kehoachrc.yaml`; the plan's own `check:` block wins over them. */
  config?: RuleConfig;
  /** Run only these rules (at their configured severity, or their default when off); the required load rules always run. */
  only?: string[];
}

/** What `kehoach check` found: the plan when it loads, and every diagnostic (the load rules' and the content rules'). */
export interface CheckResult {
  plan?: Plan;
  diagnostics: Array<Diagnostic | CheckDiagnostic>;
}

/** A diagnostic of the checker itself (not of a rule), from its code table; at `path` of the plan when there is one. */
export function checkDiagnostic(code: CheckCode, file: string, path: string, params: Record<string, string>, plan?: Plan): Diagnostic {
  const place = plan ? placeIn(plan.source, path) : { file, path, line: 1, column: 1 };
  return CHECK_CODES.create(code, place, params);
}

/** The configuration in force, and a warning for each entry that names no rule or a rule that cannot be configured. */
function configOf(plan: Plan, options: CheckOptions): { config: RuleConfig; problems: Diagnostic[] } {
  const planConfig = (plan.input as { check?: RuleConfig }).check ?? {};
  const config: RuleConfig = { ...options.config, ...planConfig };
  const problems: Diagnostic[] = [];
  for (const id of Object.keys(config)) {
    const path = id in planConfig ? `/check/${id}` : '';
    const entry = ruleEntry(id);
    if (!entry) problems.push(checkDiagnostic('CHECK_UNKNOWN_RULE', plan.source.file, path, { rule: id }, plan));
    else if (entry.phase === 'load' && entry.rule.meta.required) problems.push(checkDiagnostic('CHECK_RULE_REQUIRED', plan.source.file, path, { rule: id }, plan));
  }
  return { config, problems };
}

/**
 * Runs the content rules over a loaded plan. With the source text, findings are placed on the exact words
 * (start and end), fixes are offered and `# kehoach-disable-next-line` comments apply; without it,
 * they are placed on the value they concern. (The load-phase rules ran when the plan was loaded.)
 *
 * @example
 * const { diagnostics } = await checkLoadedPlan(plan, { text: yamlText });
 */
export async function checkLoadedPlan(plan: Plan, options: CheckOptions & { text?: string } = {}): Promise<Array<CheckDiagnostic | Diagnostic>> {
  const file = plan.source.file;
  const { config, problems } = configOf(plan, options);
  const out: Diagnostic[] = [...problems];
  const kind = documentKind(plan.kind);
  const run: RuleRun = {
    kind,
    config,
    ...(options.only ? { only: options.only } : {}),
    placer: options.text !== undefined ? textPlacer(file, options.text) : mapPlacer(file, plan.source.map),
    valueOf: (path) => valueAt(plan.input, path),
    ...(options.text !== undefined ? { disabled: disabledLines(options.text) } : {}),
  };
  const prose = proseOf(plan.input);
  // The kind's profile says which rules apply to it; `only` narrows them further: only those are imported.
  const ids = contentRuleIds().filter((id) => kind.rules.includes(id) && (!options.only || options.only.includes(id)));
  for (const id of ids) {
    const rule = (await loadRule(id)) as Rule<'content'>;
    const found: Diagnostic[] = [];
    try {
      // What the rule needs for this plan only (the units registry for a plan naming a commune), loaded now.
      const prepared = rule.prepare ? await rule.prepare({ plan, prose }) : undefined;
      runRule(rule, ruleEntry(id) as RuleOwner, { phase: 'content', plan, prose, prepared }, run, found);
    } catch (e) {
      // A bug in one rule costs that rule's findings, not the whole check.
      out.push(checkDiagnostic('CHECK_RULE_FAILED', file, '', { rule: id, detail: e instanceof Error ? e.message : String(e) }, plan));
      continue;
    }
    out.push(...found);
  }
  return sortDiagnostics(out);
}

/**
 * Loads a plan from its YAML text and runs the rules: the load-phase rules while loading (schema,
 * references, typed numbers …), then the content rules; a plan that does not load is not checked further.
 *
 * @example
 * const { diagnostics } = await checkPlanText(readFileSync('ke-hoach.yaml', 'utf8'), { file: 'ke-hoach.yaml' });
 */
export async function checkPlanText(text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const file = options.file ?? 'plan.yaml';
  const rules = { ...(options.config ? { config: options.config } : {}), ...(options.only ? { only: options.only } : {}) };
  const loaded = loadPlan(text, { file, rules });
  if (!loaded.plan) return { diagnostics: loaded.diagnostics };
  const found = await checkLoadedPlan(loaded.plan, { ...options, text: text.replace(/^\uFEFF/, '') });
  return { plan: loaded.plan, diagnostics: sortDiagnostics([...loaded.diagnostics, ...found]) };
}
