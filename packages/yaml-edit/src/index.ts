// @kehoach/yaml-edit: plan YAML edited with its comments and layout kept — schema v1 → v2, text
// edits (the fixes of `kehoach check --fix`), plan data written as readable YAML.
export { migrateYaml, type MigrateResult } from './migrate-yaml.js';
export { planToYaml, type PlanToYamlOptions } from './plan-to-yaml.js';
export { editText, type TextEdit, type EditResult } from './edit-text.js';
