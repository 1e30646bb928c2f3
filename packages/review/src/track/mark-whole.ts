import type { Revisions } from '../ooxml/revisions.js';
import { child, descendants, elements, isW, make, rename, type Element } from '../ooxml/xml.js';

/** The paragraph's properties, made when it has none (the first child). */
export function pPrOf(p: Element): Element {
  const found = child(p, 'pPr');
  if (found) return found;
  const pPr = make(p.ownerDocument!, 'pPr');
  p.insertBefore(pPr, p.firstChild);
  return pPr;
}

/** The run properties of the paragraph mark (`w:pPr/w:rPr`), made in their place when absent. */
export function markRPr(p: Element): Element {
  const pPr = pPrOf(p);
  const found = child(pPr, 'rPr');
  if (found) return found;
  const rPr = make(p.ownerDocument!, 'rPr');
  pPr.insertBefore(rPr, child(pPr, 'sectPr') ?? child(pPr, 'pPrChange') ?? null);
  return rPr;
}

/** Wraps each run of a run container (a paragraph, a hyperlink …) in a revision mark, one mark per stretch of runs. */
function wrapRuns(container: Element, kind: 'ins' | 'del', rev: Revisions): void {
  let group: Element | undefined;
  for (const c of elements(container)) {
    if (isW(c, 'r')) {
      if (kind === 'del') {
        for (const t of descendants(c, 't')) rename(t, 'delText');
        for (const t of descendants(c, 'instrText')) rename(t, 'delInstrText');
      }
      if (!group) {
        group = rev.mark(kind);
        container.insertBefore(group, c);
      }
      group.appendChild(c);
      continue;
    }
    group = undefined;
    if (isW(c, 'hyperlink') || isW(c, 'smartTag') || isW(c, 'fldSimple') || isW(c, 'customXml')) wrapRuns(c, kind, rev);
    else if (isW(c, 'sdt')) {
      const content = child(c, 'sdtContent');
      if (content) wrapRuns(content, kind, rev);
    }
  }
}

/** A whole paragraph inserted (or deleted): its runs and its mark, so that rejecting (accepting) removes it. */
export function markParagraph(p: Element, kind: 'ins' | 'del', rev: Revisions): Element {
  wrapRuns(p, kind, rev);
  const rPr = markRPr(p);
  rPr.insertBefore(rev.mark(kind), rPr.firstChild);
  return p;
}

/** A whole table row inserted or deleted: the row's mark and every paragraph in it. */
export function markRow(tr: Element, kind: 'ins' | 'del', rev: Revisions): Element {
  let trPr = child(tr, 'trPr');
  if (!trPr) {
    trPr = make(tr.ownerDocument!, 'trPr');
    tr.insertBefore(trPr, child(tr, 'tc') ?? null);
  }
  trPr.appendChild(rev.mark(kind));
  for (const p of descendants(tr, 'p')) markParagraph(p, kind, rev);
  return tr;
}

/** A whole table inserted or deleted: each of its rows. */
export function markTable(tbl: Element, kind: 'ins' | 'del', rev: Revisions): Element {
  for (const tr of elements(tbl)) if (isW(tr, 'tr')) markRow(tr, kind, rev);
  return tbl;
}

/** A block (paragraph or table) inserted or deleted; other blocks are returned as they are. */
export function markBlock(el: Element, kind: 'ins' | 'del', rev: Revisions): Element {
  if (isW(el, 'p')) return markParagraph(el, kind, rev);
  if (isW(el, 'tbl')) return markTable(el, kind, rev);
  return el;
}
