import type { Alignment, ReceivedParagraph } from '../model.js';
import type { Numbering } from './numbering.js';
import { runsToMarkdown } from '../inline-markdown.js';
import { collectRuns } from './runs.js';
import { readParaFormat, type StyleSheet } from './styles.js';
import { attr, child, type El } from './xml.js';

/** What reading paragraphs needs: the style sheet, the numbering counters, a paragraph counter. */
export interface DocxContext {
  styles: StyleSheet;
  numbering: Numbering;
  paragraphs: number;
}

const ALIGN: Record<string, Alignment> = {
  left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both',
};

/** Reads one `w:p` into a received paragraph (text as inline markdown, auto-number label resolved). */
export function readParagraph(p: El, ctx: DocxContext): ReceivedParagraph {
  ctx.paragraphs++;
  const pPr = child(p, 'pPr');
  const styleId = attr(child(pPr, 'pStyle'), 'val');
  const fmt = { ...ctx.styles.paraFormat(styleId), ...readParaFormat(pPr) };
  const runs = collectRuns(p, ctx.styles, styleId);
  const plain = runs.map((r) => r.text).join('');
  const visible = runs.filter((r) => r.text.trim() !== '');
  const para: ReceivedParagraph = {
    kind: 'paragraph',
    text: runsToMarkdown(runs).trim(),
    plain: plain.trim(),
    source: { paragraph: ctx.paragraphs },
  };
  const style = ctx.styles.name(styleId);
  if (style) para.style = style;
  const align = fmt.jc ? ALIGN[fmt.jc] : undefined;
  if (align) para.align = align;
  if (fmt.left !== undefined || fmt.firstLine !== undefined || fmt.hanging !== undefined) {
    para.indent = { left: (fmt.left ?? 0) / 20, firstLine: ((fmt.firstLine ?? 0) - (fmt.hanging ?? 0)) / 20 };
  }
  if (visible.length > 0 && visible.every((r) => r.bold)) para.bold = true;
  if (visible.length > 0 && visible.every((r) => r.italic)) para.italic = true;
  const size = mainSize(visible);
  if (size !== undefined) para.size = size;
  if (fmt.numId !== undefined && fmt.numId !== '0' && plain.trim() !== '') {
    const numbered = ctx.numbering.next(fmt.numId, fmt.ilvl ?? 0);
    if (numbered && numbered.label) {
      para.label = numbered.label;
      para.level = fmt.ilvl ?? 0;
    }
  }
  return para;
}

function mainSize(runs: readonly { text: string; size?: number }[]): number | undefined {
  const bySize = new Map<number, number>();
  for (const r of runs) if (r.size !== undefined) bySize.set(r.size, (bySize.get(r.size) ?? 0) + r.text.length);
  let best: number | undefined;
  let most = 0;
  for (const [size, n] of bySize) if (n > most) { best = size; most = n; }
  return best;
}

/** The section properties a paragraph closes (`w:pPr/w:sectPr`), if any. */
export function paragraphSection(p: El): El | undefined {
  return child(child(p, 'pPr'), 'sectPr');
}
