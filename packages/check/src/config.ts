import { isRuleSetting, type RuleConfig, type RuleSetting } from '@kehoach/core';
import { parse } from 'yaml';

// Settings, severities and disable comments are the rule system's (core): one way to configure a rule.
export { effectiveSeverity, disabledLines, type RuleConfig, type RuleSetting } from '@kehoach/core';

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
    if (isRuleSetting(v)) config[k] = v as RuleSetting;
    else problems.push(`“${k}: ${String(v)}” — mức phải là off, warn hoặc error`);
  }
  return { config, problems };
}
