import { alignSequences, similarity } from '@kehoach/diff';
import { child, descendants, elements, isW, paragraphText, serialize, type Element } from '../ooxml/xml.js';
import { markBlock, markRow } from './mark-whole.js';
import { mergeParagraphs, type Writer } from './merge-paragraph.js';

/** What the merge of blocks needs, and what it records: which output paragraph each new paragraph became. */
export interface MergeContext extends Writer {
  /** New paragraph → the paragraph that stands for it in the output. */
  origin: Map<Element, Element>;
}

/** The text of a table, cell by cell. */
const tableText = (tbl: Element) => descendants(tbl, 'p').map((p) => paragraphText(p)).join('\n');

/** Grid columns of a table (tables of another shape are not compared row by row). */
const columns = (tbl: Element) => descendants(child(tbl, 'tblGrid') ?? tbl, 'gridCol').length;

/** What a block is matched by: its kind and words; a paragraph that ends a section says so. */
function blockKey(el: Element): string {
  if (isW(el, 'p')) return `p\u0000${paragraphText(el)}${child(child(el, 'pPr'), 'sectPr') ? '\u0000§' : ''}`;
  if (isW(el, 'tbl')) return `t\u0000${tableText(el)}`;
  return `x\u0000${serialize(el)}`;
}

/** How alike two blocks are: paragraphs by their words, tables of the same grid by their words (and more so). */
function blockSimilarity(a: Element, b: Element): number {
  if (isW(a, 'p') && isW(b, 'p')) {
    if (!!child(child(a, 'pPr'), 'sectPr') !== !!child(child(b, 'pPr'), 'sectPr')) return 0;
    return similarity(paragraphText(a), paragraphText(b));
  }
  if (isW(a, 'tbl') && isW(b, 'tbl')) return columns(a) === columns(b) ? 0.6 + 0.4 * similarity(tableText(a), tableText(b)) : 0.5 * similarity(tableText(a), tableText(b));
  return 0;
}

/** Records which output paragraphs the new paragraphs of a block became (unchanged: themselves). */
function note(ctx: MergeContext, from: Element, to: Element): void {
  if (isW(from, 'p')) ctx.origin.set(from, to);
  else for (const p of descendants(from, 'p')) if (!ctx.origin.has(p)) ctx.origin.set(p, p);
}

/** Two versions of a row of the same cells: cell by cell; of other cells: the old row deleted, the new inserted. */
function mergeRows(ro: Element, rn: Element, ctx: MergeContext): Element[] {
  const [co, cn] = [elements(ro).filter((c) => isW(c, 'tc')), elements(rn).filter((c) => isW(c, 'tc'))];
  if (co.length !== cn.length) return [markRow(ctx.copy(ro), 'del', ctx.rev), markRow(rn, 'ins', ctx.rev)];
  const out = rn.cloneNode(false) as Element;
  for (const c of elements(rn)) if (!isW(c, 'tc')) out.appendChild(c.cloneNode(true));
  cn.forEach((tc, k) => {
    const cell = tc.cloneNode(false) as Element;
    const tcPr = child(tc, 'tcPr');
    if (tcPr) cell.appendChild(tcPr.cloneNode(true));
    for (const b of mergeBlocks(elements(co[k]!).filter((e) => !isW(e, 'tcPr')), elements(tc).filter((e) => !isW(e, 'tcPr')), ctx)) cell.appendChild(b);
    out.appendChild(cell);
  });
  return [out];
}

/** Two versions of a table: its new properties and grid, its rows aligned by their words. */
function mergeTables(to: Element, tn: Element, ctx: MergeContext): Element {
  const out = tn.cloneNode(false) as Element;
  for (const c of elements(tn)) if (!isW(c, 'tr')) out.appendChild(c.cloneNode(true));
  const [ro, rn] = [elements(to).filter((c) => isW(c, 'tr')), elements(tn).filter((c) => isW(c, 'tr'))];
  const rowText = (tr: Element) => descendants(tr, 'p').map((p) => paragraphText(p)).join('\t');
  for (const s of alignSequences(ro, rn, { key: rowText, similarity: (a, b) => similarity(rowText(a), rowText(b)), threshold: 0.3 })) {
    if (s.a !== undefined && s.b !== undefined) for (const r of mergeRows(ro[s.a]!, rn[s.b]!, ctx)) out.appendChild(r);
    else if (s.a !== undefined) out.appendChild(markRow(ctx.copy(ro[s.a]!), 'del', ctx.rev));
    else {
      note(ctx, rn[s.b]!, rn[s.b]!);
      out.appendChild(markRow(rn[s.b]!, 'ins', ctx.rev));
    }
  }
  return out;
}

/**
 * Two versions of a run of blocks (a body, a table cell) as one run with tracked changes: blocks with
 * the same words paired first, then alike ones in the gaps (compared word by word); the others
 * deleted or inserted whole. Anything else than a paragraph or a table is kept from the new version.
 */
export function mergeBlocks(olds: Element[], news: Element[], ctx: MergeContext): Element[] {
  const out: Element[] = [];
  for (const s of alignSequences(olds, news, { key: blockKey, similarity: blockSimilarity, threshold: 0.5 })) {
    if (s.a !== undefined && s.b !== undefined) {
      const [a, b] = [olds[s.a]!, news[s.b]!];
      if (isW(b, 'p') && isW(a, 'p')) {
        const merged = mergeParagraphs(a, b, ctx);
        note(ctx, b, merged[merged.length - 1]!);
        out.push(...merged);
      } else if (isW(b, 'tbl') && isW(a, 'tbl')) out.push(mergeTables(a, b, ctx));
      else out.push(b);
    } else if (s.a !== undefined) {
      const a = olds[s.a]!;
      if (isW(a, 'p') || isW(a, 'tbl')) out.push(markBlock(ctx.copy(a), 'del', ctx.rev));
    } else {
      const b = news[s.b]!;
      note(ctx, b, b);
      out.push(markBlock(b, 'ins', ctx.rev));
    }
  }
  return out;
}
