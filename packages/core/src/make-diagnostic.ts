import { CODES, type Code } from './codes.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import { quoteLimited } from './quote-limited.js';

/** Where a diagnostic points. */
export interface Place {
  file: string;
  path: string;
  line: number;
  column: number;
}

/** Longest parameter printed in a message: parameters quote the input, which may be megabytes. */
const MAX_PARAM = 500;

/**
 * Fills the `{name}` slots of a message template from `params` (own properties only; a value is
 * cut at 500 characters, since parameters quote the input); a slot without a value stays as written.
 * Every package's code table builds its messages with it.
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(params, k) ? quoteLimited(String(params[k]), MAX_PARAM) : m));
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
    message: fillTemplate(info.vi, params),
    messageEn: fillTemplate(info.en, params),
    file: place.file,
    path: place.path,
    line: place.line,
    column: place.column,
  };
  if (options.suggestion) d.suggestion = quoteLimited(options.suggestion, MAX_PARAM);
  return d;
}
