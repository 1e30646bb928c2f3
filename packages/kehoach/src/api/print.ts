// The printed document model, for previews in a page: nothing of the writers.
import type { Plan } from '@kehoach/core';
import { buildDocument, type PrintedDocument } from '@kehoach/document';
import { buildOptions, laidOut, type RenderOptions } from './render-options.js';

/**
 * The plan as it is printed (header, numbered body, signature, recipients, appendices): the model every
 * renderer lays out, for previews in a page. Each body paragraph carries the JSON pointer it prints.
 *
 * @example
 * const doc = printDocument(plan, { draft: true }); // doc.header.numberLine === 'Số:      /KH-UBND'
 */
export function printDocument(plan: Plan, options: RenderOptions = {}): PrintedDocument {
  return buildDocument(laidOut(plan, options.layout), buildOptions(options));
}
