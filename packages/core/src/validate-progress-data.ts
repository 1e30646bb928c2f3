import { validate } from './generated/validate-progress.js';
import type { Validator } from './validate-schema.js';

/**
 * The precompiled validator of progress files (`schemas/progress.schema.json`), for
 * `validateAgainstSchema`; typed here as `validateUnitData` is (the generated module is `@ts-nocheck`).
 */
export const validateProgressData: Validator = validate as Validator;
