import { diffArrays } from 'diff';
import type { Revisions } from '../ooxml/revisions.js';
import { child, elements, isW, make, serialize, type Document, type Element } from '../ooxml/xml.js';
import { atomsOf, isSimple, type Atom } from './atoms.js';
import { markParagraph, markRPr, pPrOf } from './mark-whole.js';

/** A stretch of the comparison of two paragraphs' atoms. */
type Chunk = { op: 'equal'; a: Atom[]; b: Atom[] } | { op: 'delete'; a: Atom[] } | { op: 'insert'; b: Atom[] };

/** Spaces and marks alone: kept between two changes, they would chop the change up. */
const TRIVIAL = /^[\s\p{P}\p{S}]*$/u;

/** The atoms of two paragraphs compared; a trivial stretch kept between two changes becomes part of the change. */
function compare(a: Atom[], b: Atom[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  let j = 0;
  for (const c of diffArrays(a.map((x) => x.key), b.map((x) => x.key))) {
    const n = c.count ?? c.value.length;
    if (c.removed) chunks.push({ op: 'delete', a: a.slice(i, (i += n)) });
    else if (c.added) chunks.push({ op: 'insert', b: b.slice(j, (j += n)) });
    else chunks.push({ op: 'equal', a: a.slice(i, (i += n)), b: b.slice(j, (j += n)) });
  }
  const out: Chunk[] = [];
  chunks.forEach((c, k) => {
    const between = k > 0 && k < chunks.length - 1 && chunks[k - 1]!.op !== 'equal' && chunks[k + 1]!.op !== 'equal';
    if (c.op === 'equal' && between && c.a.every((x) => x.text !== undefined && TRIVIAL.test(x.text))) out.push({ op: 'delete', a: c.a }, { op: 'insert', b: c.b });
    else out.push(c);
  });
  // Each change as one deletion then one insertion.
  const merged: Chunk[] = [];
  for (const c of out) {
    if (c.op === 'equal') {
      merged.push(c);
      continue;
    }
    const k = merged.length - (merged[merged.length - 1]?.op === 'insert' ? 2 : 1);
    const del = merged[k]?.op === 'delete' ? (merged[k] as { a: Atom[] }) : undefined;
    const ins = merged[merged.length - 1]?.op === 'insert' ? (merged[merged.length - 1] as { b: Atom[] }) : undefined;
    if (c.op === 'delete') {
      if (del) del.a.push(...c.a);
      else if (ins) merged.splice(merged.length - 1, 0, { op: 'delete', a: [...c.a] });
      else merged.push({ op: 'delete', a: [...c.a] });
    } else if (ins) ins.b.push(...c.b);
    else merged.push({ op: 'insert', b: [...c.b] });
  }
  return merged;
}

/** What writing runs needs: the output document, the revision marks, what an old element becomes in it. */
interface Writer {
  doc: Document;
  rev: Revisions;
  copy: (el: Element) => Element;
}

/** Runs for atoms of the same formatting: the text in one `w:t` (`w:delText` when deleted), other elements as they were. */
function runOf(atoms: Atom[], w: Writer, deleted: boolean, oldRPr?: Element): Element {
  const r = make(w.doc, 'r');
  const first = atoms[0]!;
  const rPr = first.rPr ? w.copy(first.rPr) : oldRPr ? make(w.doc, 'rPr') : undefined;
  if (rPr) {
    if (oldRPr) {
      const change = w.rev.mark('rPrChange');
      change.appendChild(w.copy(oldRPr));
      rPr.appendChild(change);
    }
    r.appendChild(rPr);
  }
  let text = '';
  const flush = () => {
    if (!text) return;
    const t = make(w.doc, deleted ? 'delText' : 't');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(w.doc.createTextNode(text));
    r.appendChild(t);
    text = '';
  };
  for (const a of atoms) {
    if (a.text !== undefined) text += a.text;
    else {
      flush();
      const el = w.copy(a.el!);
      if (deleted && isW(el, 'instrText')) {
        const d = make(w.doc, 'delInstrText');
        while (el.firstChild) d.appendChild(el.firstChild);
        r.appendChild(d);
      } else r.appendChild(el);
    }
  }
  flush();
  return r;
}

/** Consecutive atoms grouped by what their run needs: the same properties (and old properties). */
function groups<T>(items: T[], key: (x: T) => string): T[][] {
  const out: T[][] = [];
  let last: string | undefined;
  for (const x of items) {
    const k = key(x);
    if (out.length && k === last) out[out.length - 1]!.push(x);
    else out.push([x]);
    last = k;
  }
  return out;
}

/** The paragraph properties without the mark's run properties, the section and a change: what a `w:pPrChange` records. */
function baseProps(pPr: Element | undefined): string {
  if (!pPr) return '';
  return elements(pPr).filter((c) => !isW(c, 'rPr') && !isW(c, 'sectPr') && !isW(c, 'pPrChange')).map(serialize).join('');
}

/** The properties of the new paragraph, with the old ones recorded where they differ (paragraph, mark, section). */
function mergedProps(po: Element, pn: Element, out: Element, w: Writer): void {
  const oldPPr = child(po, 'pPr');
  const newPPr = child(pn, 'pPr');
  if (newPPr) out.appendChild(newPPr.cloneNode(true));
  if (baseProps(oldPPr) !== baseProps(newPPr)) {
    const pPr = pPrOf(out);
    const change = w.rev.mark('pPrChange');
    const old = make(w.doc, 'pPr');
    for (const c of elements(oldPPr ?? make(w.doc, 'pPr'))) if (!isW(c, 'rPr') && !isW(c, 'sectPr') && !isW(c, 'pPrChange')) old.appendChild(w.copy(c));
    change.appendChild(old);
    pPr.appendChild(change);
  }
  const [oldMark, newMark] = [child(oldPPr, 'rPr'), child(newPPr, 'rPr')];
  if ((oldMark ? serialize(oldMark) : '') !== (newMark ? serialize(newMark) : '')) {
    const change = w.rev.mark('rPrChange');
    change.appendChild(oldMark ? w.copy(oldMark) : make(w.doc, 'rPr'));
    markRPr(out).appendChild(change);
  }
  const [oldSect, newSect] = [child(oldPPr, 'sectPr'), child(child(out, 'pPr'), 'sectPr')];
  if (oldSect && newSect && serialize(oldSect) !== serialize(child(newPPr, 'sectPr')!)) sectionChange(newSect, oldSect, w);
}

/** Records the old section properties in the new ones (`w:sectPrChange`). */
export function sectionChange(newSect: Element, oldSect: Element, w: Writer): void {
  const change = w.rev.mark('sectPrChange');
  const old = make(w.doc, 'sectPr');
  for (const c of elements(oldSect)) if (!isW(c, 'sectPrChange')) old.appendChild(w.copy(c));
  change.appendChild(old);
  newSect.appendChild(change);
}

/**
 * Two versions of one paragraph as one paragraph with tracked changes: the new properties (the old
 * ones recorded where they differ), the words kept, deleted (`w:del`) and inserted (`w:ins`), and
 * formatting changed on kept words (`w:rPrChange`). A paragraph with more than runs (a hyperlink, a
 * field, a content control) that changed is the old one deleted and the new one inserted.
 */
export function mergeParagraphs(po: Element, pn: Element, w: Writer): Element[] {
  if (serialize(po) === serialize(pn)) return [pn];
  if (!isSimple(po) || !isSimple(pn)) return [markParagraph(w.copy(po), 'del', w.rev), markParagraph(pn, 'ins', w.rev)];
  const out = pn.cloneNode(false) as Element;
  mergedProps(po, pn, out, w);
  for (const c of compare(atomsOf(po), atomsOf(pn))) {
    if (c.op === 'equal') {
      const pairs = c.b.map((b, k) => ({ b, a: c.a[k]! }));
      for (const g of groups(pairs, (x) => `${x.b.rPrKey}\u0000${x.a.rPrKey}`)) {
        const changed = g[0]!.a.rPrKey !== g[0]!.b.rPrKey;
        out.appendChild(runOf(g.map((x) => x.b), w, false, changed ? (g[0]!.a.rPr ?? make(w.doc, 'rPr')) : undefined));
      }
    } else {
      const mark = w.rev.mark(c.op === 'delete' ? 'del' : 'ins');
      const atoms = c.op === 'delete' ? c.a : c.b;
      for (const g of groups(atoms, (x) => x.rPrKey)) mark.appendChild(runOf(g, w, c.op === 'delete'));
      out.appendChild(mark);
    }
  }
  return [out];
}

export type { Writer };
