import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_KIND, documentKind, hasDocumentKind } from '../kinds/registry.js';
import type { DocumentKindProfile } from '../kinds/profile.js';
import { valueAt } from '../plan-facts.js';
import { disabledLines, isDisabled, planRuleConfig, ruleSeverity, type RuleConfig } from './config.js';
import { asData, indexPlan } from './index-plan.js';
import type { Placer } from './placer.js';
import { loadPhaseRules } from './registry.js';
import { ruleDiagnostic, type RuleOwner } from './rule-diagnostic.js';
import type { Report, Rule, RuleContext, RulePhase } from './rule.js';

/** Which rules run, and how: the same for both phases. */
export interface RuleRunOptions {
  /** Settings from `.kehoachrc.yaml`; the plan's own `check:` block wins over them. */
  config?: RuleConfig;
  /** Run only these rules (besides the required ones), at their configured severity, or their default when off. */
  only?: readonly string[];
}

/** What running one rule needs besides its context. */
export interface RuleRun {
  /** The document's kind: a rule that is not required runs only when the kind lists it. */
  kind: DocumentKindProfile | undefined;
  /** The settings in force (`.kehoachrc.yaml` under the plan's `check:` block). */
  config: RuleConfig;
  only?: readonly string[];
  placer: Placer;
  /** The value at a pointer of the input (for spans and fixes). */
  valueOf(path: string): unknown;
  /** The disable comments of the source (`disabledLines`), when there is a source. */
  disabled?: ReadonlyMap<number, ReadonlySet<string>>;
}

/**
 * Runs one rule, of either phase, and appends its findings to `out` as diagnostics: nothing when it
 * does not apply (see `ruleSeverity`); a finding on a line a disable comment names is left out
 * (a required rule cannot be silenced). A rule that throws loses its findings and the error propagates.
 */
export function runRule<P extends RulePhase>(rule: Rule<P>, owner: RuleOwner, context: Omit<RuleContext<P>, 'report'>, run: RuleRun, out: Diagnostic[]): void {
  const severity = ruleSeverity(rule.meta, run.kind, run.config, run.only);
  if (severity === null) return;
  const reports: Report[] = [];
  rule.check({ ...context, report: (r: Report) => void reports.push(r) } as unknown as RuleContext<P>);
  for (const r of reports) {
    const d = ruleDiagnostic(rule.meta, owner, severity, r, run.placer, run.valueOf);
    const valueLine = run.disabled?.size ? run.placer.place(r.path).valueLine : d.line;
    if (!rule.meta.required && run.disabled && isDisabled(run.disabled, rule.meta.id, [d.line, valueLine])) continue;
    out.push(d);
  }
}

/** The profile of the kind an input names (the default when it names none); undefined for an unknown kind. */
export function kindOfInput(input: unknown): DocumentKindProfile | undefined {
  const kind = asData(input)?.kind;
  if (kind === undefined) return documentKind(DEFAULT_KIND);
  return typeof kind === 'string' && hasDocumentKind(kind) ? documentKind(kind) : undefined;
}

/**
 * Runs the load-phase rules over an input (parsed YAML or data, possibly invalid against the schema):
 * the input is indexed once, then each rule reads the index. Returns their findings, unsorted.
 *
 * @example
 * const found = runLoadRules(value, yamlPlacer(file, doc, lineCounter, text));
 */
export function runLoadRules(input: unknown, placer: Placer, options: RuleRunOptions = {}): Diagnostic[] {
  const data = asData(input) ?? {};
  const index = indexPlan(data);
  const run: RuleRun = {
    kind: kindOfInput(data),
    config: { ...options.config, ...planRuleConfig(data) },
    ...(options.only ? { only: options.only } : {}),
    placer,
    valueOf: (path) => valueAt(data, path),
    ...(placer.text !== undefined ? { disabled: disabledLines(placer.text) } : {}),
  };
  const out: Diagnostic[] = [];
  for (const entry of loadPhaseRules()) runRule(entry.rule, entry, { phase: 'load', input: data, index }, run, out);
  return out;
}
