import { fillTemplate, type Diagnostic } from '@kehoach/core';
import { IMPORT_CODES, type ImportCode, type ImportSeverity } from './codes.js';
import type { SourcePlace } from './model.js';

/**
 * A problem or an unsure spot found while importing, as data. Shaped like the engine's diagnostics
 * (`Diagnostic` of the core, `path` a JSON pointer into the produced plan or ''); `line` is the line of the
 * original for text and PDF (with `page`), and `paragraph` the DOCX paragraph. 0 when not known.
 */
export interface ImportDiagnostic extends Omit<Diagnostic, 'severity' | 'suggestion'> {
  severity: ImportSeverity;
  page?: number;
  paragraph?: number;
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
    message: fillTemplate(info.vi, all),
    messageEn: fillTemplate(info.en, all),
    file,
    path: at.path ?? '',
    line: at.line ?? 0,
    column: at.column ?? 0,
  };
  if (at.page !== undefined) d.page = at.page;
  if (at.paragraph !== undefined) d.paragraph = at.paragraph;
  return d;
}
