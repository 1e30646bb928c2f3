// @kehoach/clone: a higher plan cloned for a lower unit, what a clone still covers (trace), and a
// plan rolled on to next year. The rewriting tables and hashes stay in their files.
export { clonePlan, type CloneResult } from './clone-plan.js';
export { loadUnit, type UnitProfile } from './load-unit.js';
// A commune of the units registry as a unit profile (clone --unit by name or code, --province).
export { communeProfile } from './registry-unit.js';
// The bodies of a commune (shared/docs/agency-levels.md) with the unit itself: clone's and a blank plan's (kehoach's newPlan).
export { unitAgencies } from './steps/context.js';
export { tracePlan, type TraceResult, type Drift } from './trace-plan.js';
export { rollPlan, staleYears, type RollOptions } from './roll-plan.js';
// A commune's plan rolled across 1 July 2025: its successor and the finding that says so (kehoach's rollPlan).
export { successionDiagnostic, type Succession } from './roll-units.js';
export { CLONE_CODES } from './codes.js';
// A cloned plan written as YAML (@kehoach/yaml-edit's writer), as this package's README shows.
export { planToYaml } from '@kehoach/yaml-edit';
