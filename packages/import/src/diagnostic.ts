import type { Diagnostic } from '@kehoach/core';
import { IMPORT_CODES, type ImportCode } from './codes.js';
import type { SourcePlace } from './model.js';

/**
 * A problem or an unsure spot found while importing: the engine's one `Diagnostic` shape, with `path`
 * a JSON pointer into the produced plan (or ''); `line` is the line of the original for text and PDF
 * (with `page`), and `paragraph` the DOCX paragraph. 0 when not known.
 */
export type ImportDiagnostic = Diagnostic;

/**
 * Builds an import diagnostic from the code table; `params` fill the `{name}` slots
 * (`{detailEn}` falls back to `{detail}`).
 */
export function importDiagnostic(
  code: ImportCode,
  file: string,
  params: Record<string, string | number> = {},
  at: SourcePlace & { path?: string; column?: number } = {},
): Diagnostic {
  const all = { detailEn: params.detail ?? '', ...params };
  const place = { file, path: at.path ?? '', line: at.line ?? 0, column: at.column ?? 0 };
  return IMPORT_CODES.create(code, place, all, {
    ...(at.page !== undefined ? { page: at.page } : {}),
    ...(at.paragraph !== undefined ? { paragraph: at.paragraph } : {}),
  });
}
