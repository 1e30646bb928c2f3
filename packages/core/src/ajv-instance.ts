import _Ajv2020 from 'ajv/dist/2020.js';
import _addFormats from 'ajv-formats';
import type { AnySchema, ValidateFunction } from 'ajv';

// ajv and ajv-formats are CommonJS; depending on the loader the default import is the
// module object or the export itself.
type AjvClass = typeof _Ajv2020.default;
const Ajv2020 = ((_Ajv2020 as unknown as { default?: AjvClass }).default ?? _Ajv2020) as AjvClass;
const addFormats = ((_addFormats as unknown as { default?: typeof _addFormats.default }).default ??
  _addFormats) as typeof _addFormats.default;

const cache = new Map<unknown, ValidateFunction>();

/**
 * A compiled validator for a draft 2020-12 schema, compiled once per schema object.
 * Runs with `allErrors` (every problem at once) and `verbose` (the failing schema, for suggestions).
 */
export function compileSchema(schema: AnySchema): ValidateFunction {
  let fn = cache.get(schema);
  if (!fn) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    addFormats(ajv, ['date']);
    fn = ajv.compile(schema);
    cache.set(schema, fn);
  }
  return fn;
}
