export { planSchema } from './generated/plan-schema.js';
export { planSchemaV1 } from './generated/plan-v1-schema.js';
export { checklistSchema } from './generated/checklist-schema.js';
export { unitSchema } from './generated/unit-schema.js';
export { progressSchema } from './generated/progress-schema.js';
export type * from './plan-input.js';
