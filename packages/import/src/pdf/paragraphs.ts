import { runsToMarkdown, pushRun, type TextRun } from '../inline-markdown.js';
import type { ReceivedParagraph } from '../model.js';
import type { PdfLine } from './page-lines.js';

/** The text column of the body: where most lines start and end, and the usual line pitch. */
export interface BodyFrame {
  left: number;
  right: number;
  pitch: number;
  size: number;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let most = -1;
  for (const [v, n] of counts) if (n > most || (n === most && v < best)) { best = v; most = n; }
  return best;
}

/** Measures the body frame over all single-segment lines of the document. */
export function bodyFrame(pages: readonly PdfLine[][]): BodyFrame {
  const singles = pages.flat().filter((l) => l.segments.length === 1);
  const left = mode(singles.map((l) => l.segments[0]!.x0));
  const ends = singles.map((l) => l.segments[0]!.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? left + 400;
  const pitches: number[] = [];
  for (const lines of pages) for (let i = 1; i < lines.length; i++) pitches.push(lines[i]!.y - lines[i - 1]!.y);
  const size = mode(singles.map((l) => l.segments[0]!.size)) || 13;
  return { left, right, pitch: mode(pitches.filter((p) => p > 0)) || size * 1.2, size };
}

interface Pending {
  runs: TextRun[];
  first: PdfLine;
  last: PdfLine;
  centered: boolean;
  x0: number;
  lastX0: number;
  lastX1: number;
}

function isCentered(x0: number, x1: number, f: BodyFrame): boolean {
  const mid = (f.left + f.right) / 2;
  return x0 > f.left + 2 * f.size && x1 < f.right - 2 * f.size && Math.abs((x0 + x1) / 2 - mid) < (f.right - f.left) * 0.06;
}

/** A line that starts like a numbered heading or list item (`3.3.`, `II.`, `a)`, `-`, `+`). */
const NUMBERED = /^(?:\d+(?:\.\d+)*\.?\s|[IVXLC]+\.\s|[a-zđ]\)\s|\(\d+\)\s|[-+•*]\s|PHẦN\s)/u;

function firstWordWidth(text: string, size: number): number {
  const word = text.split(/\s+/)[0] ?? '';
  return word.length * size * 0.5;
}

/** Does `line` continue the paragraph whose last line is `p.last`? */
function continues(p: Pending, line: PdfLine, f: BodyFrame, pageBreak: boolean): boolean {
  const seg = line.segments[0]!;
  const text = seg.text;
  const gap = line.y - p.last.y;
  if (!pageBreak && (gap > f.pitch * 1.45 || gap <= 0)) return false;
  const centered = isCentered(seg.x0, seg.x1, f);
  if (p.centered || centered) {
    // a centred title wrapped over several lines
    if (!(p.centered && centered)) return false;
    return p.lastX1 - p.lastX0 > (f.right - f.left) * 0.5 || /^\p{Ll}/u.test(text);
  }
  const full = p.lastX1 + f.size * 0.3 + firstWordWidth(text, seg.size) > f.right - f.size * 0.5;
  if (!full) return false;
  const prevText = p.runs.map((r) => r.text).join('').trimEnd();
  if (/[.:;!?]$/.test(prevText) && NUMBERED.test(text)) return false;
  if (seg.x0 <= f.left + f.size * 0.8) return true;
  return /^[\p{Ll}\d(“"]/u.test(text);
}

/** Joins the text of a wrapped line to its paragraph: hyphenation and soft hyphens handled. */
function joinRuns(p: Pending, next: TextRun[]): void {
  const last = p.runs[p.runs.length - 1];
  const nextText = next[0]?.text ?? '';
  if (last) {
    if (last.text.endsWith('\u00ad')) last.text = last.text.slice(0, -1);
    else if (!(/[\p{L}\d]-$/u.test(last.text) && /^[\p{L}\d]/u.test(nextText))) pushRun(p.runs, { text: ' ', bold: last.bold, italic: last.italic });
  }
  for (const r of next) pushRun(p.runs, r);
}

/**
 * Turns body lines (single-segment or re-joined) into paragraphs: a line continues the paragraph
 * above when that one reaches the right margin (the first word of the line would not have fit)
 * and the line is not indented; centred lines join centred lines (wrapped titles); across a page
 * break the same rule applies.
 */
export function linesToParagraphs(lines: readonly PdfLine[], f: BodyFrame): ReceivedParagraph[] {
  const out: ReceivedParagraph[] = [];
  let cur: Pending | undefined;
  const flush = (): void => {
    if (!cur) return;
    out.push(toParagraph(cur, f));
    cur = undefined;
  };
  for (const line of lines) {
    const seg = { x0: line.segments[0]!.x0, x1: line.segments[line.segments.length - 1]!.x1 };
    const runs: TextRun[] = [];
    line.segments.forEach((s, i) => {
      if (i > 0) pushRun(runs, { text: ' ', bold: false, italic: false });
      for (const r of s.runs) pushRun(runs, r);
    });
    if (cur && continues(cur, line, f, line.page !== cur.last.page)) {
      joinRuns(cur, runs);
      cur.last = line;
      cur.lastX0 = seg.x0;
      cur.lastX1 = seg.x1;
      continue;
    }
    flush();
    cur = { runs, first: line, last: line, centered: isCentered(seg.x0, seg.x1, f), x0: seg.x0, lastX0: seg.x0, lastX1: seg.x1 };
  }
  flush();
  return out;
}

function normaliseRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) pushRun(out, { ...r, text: r.text.replace(/\s+/g, ' ') });
  let text = '';
  for (const r of out) {
    if (text.endsWith(' ') && r.text.startsWith(' ')) r.text = r.text.slice(1);
    text += r.text;
  }
  return out.filter((r) => r.text !== '');
}

function toParagraph(p: Pending, f: BodyFrame): ReceivedParagraph {
  const runs = normaliseRuns(p.runs);
  const plain = runs.map((r) => r.text).join('').trim();
  const visible = runs.filter((r) => r.text.trim() !== '');
  const para: ReceivedParagraph = {
    kind: 'paragraph',
    text: runsToMarkdown(runs).trim(),
    plain,
    align: p.centered ? 'center' : 'both',
    indent: { left: 0, firstLine: Math.round(p.x0 - f.left) },
    size: Math.round(p.first.segments[0]!.size * 2) / 2,
    source: { page: p.first.page, line: p.first.line },
  };
  if (visible.length > 0 && visible.every((r) => r.bold)) para.bold = true;
  if (visible.length > 0 && visible.every((r) => r.italic)) para.italic = true;
  return para;
}
