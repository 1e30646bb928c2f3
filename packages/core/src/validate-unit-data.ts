import { validate } from './generated/validate-unit.js';
import type { Validator } from './validate-schema.js';

/**
 * The precompiled validator of unit profiles (`schemas/unit.schema.json`), for `validateAgainstSchema`.
 * Typed here: the generated module is `@ts-nocheck`, and its emitted declaration (ajv's destructured
 * options) does not compile without `skipLibCheck`, so the public API never reaches it.
 */
export const validateUnitData: Validator = validate as Validator;
