import type { Revisions } from '../ooxml/revisions.js';
import { child, make, W, type Document, type Element } from '../ooxml/xml.js';
import type { ReviewNote } from './review-notes.js';

/** A note and the paragraph it is anchored to. */
export interface AnchoredNote {
  paragraph: Element;
  note: ReviewNote;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A note's date as Word writes it: a date-time. */
const wordDate = (d: string | undefined) => (d === undefined ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d);

/** Initials of a name (“Phó Chủ tịch” → “PCT”). */
const initials = (name: string) => name.split(/\s+/).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('').slice(0, 6);

/** Marks the whole paragraph as the comment's range and puts the comment's reference after it. */
function anchor(doc: Document, p: Element, id: string): void {
  const start = make(doc, 'commentRangeStart', { id });
  const pPr = child(p, 'pPr');
  p.insertBefore(start, pPr ? pPr.nextSibling : p.firstChild);
  p.appendChild(make(doc, 'commentRangeEnd', { id }));
  const r = make(doc, 'r');
  const ref = make(doc, 'commentReference', { id });
  r.appendChild(ref);
  p.appendChild(r);
}

/**
 * Anchors each note to its paragraph (`w:commentRangeStart` … `w:commentRangeEnd` and the
 * reference run) and gives the comments part (`word/comments.xml`) that holds their words; the ids
 * come from the document's revision counter, so no two annotations share one.
 */
export function writeComments(doc: Document, notes: readonly AnchoredNote[], rev: Revisions, defaultAuthor: string): string {
  const items: string[] = [];
  for (const { paragraph, note } of notes) {
    const id = rev.nextId();
    anchor(doc, paragraph, id);
    const author = note.author ?? defaultAuthor;
    const date = wordDate(note.date);
    const paragraphs = note.text.split(/\n+/).map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
    items.push(`<w:comment w:id="${id}" w:author="${escapeXml(author)}"${date ? ` w:date="${escapeXml(date)}"` : ''} w:initials="${escapeXml(initials(author))}">${paragraphs}</w:comment>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${items.join('')}</w:comments>`;
}
