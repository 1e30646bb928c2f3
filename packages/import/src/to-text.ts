import type { ReceivedBlock, ReceivedDocument } from './model.js';

/**
 * The received document as plain text: one paragraph per line with its auto-number label, table
 * rows as cells joined by ` | ` (cell paragraphs joined by spaces) — the shape of the corpus
 * `text.txt` of DOCX files, so reading can be measured against it.
 */
export function receivedToText(doc: ReceivedDocument): string {
  const lines: string[] = [];
  const visit = (b: ReceivedBlock): void => {
    if (b.kind === 'paragraph') lines.push(b.label ? `${b.label} ${b.plain}` : b.plain);
    else if (b.kind === 'table') {
      for (const row of b.rows) {
        lines.push(row.cells.map((c) => cellText(c.blocks)).join(' | '));
      }
    }
  };
  for (const b of doc.blocks) visit(b);
  return lines.join('\n') + '\n';
}

function cellText(blocks: readonly ReceivedBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') parts.push(b.label ? `${b.label} ${b.plain}` : b.plain);
    else if (b.kind === 'table') for (const r of b.rows) parts.push(r.cells.map((c) => cellText(c.blocks)).join(' '));
  }
  return parts.filter((p) => p !== '').join(' ').replace(/\s+/g, ' ');
}
