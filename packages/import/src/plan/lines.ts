import type { Alignment, ReceivedBlock, ReceivedDocument, ReceivedTable, SourcePlace } from '../model.js';
import { splitLabel, wordLabel, type Label } from './labels.js';

/** A paragraph of the original as the recogniser sees it: label split off, plain text. */
export interface Line {
  /** Text without the label, spaces collapsed. */
  text: string;
  label?: Label;
  bold: boolean;
  italic: boolean;
  align?: Alignment;
  source: SourcePlace;
  /** A content table standing at this place (then `text` is ''). */
  table?: ReceivedTable;
  /** A landscape section ends after this block. */
  landscape?: boolean;
}

/** The received document split into header cells, body lines and the signature table. */
export interface Flattened {
  /** Columns of the header table (issuer | Quốc hiệu), each a list of lines; empty when none. */
  header: Line[][];
  lines: Line[];
  /** Columns of the Nơi nhận | signature table, when there is one. */
  signature: Line[][];
  /** Index in `lines` where the signature table stood (lines after it are the signer's, e.g. a name below the table). */
  signatureAt?: number;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One line per paragraph, the label read from Word's auto-numbering or from the text. */
export function toLine(b: Extract<ReceivedBlock, { kind: 'paragraph' }>): Line | undefined {
  const plain = clean(b.plain.replace(/\\\*/g, '*'));
  const auto = b.label ? wordLabel(b.label) : undefined;
  const split = auto ? { label: auto, rest: plain } : splitLabel(plain);
  const text = clean(split.rest);
  if (!text && !split.label) return undefined;
  const line: Line = { text, bold: b.bold === true, italic: b.italic === true, source: b.source };
  if (split.label) line.label = split.label;
  if (b.align) line.align = b.align;
  return line;
}

function cellLines(blocks: readonly ReceivedBlock[]): Line[] {
  const out: Line[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const l = toLine(b);
      if (l) out.push(l);
    } else if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) out.push(...cellLines(c.blocks));
  }
  return out;
}

function columns(t: ReceivedTable): Line[][] {
  const cols: Line[][] = [];
  for (const r of t.rows) {
    r.cells.forEach((c, i) => {
      (cols[i] ??= []).push(...cellLines(c.blocks));
    });
  }
  return cols;
}

/** Splits a received document into header columns, body lines (with content tables) and signature columns. */
export function flatten(doc: ReceivedDocument): Flattened {
  const out: Flattened = { header: [], lines: [], signature: [] };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      const l = toLine(b);
      if (l) out.lines.push(l);
    } else if (b.kind === 'table') {
      if (b.role === 'header' && out.header.length === 0 && out.lines.length < 8) out.header = columns(b);
      else if (b.role === 'signature') {
        out.signature = columns(b);
        out.signatureAt = out.lines.length;
      }
      else if (b.role === 'header') out.lines.push(...columns(b).flat());
      else out.lines.push({ text: '', bold: false, italic: false, source: b.source, table: b });
    } else if (b.kind === 'section' && b.orientation === 'landscape') {
      const last = out.lines[out.lines.length - 1];
      if (last) last.landscape = true;
    }
  }
  return out;
}
