import { documentKind, loadPlan, placeIn, sortDiagnostics, valueAt, type Diagnostic, type Plan, type Severity } from '@kehoach/core';
import { RULE_DOCS, type CheckDiagnostic } from './check-diagnostic.js';
import { CHECK_CODES, type CheckCode } from './codes.js';
import { disabledLines, effectiveSeverity, type RuleConfig } from './config.js';
import { proseOf } from './prose.js';
import { loadRule, RULE_IDS } from './registry.js';
import type { Report, Rule } from './rule.js';
import { position, spanOffsets, nodeOffsets, sourceText, type SourceText } from './source-text.js';

/** Options of `checkPlanText` and `checkLoadedPlan`. */
export interface CheckOptions {
  /** File name used in diagnostics. Default `plan.yaml`. */
  file?: string;
  /** Settings from `.kehoachrc.yaml`; the plan's own `check:` block wins over them. */
  config?: RuleConfig;
  /** Run only these rules (at their configured severity, or their default when off). */
  only?: string[];
}

/** What `kehoach check` found: the plan when it loads, and every diagnostic (loading's and the rules'). */
export interface CheckResult {
  plan?: Plan;
  diagnostics: Array<Diagnostic | CheckDiagnostic>;
}

/** A diagnostic of the checker itself (not of a rule), from its code table; at `path` of the plan when there is one. */
export function checkDiagnostic(code: CheckCode, file: string, path: string, params: Record<string, string>, plan?: Plan): Diagnostic {
  const place = plan ? placeIn(plan.source, path) : { file, path, line: 1, column: 1 };
  return CHECK_CODES.create(code, place, params);
}

function toDiagnostic(rule: Rule, severity: Severity, r: Report, plan: Plan, src?: SourceText): CheckDiagnostic {
  const place = placeIn(plan.source, r.path);
  let start = { line: place.line, column: place.column };
  let end = start;
  let fix: CheckDiagnostic['fix'];
  if (src) {
    const value = r.span ? valueOf(plan, r.path) : undefined;
    const offsets = r.span && typeof value === 'string' ? spanOffsets(src, r.path, value, r.span.index, r.span.length) : undefined;
    const range = offsets ?? nodeOffsets(src, r.path);
    if (range) {
      start = position(src, range[0]);
      end = position(src, range[1]);
    }
    if (offsets && r.fix !== undefined && typeof value === 'string' && src.text.slice(offsets[0], offsets[1]) === value.slice(r.span!.index, r.span!.index + r.span!.length)) {
      const next = value.slice(0, r.span!.index) + r.fix + value.slice(r.span!.index + r.span!.length);
      fix = { path: r.path, range: offsets, text: r.fix, span: r.span!, value: next };
    }
  }
  const d: CheckDiagnostic = {
    source: 'check',
    code: rule.meta.id,
    rule: rule.meta.id,
    severity,
    message: r.message,
    messageEn: r.messageEn,
    file: plan.source.file,
    path: r.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    url: `${RULE_DOCS}${rule.meta.id}.md`,
    params: r.params ?? {},
  };
  if (fix) d.fix = fix;
  return d;
}

function valueOf(plan: Plan, pointer: string): unknown {
  return valueAt(plan.input, pointer);
}

/**
 * Runs the rules over a loaded plan. With the source text, findings are placed on the exact words
 * (start and end), fixes are offered and `# kehoach-disable-next-line` comments apply; without it,
 * they are placed at the start of the value they concern.
 *
 * @example
 * const { diagnostics } = await checkLoadedPlan(plan, { text: yamlText });
 */
export async function checkLoadedPlan(plan: Plan, options: CheckOptions & { text?: string } = {}): Promise<Array<CheckDiagnostic | Diagnostic>> {
  return (await runRules(plan, options)).diagnostics;
}

/** The rules' findings, and the loader diagnostics (`code path`) they supersede. */
async function runRules(plan: Plan, options: CheckOptions & { text?: string }): Promise<{ diagnostics: Array<CheckDiagnostic | Diagnostic>; superseded: Set<string> }> {
  const superseded = new Set<string>();
  const file = plan.source.file;
  const out: Array<CheckDiagnostic | Diagnostic> = [];
  const planConfig = (plan.input as { check?: RuleConfig }).check ?? {};
  const config: RuleConfig = { ...options.config, ...planConfig };
  for (const id of Object.keys(config)) {
    if (!RULE_IDS.includes(id)) {
      const path = id in planConfig ? `/check/${id}` : '';
      out.push(checkDiagnostic('CHECK_UNKNOWN_RULE', file, path, { rule: id }, plan));
    }
  }
  const src = options.text !== undefined ? sourceText(options.text) : undefined;
  const disabled = options.text !== undefined ? disabledLines(options.text) : new Map<number, Set<string>>();
  const prose = proseOf(plan.input);
  // The kind's profile says which rules apply to it; `only` narrows them further.
  const apply = new Set(documentKind(plan.kind).rules);
  const ids = RULE_IDS.filter((id) => apply.has(id) && (!options.only || options.only.includes(id)));
  for (const id of ids) {
    const rule = await loadRule(id);
    const severity = effectiveSeverity(rule.meta.severity, config[id]) ?? (options.only ? rule.meta.severity : null);
    if (!severity) continue;
    const reports: Report[] = [];
    try {
      rule.check({ plan, prose, report: (r) => reports.push(r) });
    } catch (e) {
      // A bug in one rule costs that rule's findings, not the whole check.
      out.push(checkDiagnostic('CHECK_RULE_FAILED', file, '', { rule: id, detail: e instanceof Error ? e.message : String(e) }, plan));
      continue;
    }
    for (const r of reports) {
      const d = toDiagnostic(rule, severity, r, plan, src);
      const valueLine = placeIn(plan.source, r.path).line;
      const off = [disabled.get(d.line), disabled.get(valueLine)].some((s) => s && (s.has('*') || s.has(id)));
      if (!off) out.push(d);
      for (const code of rule.meta.supersedes ?? []) superseded.add(`${code} ${r.path}`);
    }
  }
  return { diagnostics: sortDiagnostics(out), superseded };
}

/**
 * Loads a plan from its YAML text and runs the rules: loading's diagnostics (schema, references)
 * come first, then the rules' findings; a plan that does not load is not checked further.
 *
 * @example
 * const { diagnostics } = await checkPlanText(readFileSync('ke-hoach.yaml', 'utf8'), { file: 'ke-hoach.yaml' });
 */
export async function checkPlanText(text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const file = options.file ?? 'plan.yaml';
  const loaded = loadPlan(text, { file });
  if (!loaded.plan) return { diagnostics: loaded.diagnostics };
  const found = await runRules(loaded.plan, { ...options, text: text.replace(/^\uFEFF/, '') });
  const kept = loaded.diagnostics.filter((d) => !found.superseded.has(`${d.code} ${d.path}`));
  return { plan: loaded.plan, diagnostics: sortDiagnostics([...kept, ...found.diagnostics]) };
}
