import type { PdfLine, Segment } from './page-lines.js';

/** Text that only a digital-signature stamp prints. */
const ANCHORS = [
  /^Ký bởi\b/i,
  /^Người ký\s*:/i,
  /^Email\s*:/i,
  /^Cơ quan\s*:/i,
  /^Chức vụ\s*:/i,
  /^Thời gian ký\s*:/i,
  /^Ngày ký\s*:/i,
  /^Signature Not Verified/i,
  /^Digitally signed/i,
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
  /^\d{4}[.-]\d{2}[.-]\d{2}\s+\d{2}:\d{2}(:\d{2})?(\s*[+-]\d{2}:?\d{2})?$/,
  /^\d{1,2}[./]\d{1,2}[./]\d{4}\s+\d{1,2}:\d{2}(:\d{2})?(\s*[+-]\d{2}:?\d{2})?$/,
];

/** Stamp text found anywhere in a string (an annotation drawn by the signing software). */
const STAMP_INSIDE = [
  /Ký bởi/i,
  /Người ký\s*:/i,
  /Thời gian ký/i,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/,
  /\d{4}[.-]\d{2}[.-]\d{2}\s+\d{2}:\d{2}(:\d{2})?\s*[+-]\d{2}:?\d{2}/,
];

/** True when an annotation's text is a digital-signature stamp rather than a stamped number or date. */
export function isStampText(text: string): boolean {
  return STAMP_INSIDE.some((re) => re.test(text));
}

/** True when a segment's text is something only a signature stamp prints. */
export function isStampAnchor(text: string): boolean {
  return ANCHORS.some((re) => re.test(text.trim()));
}

/**
 * Removes digital-signature stamps ("Ký bởi …", "Người ký: … Email: … Cơ quan: …", certificate
 * time stamps, e-mail addresses) from the lines of a page: each anchor segment, and the segments
 * stacked right above or below it in the same column (the signer's name wrapped over two lines).
 * Returns how many segments were removed.
 */
export function removeStamps(lines: PdfLine[]): number {
  let removed = 0;
  const drop = new Set<Segment>();
  const anchors: { line: number; seg: Segment }[] = [];
  lines.forEach((l, i) => l.segments.forEach((s) => isStampAnchor(s.text) && anchors.push({ line: i, seg: s })));
  for (const a of anchors) {
    drop.add(a.seg);
    // neighbours in the same column, up to two lines away, not starting a body-width line
    for (const d of [-2, -1, 1, 2]) {
      const l = lines[a.line + d];
      if (!l) continue;
      for (const s of l.segments) {
        const sameColumn = Math.abs(s.x0 - a.seg.x0) < 2 * a.seg.size || (s.x0 >= a.seg.x0 - a.seg.size && s.x1 <= a.seg.x1 + 6 * a.seg.size);
        if (sameColumn && isStampNeighbour(s, a.seg, lines, a.line + d)) drop.add(s);
      }
    }
  }
  for (const l of lines) {
    const before = l.segments.length;
    l.segments = l.segments.filter((s) => !drop.has(s));
    removed += before - l.segments.length;
  }
  return removed;
}

/** A neighbour belongs to the stamp when it is in a column of its own (another segment lies left of it on its line). */
function isStampNeighbour(s: Segment, anchor: Segment, lines: PdfLine[], lineIndex: number): boolean {
  if (isStampAnchor(s.text)) return true;
  const line = lines[lineIndex]!;
  const alone = line.segments.length === 1;
  if (s.text.length > 40) return false;
  // a wrapped stamp value: short, same column as the anchor, and the anchor's column is the rightmost one
  const rightmost = line.segments[line.segments.length - 1] === s;
  return rightmost && (!alone || s.x0 > anchor.x0 - anchor.size) && s.size <= anchor.size * 1.2 && /^[\p{Ll}\p{Lu}\d]/u.test(s.text) && !/^(KT|TM|Q|TL|TUQ)\./.test(s.text) && s.x0 >= anchor.x0 - anchor.size;
}
