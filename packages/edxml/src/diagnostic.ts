import { fillTemplate, placeIn, type Diagnostic, type Plan } from '@kehoach/core';
import { EDXML_CODES, type EdxmlCode } from './codes.js';

/** A diagnostic of this package, placed at a JSON pointer of the plan (line and column from its source map). */
export function edxmlDiagnostic(code: EdxmlCode, plan: Plan, pointer: string, params: Record<string, string | number> = {}): Diagnostic {
  const info = EDXML_CODES[code];
  // `{hint}` is optional in this table: without one it prints nothing.
  const all = { hint: '', hintEn: '', ...params };
  const fill = (t: string) => fillTemplate(t, all);
  const place = placeIn(plan.source, pointer);
  return { code, severity: info.severity, message: fill(info.vi), messageEn: fill(info.en), file: place.file, path: place.path, line: place.line, column: place.column };
}
