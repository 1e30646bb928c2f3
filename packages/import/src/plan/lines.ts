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

/** A header or signature cell's lines: a paragraph with line breaks (`Nơi nhận:` ↵ `- Bộ Nội vụ;`) is several lines. */
function brokenLines(blocks: readonly ReceivedBlock[]): Line[] {
  return cellLines(blocks).flatMap((l) => {
    const raw = blocks.find((b) => b.kind === 'paragraph' && b.source === l.source) as Extract<ReceivedBlock, { kind: 'paragraph' }> | undefined;
    const parts = raw?.plain.includes('\n') ? raw.plain.split('\n').map((x) => clean(x)).filter(Boolean) : undefined;
    return parts && parts.length > 1 ? parts.map((text) => ({ ...l, text, ...(l.label ? {} : {}) })) : [l];
  });
}

function columns(t: ReceivedTable): Line[][] {
  const cols: Line[][] = [];
  for (const r of t.rows) {
    r.cells.forEach((c, i) => {
      (cols[i] ??= []).push(...brokenLines(c.blocks));
    });
  }
  return cols;
}

/**
 * A header laid out with spaces or tabs on one line: `PHÒNG GD-ĐT BÌNH TÂN ⇥ CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM` — the issuer's side and the national motto's (or the place and date) side.
 */
const SIDE_BY_SIDE = /^(\S.*?\S)(?:\s*\t\s*|\s{3,})(\S.*)$/u;
const RIGHT_SIDE = /^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP|.{2,40},\s*ngày\b)/u;

/** Splits a received document into header columns, body lines (with content tables) and signature columns. */
export function flatten(doc: ReceivedDocument): Flattened {
  const out: Flattened = { header: [], lines: [], signature: [] };
  const sides: Line[][] = [[], []];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      const side = !out.header.length && out.lines.length < 8 ? SIDE_BY_SIDE.exec(b.plain.trim()) : null;
      if (side && RIGHT_SIDE.test(side[2]!.trim())) {
        const base: Line = { text: '', bold: b.bold === true, italic: b.italic === true, source: b.source };
        sides[0]!.push({ ...base, text: clean(side[1]!) });
        sides[1]!.push({ ...base, text: clean(side[2]!) });
        continue;
      }
      if (sides[0]!.length && !out.header.length) out.header = sides;
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
