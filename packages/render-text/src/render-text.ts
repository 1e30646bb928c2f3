import type { Plan } from '@kehoach/core';
import { buildDocument, parseInline, runsToPlain, type BuildOptions, type DocBlock, type DocParagraph, type PrintedDocument } from '@kehoach/document';
import { tableToText } from './table-text.js';

function plain(md: string): string {
  return runsToPlain(parseInline(md));
}

/** One body paragraph as plain text: `a) Text`, `4. Sở Nội vụ: Text`. */
export function paragraphText(p: DocParagraph, render: (md: string) => string = plain): string {
  if (p.role === 'part') return `${p.label}\n${p.title !== undefined ? render(p.title) : ''}`;
  const head = [p.label, p.title !== undefined ? render(p.title) : ''].filter(Boolean).join(' ');
  const text = p.text !== undefined ? render(p.text) : '';
  if (p.inline) return text ? `${head}: ${text}` : head;
  return [head, text].filter(Boolean).join(' ');
}

/** One body block as plain text: a paragraph, or a table's rows (a list table's cells are plain text already). */
export function blockText(b: DocBlock, render: (md: string) => string = plain): string {
  if (b.role !== 'table') return paragraphText(b, render);
  return tableToText(b.table, b.list ? (s) => s : render);
}

/** A printed document as plain text, one paragraph per block, blank lines between. */
export function documentToText(doc: PrintedDocument): string {
  const blocks: string[] = [];
  const h = doc.header;
  // The draft indication stands alone at the top (the DOCX frames it at the top right of page 1).
  if (h.draftMark) blocks.push(h.draftMark);
  if (doc.stamp.length) blocks.push(doc.stamp.join('\n'));
  blocks.push([...h.parentLines, ...h.issuerLines].join('\n'));
  blocks.push(`${h.nation}\n${h.motto}`);
  // A plan attached to its decision has no number or date line of its own.
  const numberBlock = [h.numberLine, ...h.subjectLines, ...h.marks].filter((l) => l !== '');
  if (numberBlock.length) blocks.push(numberBlock.join('\n'));
  if (h.dateLine) blocks.push(h.dateLine);
  if (doc.titleLines.length) blocks.push([...doc.titleLines, ...(doc.attachedLine ? [doc.attachedLine] : [])].join('\n'));
  if (doc.addressees.length) blocks.push(['Kính gửi:', ...doc.addressees.map((a) => `- ${a};`)].join('\n'));
  for (const p of doc.body) blocks.push(blockText(p));
  if (doc.recipients) blocks.push([doc.recipients.heading, ...doc.recipients.lines].join('\n'));
  for (const s of doc.signatures) blocks.push([...s.lines, '', '', s.name].join('\n'));
  for (const a of doc.appendices) {
    blocks.push([a.heading, a.title, a.attached].join('\n'));
    for (const p of a.body) blocks.push(blockText(p));
  }
  return blocks.join('\n\n') + '\n';
}

/**
 * A plan as plain text: the same words and numbers as the DOCX, without formatting.
 * Handy for review, diffs and comparison with the source document.
 */
export function renderText(plan: Plan, options: BuildOptions = {}): string {
  return documentToText(buildDocument(plan, options));
}
