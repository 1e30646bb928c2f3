import { hasErrors, loadPlan, type Plan } from '@kehoach/core';
import { renderDocx } from '@kehoach/render-docx';
import { mapParagraphs, norm, printedUnits, type PrintedUnit } from '../comments/paragraph-map.js';
import { DocxParts } from '../ooxml/package-parts.js';
import { descendants, paragraphText, parseXml } from '../ooxml/xml.js';

/** A plan's DOCX as kehoach renders it: each paragraph's words and the value it prints, if any. */
export interface RenderedParagraph {
  text: string;
  unit?: PrintedUnit;
}

/** The paragraphs of the plan's DOCX (body, tables, appendices), with the value each prints. */
export function renderedParagraphs(plan: Plan): RenderedParagraph[] | undefined {
  const docx = renderDocx(plan).docx;
  if (!docx) return undefined;
  const doc = parseXml(new DocxParts(docx).read('word/document.xml')!);
  const body = descendants(doc.documentElement!, 'body')[0]!;
  const paragraphs = descendants(body, 'p');
  const map = mapParagraphs(printedUnits(plan), paragraphs);
  return paragraphs.map((p) => {
    const unit = map.get(p);
    return { text: norm(paragraphText(p)), ...(unit ? { unit } : {}) };
  });
}

/** A plan source loaded, or undefined when it no longer loads without errors. */
export function loadClean(text: string, file: string): Plan | undefined {
  const r = loadPlan(text, { file });
  return r.plan && !hasErrors(r.diagnostics) ? r.plan : undefined;
}

/** The words the value at `path` prints as now, in the plan's DOCX (its first paragraph). */
export function printedAt(text: string, file: string, path: string): string | undefined {
  const plan = loadClean(text, file);
  return plan ? renderedParagraphs(plan)?.find((p) => p.unit?.path === path && p.unit.cell === undefined)?.text : undefined;
}
