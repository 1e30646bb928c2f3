import { tokenize } from '@kehoach/diff';
import { child, elements, isW, serialize, type Element } from '../ooxml/xml.js';

/** One piece of a paragraph's content: a word, a space or a mark of text, or a run element (a break, a tab), with its run's properties. */
export interface Atom {
  /** What it is compared by: its words, or the element's XML. */
  key: string;
  /** A piece of text (`w:t`). */
  text?: string;
  /** A run element other than text (`w:br`, `w:tab`, `w:fldChar` …). */
  el?: Element;
  /** The run's properties, if any, and their XML (formatting compared by it). */
  rPr?: Element;
  rPrKey: string;
}

/** Paragraph children that carry no content and do not stop a word-level comparison. */
const IGNORED = new Set(['pPr', 'bookmarkStart', 'bookmarkEnd', 'proofErr']);

/** A paragraph made only of runs (what kehoach writes): it can be compared word by word. */
export function isSimple(p: Element): boolean {
  return elements(p).every((c) => isW(c, 'r') || (isW(c) && IGNORED.has(c.localName!)));
}

/** A paragraph's content as atoms, in order: each text split into words, spaces and marks. */
export function atomsOf(p: Element): Atom[] {
  const out: Atom[] = [];
  for (const r of elements(p)) {
    if (!isW(r, 'r')) continue;
    const rPr = child(r, 'rPr');
    const base = { ...(rPr ? { rPr } : {}), rPrKey: rPr ? serialize(rPr) : '' };
    for (const c of elements(r)) {
      if (isW(c, 'rPr')) continue;
      if (isW(c, 't')) for (const text of tokenize(c.textContent ?? '')) out.push({ key: text, text, ...base });
      else out.push({ key: `\u0000${serialize(c)}`, el: c, ...base });
    }
  }
  return out;
}
