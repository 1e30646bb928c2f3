import type { Severity } from '../diagnostics/diagnostic.js';
import type { DocumentKindProfile } from '../kinds/profile.js';
import { asData } from './index-plan.js';
import type { RuleMeta } from './rule.js';

/** A rule's setting in configuration. */
export type RuleSetting = 'off' | 'warn' | 'error';

/** Rule id → setting, from `.kehoachrc.yaml` or the plan's `check:` block. */
export type RuleConfig = Record<string, RuleSetting>;

const SETTINGS: ReadonlySet<string> = new Set(['off', 'warn', 'error']);

/** Whether a value is a rule setting (`off`, `warn`, `error`). */
export function isRuleSetting(v: unknown): v is RuleSetting {
  return typeof v === 'string' && SETTINGS.has(v);
}

/** The settings of a plan's own `check:` block (read from input that may be invalid: what is not a setting is left out). */
export function planRuleConfig(input: unknown): RuleConfig {
  const block = asData(asData(input)?.check);
  const out: RuleConfig = {};
  if (block) for (const [id, v] of Object.entries(block)) if (isRuleSetting(v)) out[id] = v;
  return out;
}

/** The severity a setting gives, or null for `off`; no setting keeps the rule's default. */
export function effectiveSeverity(defaultSeverity: Severity, setting: RuleSetting | undefined): Severity | null {
  if (setting === 'off') return null;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return defaultSeverity;
}

/**
 * The severity a rule runs at on a document, or null when it does not run. A required rule always
 * runs at its own severity. Any other runs when the document's kind lists it, `only` (if given)
 * names it, and configuration does not turn it off — with `only`, a rule turned off runs at its default.
 */
export function ruleSeverity(meta: RuleMeta, kind: DocumentKindProfile | undefined, config: RuleConfig, only?: readonly string[]): Severity | null {
  if (meta.required) return meta.severity;
  if (!kind?.rules.includes(meta.id)) return null;
  if (only && !only.includes(meta.id)) return null;
  const setting = Object.hasOwn(config, meta.id) ? config[meta.id] : undefined;
  return effectiveSeverity(meta.severity, setting) ?? (only ? meta.severity : null);
}

/**
 * The `# kehoach-disable-next-line rule-a, rule-b -- why` comments of a source: line number (1-based) of the
 * line they apply to → the rules they name (`*`: every rule).
 */
export function disabledLines(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!text.includes('kehoach-disable-next-line')) return out;
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /#\s*kehoach-disable-next-line\b(.*)$/.exec(line);
    if (!m) return;
    // `-- why` after the rule names is the justification (as in eslint), not more rule names.
    const rules = m[1]!.split(/\s--\s|\s--$/)[0]!.split(/[\s,]+/).filter((r) => /^[a-z][a-z0-9-]*$/.test(r));
    const set = out.get(i + 2) ?? new Set<string>();
    if (!rules.length) set.add('*');
    for (const r of rules) set.add(r);
    out.set(i + 2, set);
  });
  return out;
}

/** Whether a disable comment silences rule `id` on one of `lines` (the finding's line, the line its value starts on). */
export function isDisabled(disabled: ReadonlyMap<number, ReadonlySet<string>>, id: string, lines: readonly number[]): boolean {
  return lines.some((l) => {
    const s = disabled.get(l);
    return !!s && (s.has('*') || s.has(id));
  });
}
