import type { Plan } from '@kehoach/core';
import { alignSequences, similarity } from '@kehoach/diff';
import { buildDocument, parseInline, runsToPlain, type DocBlock } from '@kehoach/document';
import { paragraphText, type Element } from '../ooxml/xml.js';

/** A paragraph of the printed plan with the JSON pointer of the value it prints. */
export interface PrintedUnit {
  /** The value's JSON pointer (a table row's, for a cell's paragraph). */
  path: string;
  /** Its words as printed: number, heading and text. */
  text: string;
  /** A paragraph of a table cell: the column. */
  cell?: number;
}

/** Words compared without case, spacing and Unicode form differences. */
export const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const plain = (s: string) => runsToPlain(parseInline(s));

/** The units one printed block gives: a paragraph, or the paragraphs of each cell of a table. */
function unitsOf(b: DocBlock): PrintedUnit[] {
  if (b.role === 'table') {
    const out: PrintedUnit[] = [];
    for (const row of [...b.table.header, ...b.table.rows]) {
      row.cells.forEach((c, cell) => {
        if (c.continued) return;
        for (const p of c.paragraphs) out.push({ path: row.path, text: norm(b.list ? p : plain(p)), cell });
      });
    }
    return out;
  }
  if (!b.path) return [];
  const words = [b.label, b.title && plain(b.title), b.text && plain(b.text)].filter(Boolean).join(b.inline ? ': ' : ' ');
  return [{ path: b.path, text: norm(words) }];
}

/** Every paragraph of the plan's body and appendices that prints a value of the input, in print order. */
export function printedUnits(plan: Plan): PrintedUnit[] {
  const doc = buildDocument(plan, { appendix: true });
  return [...doc.body, ...doc.appendices.flatMap((a) => a.body)].flatMap(unitsOf);
}

/**
 * Which value each paragraph of a rendered DOCX prints: the printed plan's units aligned with the
 * document's paragraphs (the same words first, alike ones between them). Paragraphs kehoach writes
 * around the values (the header table, the signature) map to nothing.
 */
export function mapParagraphs(units: readonly PrintedUnit[], paragraphs: readonly Element[], text: (p: Element) => string = (p) => paragraphText(p)): Map<Element, PrintedUnit> {
  const texts = paragraphs.map((p) => norm(text(p)));
  const out = new Map<Element, PrintedUnit>();
  const steps = alignSequences(units.map((u) => u.text), texts, { key: (s) => s, similarity: (a, b) => (a && b ? similarity(a, b) : 0), threshold: 0.6 });
  for (const s of steps) if (s.a !== undefined && s.b !== undefined) out.set(paragraphs[s.b]!, units[s.a]!);
  return out;
}
