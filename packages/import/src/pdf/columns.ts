import type { PdfLine, Segment } from './page-lines.js';

/** A run of lines laid out in two columns (header block, Nơi nhận | signature). */
export interface ColumnRegion {
  start: number;
  end: number; // exclusive
  split: number;
  left: Segment[][];
  right: Segment[][];
}

/**
 * Finds two-column regions in the lines of a page: at least two lines split by a wide gap at
 * about the same x, with the single-segment lines between them lying wholly on one side. Body
 * lines (starting left of the split and ending right of it) end a region.
 */
export function findColumnRegions(lines: readonly PdfLine[], bodyLeft: number, bodyRight: number): ColumnRegion[] {
  const regions: ColumnRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.segments.length < 2) { i++; continue; }
    const split = l.segments[1]!.x0;
    if (split < bodyLeft + (bodyRight - bodyLeft) * 0.15) { i++; continue; }
    let start = i;
    // extend upwards over single-column lines on one side (issuer names above the first split line)
    while (start > 0 && oneSide(lines[start - 1]!, split) && inColumn(lines[start - 1]!, split, bodyLeft, bodyRight) && lines[start]!.y - lines[start - 1]!.y < 1.6 * l.segments[0]!.size) start--;
    let end = i + 1;
    let splitLines = 1;
    while (end < lines.length) {
      const m = lines[end]!;
      if (m.segments.length >= 2 && Math.abs(m.segments[m.segments.length - 1]!.x0 - split) < (bodyRight - bodyLeft) * 0.35 && m.segments[0]!.x1 < split + 5) {
        splitLines++;
        end++;
      } else if (oneSide(m, split) && inColumn(m, split, bodyLeft, bodyRight) && m.y - lines[end - 1]!.y < gapAllowed(m, split)) end++;
      else break;
    }
    if (splitLines >= 2 || (splitLines === 1 && end - start >= 3)) {
      const left: Segment[][] = [];
      const right: Segment[][] = [];
      for (let k = start; k < end; k++) {
        const segs = lines[k]!.segments;
        const ls = segs.filter((s) => s.x1 <= split + 5);
        const rs = segs.filter((s) => s.x1 > split + 5);
        if (ls.length) left.push(ls);
        if (rs.length) right.push(rs);
      }
      regions.push({ start, end, split, left, right });
      i = end;
    } else i++;
  }
  return regions;
}

/** Lines of a column follow at line pitch; the signer's name may stand far below (room for the signature). */
function gapAllowed(m: PdfLine, split: number): number {
  const s = m.segments[0]!;
  return s.x0 >= split - 5 ? 12 * s.size : 1.8 * s.size;
}

/** A single-column line belongs to the region when it sits nearer its column's middle than the page's (a centred "KẾ HOẠCH" does not). */
function inColumn(l: PdfLine, split: number, left: number, right: number): boolean {
  const s = l.segments[0]!;
  const mid = (s.x0 + s.x1) / 2;
  const column = s.x0 >= split - 5 ? (split + right) / 2 : (left + split) / 2;
  return Math.abs(mid - column) < Math.abs(mid - (left + right) / 2) || s.x1 - s.x0 > (right - left) * 0.3;
}

function oneSide(l: PdfLine, split: number): boolean {
  if (l.segments.length !== 1) return false;
  const s = l.segments[0]!;
  return s.x1 <= split + 5 || s.x0 >= split - 5;
}
