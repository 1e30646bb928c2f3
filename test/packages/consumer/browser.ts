// A browser consumer (module esnext, moduleResolution bundler, lib DOM, no Node types): the public
// API's types must not need @types/node.
import { loadPlanOrThrow, renderDocxOrThrow, renderMarkdown, printDocument, type PrintedDocument, type Plan } from 'kehoach';

export function preview(yaml: string, target: HTMLElement): Blob {
  const plan: Plan = loadPlanOrThrow(yaml);
  const doc: PrintedDocument = printDocument(plan, { draft: true });
  target.textContent = renderMarkdown(plan) + doc.header.numberLine;
  const bytes: Uint8Array = renderDocxOrThrow(plan);
  return new Blob([bytes.slice()], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

// The packages that run in browsers need no Node types either.
export type InBrowsers = [
  typeof import('@kehoach/schema'), typeof import('@kehoach/core'), typeof import('@kehoach/document'), typeof import('@kehoach/render-text'),
  typeof import('@kehoach/render-docx'), typeof import('@kehoach/checklist'), typeof import('@kehoach/clone'), typeof import('@kehoach/yaml-edit'),
  typeof import('@kehoach/check'), typeof import('@kehoach/edxml'), typeof import('@kehoach/import'), typeof import('@kehoach/nd30'),
];
