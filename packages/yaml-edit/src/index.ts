export { migrateYaml, type MigrateResult } from './migrate-yaml.js';
export { graft, nodeAt } from './graft.js';
export { planToYaml } from './plan-to-yaml.js';
export { editText, type TextEdit, type EditResult } from './edit-text.js';
