export { planSchema } from './generated/plan-schema.js';
export type * from './plan-input.js';
