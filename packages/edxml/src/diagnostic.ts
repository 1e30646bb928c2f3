import { placeIn, type Diagnostic, type Plan } from '@kehoach/core';
import { EDXML_CODES, type EdxmlCode } from './codes.js';

/** A diagnostic of this package, placed at a JSON pointer of the plan (line and column from its source map). */
export function edxmlDiagnostic(code: EdxmlCode, plan: Plan, pointer: string, params: Record<string, string | number> = {}): Diagnostic {
  // `{hint}` is optional in this table: without one it prints nothing.
  return EDXML_CODES.create(code, placeIn(plan.source, pointer), { hint: '', hintEn: '', ...params });
}
