import { isStampText } from './stamps.js';
import type { PdfTextItem } from './load-pdfjs.js';

/** pdf.js operator ids the extraction needs. */
export interface Ops {
  beginAnnotation: number;
  endAnnotation: number;
  showText: number;
}

/** An operator list as pdf.js returns it. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

interface Glyph {
  unicode?: string;
}

/**
 * Text drawn by annotations (the e-office system stamps the number and the day of a signed
 * document as signature widgets: "349" next to "Số:", "13" after "ngày"). pdf.js does not put it in
 * the text content, so it is read from the annotations' operators and returned as text items
 * placed on the baseline of the page line they sit on.
 */
export function annotationItems(list: OperatorList, ops: Ops, pageItems: readonly PdfTextItem[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  let rect: number[] | undefined;
  let text = '';
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] ?? [];
    if (fn === ops.beginAnnotation) {
      rect = args[1] as number[] | undefined;
      text = '';
    } else if (fn === ops.endAnnotation) {
      if (rect && text.trim() && !isStampText(text)) out.push(...place(text.trim(), rect, pageItems));
      rect = undefined;
    } else if (rect && fn === ops.showText) {
      const glyphs = (args[0] ?? []) as (Glyph | number | null)[];
      text += glyphs.map((g) => (typeof g === 'number' ? (g < -200 ? ' ' : '') : (g?.unicode ?? ''))).join('');
    }
  }
  return out;
}

/**
 * Puts the annotation text on the page line it sits on. A stamp that fills several blanks of one
 * line ("25           06" for "ngày … tháng …") is split at its runs of spaces, one part per blank
 * (the wide space items of that line under the stamp).
 */
function place(text: string, rect: number[], pageItems: readonly PdfTextItem[]): PdfTextItem[] {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = rect;
  const mid = (y0 + y1) / 2;
  let best: PdfTextItem | undefined;
  for (const it of pageItems) {
    const y = it.transform[5] ?? 0;
    if (!it.str.trim() || y < y0 - 2 || y > y1 + 2) continue;
    if (!best || Math.abs(y - mid) < Math.abs((best.transform[5] ?? 0) - mid)) best = it;
  }
  const size = best ? Math.hypot(best.transform[0] ?? 0, best.transform[1] ?? 0) : Math.min(13, (y1 - y0) * 0.6);
  const y = best ? (best.transform[5] ?? y0) : y0 + (y1 - y0 - size) / 2;
  const item = (str: string, x: number): PdfTextItem => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width: str.length * size * 0.5,
    height: size,
    fontName: best?.fontName ?? '',
    hasEOL: false,
  });
  const parts = text.split(/\s{2,}/);
  if (parts.length > 1) {
    const blanks = pageItems
      .filter((it) => !it.str.trim() && it.width > size * 0.8 && Math.abs((it.transform[5] ?? 0) - y) < 1)
      .map((it) => it.transform[4] ?? 0)
      .filter((bx) => bx >= x0 - size && bx <= x1)
      .sort((a, b) => a - b);
    if (blanks.length === parts.length) return parts.map((p, i) => item(p, blanks[i]! + size * 0.3));
  }
  return [item(text, x0)];
}
