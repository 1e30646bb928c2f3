export { checkPlanText, checkLoadedPlan, checkDiagnostic, type CheckOptions, type CheckResult } from './run-rules.js';
export { RULE_IDS, loadRule, loadRules } from './registry.js';
export { defineRule, type Category, type Report, type Rule, type RuleContext, type RuleMeta } from './rule.js';
export { RULE_DOCS, type CheckDiagnostic, type Fix } from './check-diagnostic.js';
export { CHECK_CODES, type CheckCode } from './codes.js';
export { parseRc, effectiveSeverity, disabledLines, type RuleConfig, type RuleSetting } from './config.js';
export { ruleDoc, rulesTable, rulesList } from './rule-docs.js';
// The rules' examples start from the same base plan, in core with the rule system.
export { EXAMPLE_BASE, examplePlan, proseOf, type Prose } from '@kehoach/core';
export { exampleFindings, type ExampleFindings } from './example-findings.js';
export { applyFixes, type FixResult } from './apply-fixes.js';
