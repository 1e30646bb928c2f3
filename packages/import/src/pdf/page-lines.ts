import type { TextRun } from '../inline-markdown.js';
import { pushRun } from '../inline-markdown.js';
import type { PdfTextItem } from './load-pdfjs.js';

/** A horizontal piece of a line: text with no wide gap inside. */
export interface Segment {
  x0: number;
  x1: number;
  runs: TextRun[];
  text: string;
  size: number;
}

/** A line of a page: segments at one baseline, left to right. */
export interface PdfLine {
  page: number;
  /** 1-based line number on the page, top to bottom. */
  line: number;
  /** Baseline, from the top of the page (points). */
  y: number;
  segments: Segment[];
}

/** Font facts per pdf.js font id. */
export type FontStyle = (fontName: string) => { bold: boolean; italic: boolean };

interface Glyphs {
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A gap wider than this many font sizes splits a line into segments (table columns, signature blocks). */
const SEGMENT_GAP = 1.3;

/**
 * Groups the text items of one page into lines (same baseline within a third of the font size),
 * left to right, split into segments at wide gaps; spaces are inserted where glyphs are apart.
 */
export function pageLines(items: readonly PdfTextItem[], pageHeight: number, page: number, font: FontStyle): PdfLine[] {
  const glyphs: Glyphs[] = [];
  for (const it of items) {
    if (!it.str) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = it.transform;
    if (Math.abs(b) > Math.abs(a) * 0.1) continue; // rotated text (watermarks, margins)
    const size = Math.hypot(a, b) || it.height || 10;
    const style = font(it.fontName);
    glyphs.push({ x0: e, x1: e + it.width, y: pageHeight - f, size, text: it.str, ...style });
  }
  glyphs.sort((p, q) => p.y - q.y || p.x0 - q.x0);
  const body = medianSize(glyphs);
  const normal = glyphs.filter((g) => g.size >= body * 0.8);
  // A raised small number next to normal text is a footnote reference: dropped.
  const kept = glyphs.filter((g) => {
    if (g.size >= body * 0.8 || !/^\d{1,2}$/.test(g.text.trim())) return true;
    return !normal.some((n) => g.y < n.y - n.size * 0.2 && g.y > n.y - n.size * 0.8 && g.x0 >= n.x1 - 1 && g.x0 - n.x1 < n.size);
  });
  const rows: Glyphs[][] = [];
  for (const g of kept) {
    const row = rows.find((r) => Math.abs(r[0]!.y - g.y) < Math.min(r[0]!.size, g.size) * 0.35);
    if (row) row.push(g);
    else rows.push([g]);
  }
  rows.sort((p, q) => p[0]!.y - q[0]!.y);
  return rows.map((row, i) => ({ page, line: i + 1, y: row[0]!.y, segments: segmentsOf(row) }));
}

function medianSize(glyphs: readonly Glyphs[]): number {
  const sizes = glyphs.filter((g) => g.text.trim().length > 3).map((g) => g.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 12;
}

function segmentsOf(row: Glyphs[]): Segment[] {
  row.sort((p, q) => p.x0 - q.x0);
  const out: Segment[] = [];
  let cur: Segment | undefined;
  let sizes = 0;
  let chars = 0;
  for (const g of row) {
    if (g.text.trim() === '') continue; // spaces are re-inserted from the gaps (space items can span a whole column gap)
    const gap = cur ? g.x0 - cur.x1 : 0;
    if (!cur || gap > SEGMENT_GAP * Math.max(g.size, cur.size)) {
      if (cur) finish(cur, sizes, chars);
      cur = { x0: g.x0, x1: g.x1, runs: [], text: '', size: g.size };
      sizes = 0;
      chars = 0;
      out.push(cur);
    } else if (gap > g.size * 0.12 && !cur.text.endsWith(' ') && !g.text.startsWith(' ') && !/^[.,;:!?)\]”]/.test(g.text)) {
      add(cur, ' ', g);
    }
    add(cur, g.text, g);
    cur.x1 = Math.max(cur.x1, g.x1);
    sizes += g.size * g.text.length;
    chars += g.text.length;
  }
  if (cur) finish(cur, sizes, chars);
  for (const s of out) {
    s.text = s.text.replace(/\s+/g, ' ').trim();
  }
  return out.filter((s) => s.text !== '');
}

function add(seg: Segment, text: string, g: Glyphs): void {
  seg.text += text;
  pushRun(seg.runs, { text, bold: g.bold, italic: g.italic });
}

function finish(seg: Segment, sizes: number, chars: number): void {
  if (chars > 0) seg.size = sizes / chars;
}
