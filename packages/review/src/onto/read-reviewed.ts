import { applyRevisions } from '../ooxml/apply-revisions.js';
import { DocxParts } from '../ooxml/package-parts.js';
import { attr, descendants, elements, isW, paragraphText, parseXml, type Element } from '../ooxml/xml.js';

/** A comment of the reviewed document: its words, who, when, and the words of its paragraph it covers. */
export interface ReadComment {
  text: string;
  author?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  /** The words the comment's range covers in its paragraph. */
  quote: string;
}

/** A paragraph of the reviewed document with every change accepted, and the comments that start in it. */
export interface ReviewedParagraph {
  text: string;
  comments: ReadComment[];
}

/** The words of a comment (its paragraphs, one per line). */
const commentWords = (c: Element) => descendants(c, 'p').map((p) => paragraphText(p).trim()).filter(Boolean).join('\n');

/** The words of `p` between a comment's start and end marks (to its end when the range runs on). */
function rangeText(p: Element, id: string): string {
  let inside = false;
  let out = '';
  const walk = (n: Element) => {
    for (const c of elements(n)) {
      if (isW(c, 'commentRangeStart') && attr(c, 'id') === id) inside = true;
      else if (isW(c, 'commentRangeEnd') && attr(c, 'id') === id) inside = false;
      else if (isW(c, 't')) out += inside ? (c.textContent ?? '') : '';
      else if (isW(c, 'tab')) out += inside ? '\t' : '';
      else if (!isW(c, 'pPr') && !isW(c, 'rPr')) walk(c);
    }
  };
  walk(p);
  return out;
}

/**
 * The paragraphs of a reviewed DOCX as the reviewer means them: every tracked change accepted (an
 * edit made with Track Changes off is already in the text), with the comments anchored in each.
 * Throws on a file that is not a DOCX.
 */
export function readReviewed(bytes: Uint8Array): ReviewedParagraph[] {
  const parts = new DocxParts(bytes);
  const xml = parts.read('word/document.xml');
  if (xml === undefined) throw new Error('word/document.xml missing');
  const accepted = parseXml(applyRevisions(xml, 'accept'));
  const comments = new Map<string, Element>();
  const commentsXml = parts.read('word/comments.xml');
  if (commentsXml) for (const c of descendants(parseXml(commentsXml).documentElement!, 'comment')) comments.set(attr(c, 'id') ?? '', c);
  const body = descendants(accepted.documentElement!, 'body')[0];
  if (!body) return [];
  return descendants(body, 'p').map((p) => ({
    text: paragraphText(p),
    comments: descendants(p, 'commentRangeStart').flatMap((s) => {
      const c = comments.get(attr(s, 'id') ?? '');
      if (!c) return [];
      const author = attr(c, 'author');
      const date = attr(c, 'date')?.slice(0, 10);
      return [{ text: commentWords(c), ...(author ? { author } : {}), ...(date ? { date } : {}), quote: rangeText(p, attr(s, 'id') ?? '').trim() }];
    }),
  }));
}
