import { CODES, type Code } from './codes.js';
import type { Diagnostic, Severity } from './diagnostic.js';

/** Where a diagnostic points. */
export interface Place {
  file: string;
  path: string;
  line: number;
  column: number;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/**
 * Builds a diagnostic from the code table.
 * `params` fill the `{name}` slots of the Vietnamese and English templates.
 */
export function makeDiagnostic(
  code: Code,
  place: Place,
  params: Record<string, string | number> = {},
  options: { suggestion?: string; severity?: Severity } = {},
): Diagnostic {
  const info = CODES[code];
  const d: Diagnostic = {
    code,
    severity: options.severity ?? info.severity,
    message: fill(info.vi, params),
    messageEn: fill(info.en, params),
    file: place.file,
    path: place.path,
    line: place.line,
    column: place.column,
  };
  if (options.suggestion) d.suggestion = options.suggestion;
  return d;
}
