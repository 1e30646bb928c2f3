import type { Severity } from '@kehoach/core';
import { parse } from 'yaml';

/** A rule's setting in configuration. */
export type RuleSetting = 'off' | 'warn' | 'error';

/** Rule id → setting, from `.kehoachrc.yaml` or the plan's `check:` block. */
export type RuleConfig = Record<string, RuleSetting>;

const SETTINGS = new Set(['off', 'warn', 'error']);

/**
 * Reads `.kehoachrc.yaml`: a mapping rule id → `off|warn|error`, at the top or under `check:`.
 * Returns the settings and the entries it could not use (as problems in Vietnamese).
 */
export function parseRc(text: string): { config: RuleConfig; problems: string[] } {
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    return { config: {}, problems: [`không đọc được tệp cấu hình: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (value && typeof value === 'object' && 'check' in value) value = (value as { check: unknown }).check;
  if (value === null || value === undefined) return { config: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { config: {}, problems: ['tệp cấu hình phải là bảng “quy-tac: off|warn|error”'] };
  const config: RuleConfig = {};
  const problems: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && SETTINGS.has(v)) config[k] = v as RuleSetting;
    else problems.push(`“${k}: ${String(v)}” — mức phải là off, warn hoặc error`);
  }
  return { config, problems };
}

/** The severity a setting gives, or null for `off`; no setting keeps the rule's default. */
export function effectiveSeverity(defaultSeverity: Severity, setting: RuleSetting | undefined): Severity | null {
  if (setting === 'off') return null;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return defaultSeverity;
}

/**
 * The `# kehoach-disable-next-line rule-a, rule-b -- why` comments of a source: line number (1-based) of the
 * line they apply to → the rules they name (an empty set: every rule).
 */
export function disabledLines(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
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
