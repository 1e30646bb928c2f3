export { migrateYaml, type MigrateResult } from './migrate-yaml.js';
export { graft, nodeAt } from './graft.js';
