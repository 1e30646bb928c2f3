export { clonePlan, taskHashes, type CloneResult } from './clone-plan.js';
export { loadUnit, type UnitProfile } from './load-unit.js';
export { COMMUNE_AGENCIES, DEFAULT_RULES, defaultTarget, type MapTarget } from './default-map.js';
export { canonicalJson, contentHash, shortHash } from './hash.js';
export { planToYaml } from '@kehoach/yaml-edit';
export { rewrite, rewriteText, rewriteDeep, lowerFirst, type Replacements } from './rewrite-text.js';
export { tracePlan, type TraceResult, type Drift } from './trace-plan.js';
export { rollPlan, staleYears, type RollOptions } from './roll-plan.js';
export { CLONE_CODES, type CloneCode } from './codes.js';
