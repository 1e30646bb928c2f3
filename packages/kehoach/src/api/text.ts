// The plan as Markdown and as plain text.
import type { Plan } from '@kehoach/core';
import { renderMarkdown as md, renderText as txt } from '@kehoach/render-text';
import { buildOptions, laidOut, type RenderOptions } from './render-options.js';

/** The plan as Markdown. @example const markdown = renderMarkdown(plan); */
export function renderMarkdown(plan: Plan, options: RenderOptions = {}): string {
  return md(laidOut(plan, options.layout), buildOptions(options));
}

/** The plan as plain text. @example const text = renderText(plan, { draft: true }); */
export function renderText(plan: Plan, options: RenderOptions = {}): string {
  return txt(laidOut(plan, options.layout), buildOptions(options));
}
