import { IMPORT_CODES, type ImportCode, type ImportSeverity } from './codes.js';
import type { SourcePlace } from './model.js';

/**
 * A problem or an unsure spot found while importing, as data. Shaped like the engine's diagnostics
 * (`code, severity, message, messageEn, file, path, line, column`); `line` is the line of the
 * original for text and PDF (with `page`), and `paragraph` the DOCX paragraph. 0 when not known.
 */
export interface ImportDiagnostic {
  code: string;
  severity: ImportSeverity;
  message: string;
  messageEn: string;
  file: string;
  /** JSON pointer into the produced plan, when the spot is in it; '' otherwise. */
  path: string;
  line: number;
  column: number;
  page?: number;
  paragraph?: number;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/**
 * Builds an import diagnostic from the code table; `params` fill the `{name}` slots
 * (`{detailEn}` falls back to `{detail}`).
 */
export function importDiagnostic(
  code: ImportCode,
  file: string,
  params: Record<string, string | number> = {},
  at: SourcePlace & { path?: string; column?: number } = {},
): ImportDiagnostic {
  const info = IMPORT_CODES[code];
  const all = { detailEn: params.detail ?? '', ...params };
  const d: ImportDiagnostic = {
    code,
    severity: info.severity,
    message: fill(info.vi, all),
    messageEn: fill(info.en, all),
    file,
    path: at.path ?? '',
    line: at.line ?? 0,
    column: at.column ?? 0,
  };
  if (at.page !== undefined) d.page = at.page;
  if (at.paragraph !== undefined) d.paragraph = at.paragraph;
  return d;
}
