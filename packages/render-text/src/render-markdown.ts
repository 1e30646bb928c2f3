import type { Plan } from '@kehoach/core';
import { buildDocument, parseInline, runsToMarkdown, type BuildOptions, type DocTable, type PrintedDocument } from '@kehoach/document';
import { paragraphText } from './render-text.js';
import { tableToMarkdown } from './table-text.js';

/**
 * Escapes what would open a block at the start of a line (a heading `#`, a quote `>`, a list item,
 * a setext underline): user text that starts a line, or follows a hard break, stays in its paragraph.
 */
export function blockSafe(markdown: string, atStart = true): string {
  const at = atStart ? /(^|\n)([ \t]{0,3})(?:([#>+=-])|(\d{1,9})([.)])(?=\s|$))/g : /(\n)([ \t]{0,3})(?:([#>+=-])|(\d{1,9})([.)])(?=\s|$))/g;
  // a digit cannot be escaped in Markdown: an ordered list's `1.` becomes `1\.`
  return markdown.replace(at, (_m, start: string, indent: string, mark?: string, digits?: string, dot?: string) =>
    `${start}${indent}${mark !== undefined ? `\\${mark}` : `${digits}\\${dot}`}`);
}

/** Inline Markdown of the plan, normalised; a line after a hard break never opens a block. */
function md(text: string): string {
  return blockSafe(runsToMarkdown(parseInline(text)), false);
}

/** Plain text (a list table's cell) as Markdown that prints it as it is. */
function literal(text: string): string {
  return runsToMarkdown(text ? [{ text, bold: false, italic: false }] : []);
}

/** A header line made of user text (the number line, the date line with its place): one line, text as text. */
function headerLine(text: string): string {
  return blockSafe(literal(text.replace(/\s*[\r\n]+\s*/g, ' ')));
}

/** A body block that is a table, as a pipe table: a list table's cells are plain text. */
function tableBlock(b: DocTable): string {
  return tableToMarkdown(b.table, b.list ? literal : md);
}

/** Escapes a generated label so Markdown does not turn it into a list: `1.` → `1\.`, `-` → `\-`. */
function label(l: string): string {
  return l.replace(/^(\d+(?:\.\d+)*)\.$/, '$1\\.').replace(/^([-+*])$/, '\\$1').replace(/^\((\d+)\)$/, '\\($1)');
}

/** A printed document as Markdown: bold headings, italic date line, literal numbering. */
export function documentToMarkdown(doc: PrintedDocument): string {
  const blocks: string[] = [];
  const h = doc.header;
  const lines = (ls: string[]) => ls.join('  \n');
  if (h.draftMark) blocks.push(`**${md(h.draftMark)}**`);
  if (doc.stamp.length) blocks.push(lines(doc.stamp.map(md)));
  if (h.parentLines.length) blocks.push(lines(h.parentLines.map(md)));
  blocks.push(lines(h.issuerLines.map((l) => `**${md(l)}**`)));
  blocks.push(lines([`**${h.nation}**`, `**${h.motto}**`]));
  const numberBlock = [h.numberLine ? headerLine(h.numberLine) : '', ...h.subjectLines.map((l) => blockSafe(md(l))), ...h.marks.map((m) => `**${md(m)}**`)].filter((l) => l !== '');
  if (numberBlock.length) blocks.push(lines(numberBlock));
  if (h.dateLine) blocks.push(`*${headerLine(h.dateLine).replace(/ +/g, (s) => (s.length > 1 ? ' …… ' : s))}*`);
  if (doc.titleLines.length) blocks.push(lines([...doc.titleLines.map((l) => `**${md(l)}**`), ...(doc.attachedLine ? [`*${md(doc.attachedLine)}*`] : [])]));
  if (doc.addressees.length) blocks.push(lines(['Kính gửi:', ...doc.addressees.map((a) => `\\- ${md(a)};`)]));
  for (const p of doc.body) {
    if (p.role === 'table') {
      blocks.push(tableBlock(p));
      continue;
    }
    if (p.role === 'part') {
      blocks.push(lines([`**${p.label}**`, `**${md(p.title ?? '')}**`]));
      continue;
    }
    const bold = p.role === 'section' || p.role === 'khoan';
    const labelled = { ...p, label: label(p.label) };
    if (bold && p.title !== undefined) {
      const head = `**${[p.label, md(p.title)].filter(Boolean).join(' ')}**`.replace(/^\*\*(\d+(?:\.\d+)*)\./, '**$1\\.');
      const text = p.text !== undefined ? md(p.text) : '';
      blocks.push(p.inline && text ? `${head}: ${text}` : [head, text].filter(Boolean).join(' '));
    } else blocks.push(paragraphText(labelled, md));
  }
  if (doc.recipients) {
    blocks.push(lines([`***${doc.recipients.heading}***`, ...doc.recipients.lines.map((l) => `\\${md(l)}`)]));
  }
  for (const s of doc.signatures) blocks.push(lines([...s.lines.map((l) => `**${md(l)}**`), '', `**${md(s.name)}**`]));
  for (const a of doc.appendices) {
    blocks.push('---', lines([`**${a.heading}**`, `**${md(a.title)}**`, `*${md(a.attached)}*`]));
    for (const p of a.body) blocks.push(p.role === 'table' ? tableBlock(p) : paragraphText({ ...p, label: label(p.label) }, md));
  }
  return blocks.join('\n\n') + '\n';
}

/** A plan as Markdown (for review on a portal, in a pull request, or for pandoc). */
export function renderMarkdown(plan: Plan, options: BuildOptions = {}): string {
  return documentToMarkdown(buildDocument(plan, options));
}
