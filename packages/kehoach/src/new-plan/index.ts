export { newPlan, missingNewPlanOptions, type NewPlanOptions, type NewPlanResult } from './new-plan.js';
export { UNIT_KINDS, type UnitKind, type UnitKindId, type UnitFacts, type UnitBodies } from './units.js';
