// The rule system is core's (`@kehoach/core` rules/): one way to define a rule, of either phase.
// The content rules of this package import it from here.
export { defineRule, type Category, type Report, type Rule, type RuleContext, type RuleMeta } from '@kehoach/core';
