// The Decree 30 DOCX of a plan.
import type { Diagnostic, Plan } from '@kehoach/core';
import { renderDocx as docx } from '@kehoach/render-docx';
import { orThrow } from '../plan-error.js';
import { buildOptions, laidOut, type RenderOptions } from './render-options.js';

/** Options of `renderDocx`: a template of one's own (its name for diagnostics). */
export interface DocxRenderOptions extends RenderOptions {
  /** A DOCX template of one's own, as bytes. */
  template?: Uint8Array;
  /** The template's file name, for its diagnostics. */
  templateFile?: string;
}

/**
 * The Decree 30 DOCX of a plan, as bytes (or the diagnostics of a bad template).
 *
 * @example
 * const { docx } = renderDocx(plan, { layout: 'by-agency' });
 */
export function renderDocx(
  plan: Plan,
  options: DocxRenderOptions = {},
): { docx?: Uint8Array; diagnostics: Diagnostic[] } {
  const r = docx(laidOut(plan, options.layout), {
    ...buildOptions(options),
    ...(options.template ? { template: options.template, file: options.templateFile ?? 'template.docx' } : {}),
  });
  return { ...(r.docx ? { docx: r.docx } : {}), diagnostics: r.diagnostics };
}

/** Like `renderDocx`, but returns the bytes or throws a `PlanError`. @example const bytes = renderDocxOrThrow(plan); */
export function renderDocxOrThrow(plan: Plan, options: DocxRenderOptions = {}): Uint8Array {
  const r = renderDocx(plan, options);
  return orThrow(r.docx, r.diagnostics);
}
