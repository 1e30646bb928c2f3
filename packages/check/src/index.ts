// @kehoach/check: the content checker of `kehoach check`. Its index holds what a user runs (the
// checker, its rules and their configuration, the safe fixes) and what `kehoach` re-exports; the
// rule system itself (defineRule, registerRules, the runner) is core's.

// Checking a plan's YAML text: the load rules' findings and the content rules', placed on the exact words.
export { checkPlanText, checkLoadedPlan, type CheckOptions, type CheckResult } from './run-rules.js';
export type { CheckDiagnostic } from './check-diagnostic.js';
export { CHECK_CODES } from './codes.js';

// The content rules: their ids, the rules loaded (each `meta` documents one), one line per rule.
export { RULE_IDS, loadRules } from './registry.js';
export type { Rule, RuleMeta } from './rule.js';
export { rulesList } from './rule-docs.js';

// Configuration (`.kehoachrc.yaml`, a plan's `check:` block) and the safe fixes of `--fix`.
export { parseRc, type RuleConfig } from './config.js';
export { applyFixes, type FixResult } from './apply-fixes.js';
