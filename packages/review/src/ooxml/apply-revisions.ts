import { child, descendants, elements, isW, parseXml, remove, rename, serialize, unwrap, W, type Element } from './xml.js';

/** What to do with the tracked changes of a part: keep them all (accept) or undo them all (reject). */
export type RevisionChoice = 'accept' | 'reject';

/** Changes of formatting: their old properties replace the new ones when rejected, are dropped when accepted. */
const PROPERTY_CHANGES = ['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'tblGridChange', 'numberingChange'];

/** A paragraph whose mark was inserted (reject) or deleted (accept) joins the next paragraph. */
function joinNext(p: Element): void {
  let next = p.nextSibling;
  while (next && next.nodeType !== 1) next = next.nextSibling;
  if (isW(next, 'p')) {
    const pPr = child(next, 'pPr');
    const at = pPr ? pPr.nextSibling : next.firstChild;
    for (const c of elements(p)) if (!isW(c, 'pPr')) next.insertBefore(c, at);
  }
  remove(p);
}

/** The old properties of a property change put back in place of the new ones. */
function restore(change: Element): void {
  const holder = change.parentNode as Element;
  const old = elements(change)[0];
  for (const c of elements(holder)) if (c !== change && !(holder.localName === 'pPr' && (isW(c, 'rPr') || isW(c, 'sectPr')))) remove(c);
  if (old) {
    const at = holder.localName === 'pPr' ? (child(holder, 'rPr') ?? child(holder, 'sectPr') ?? change) : change;
    for (const c of elements(old)) holder.insertBefore(c, at);
  }
  remove(change);
}

/**
 * The part (`word/document.xml`) with every tracked change accepted or rejected, as Word's “Accept
 * All Changes” / “Reject All Changes” do: insertions kept or dropped, deletions dropped or kept (their
 * `w:delText` as text again), formatting changes settled, paragraphs whose mark was inserted or deleted
 * joined to the next, rows inserted or deleted kept or dropped. The test of a tracked-changes DOCX.
 */
export function applyRevisions(xml: string, choice: RevisionChoice): string {
  const doc = parseXml(xml);
  const root = doc.documentElement!;
  const [gone, kept] = choice === 'accept' ? ['del', 'ins'] : ['ins', 'del'];
  const [goneMove, keptMove] = choice === 'accept' ? ['moveFrom', 'moveTo'] : ['moveTo', 'moveFrom'];
  // Rows and paragraph marks first: a row or mark that goes takes its content along.
  for (const tr of descendants(root, 'tr')) {
    const trPr = child(tr, 'trPr');
    if (child(trPr, gone)) remove(tr);
    else if (child(trPr, kept)) remove(child(trPr, kept)!);
  }
  for (const rPr of descendants(root, 'rPr')) {
    if (!isW(rPr.parentNode, 'pPr')) continue;
    const p = rPr.parentNode!.parentNode as Element;
    if (child(rPr, kept)) remove(child(rPr, kept)!);
    if (child(rPr, gone)) {
      remove(child(rPr, gone)!);
      joinNext(p);
    }
  }
  for (const el of [...descendants(root, gone), ...descendants(root, goneMove)]) if (el.parentNode) remove(el);
  for (const el of [...descendants(root, kept), ...descendants(root, keptMove)]) if (el.parentNode) unwrap(el);
  if (choice === 'reject') {
    for (const t of descendants(root, 'delText')) rename(t, 't');
    for (const t of descendants(root, 'delInstrText')) rename(t, 'instrText');
  }
  for (const name of PROPERTY_CHANGES) {
    for (const c of descendants(root, name)) {
      if (!c.parentNode) continue;
      if (choice === 'accept') remove(c);
      else restore(c);
    }
  }
  return serialize(doc);
}

const on = (rPr: Element | undefined, name: string) => {
  const e = child(rPr, name);
  return !!e && !['0', 'false', 'off'].includes(e.getAttributeNS(W, 'val') ?? '');
};

/**
 * Every paragraph of a part (body and table cells, in reading order) as its style, then its text with
 * bold and italic marked (`**…**`, `*…*`, however the runs are split): what two renders are compared by.
 */
export function partParagraphs(xml: string): string[] {
  const body = descendants(parseXml(xml).documentElement!, 'body')[0];
  if (!body) return [];
  return descendants(body, 'p').map((p) => {
    const pieces: Array<{ text: string; mark: string }> = [];
    for (const r of descendants(p, 'r')) {
      const rPr = child(r, 'rPr');
      const mark = `${on(rPr, 'b') ? '**' : ''}${on(rPr, 'i') ? '*' : ''}`;
      for (const c of elements(r)) {
        const text = isW(c, 't') || isW(c, 'delText') ? (c.textContent ?? '') : isW(c, 'br') ? '\n' : isW(c, 'tab') ? '\t' : '';
        if (!text) continue;
        const last = pieces[pieces.length - 1];
        if (last && last.mark === mark) last.text += text;
        else pieces.push({ text, mark });
      }
    }
    const style = child(child(p, 'pPr'), 'pStyle')?.getAttributeNS(W, 'val') ?? '';
    return `${style}|${pieces.map((x) => `${x.mark}${x.text}${[...x.mark].reverse().join('')}`).join('')}`;
  });
}
