import type { Diagnostic, Plan } from '@kehoach/core';
import { renderDocx } from '@kehoach/render-docx';
import { REVIEW_CODES } from '../codes.js';
import { mapParagraphs, norm, printedUnits } from '../comments/paragraph-map.js';
import { reviewNotes, type PlacedNote } from '../comments/review-notes.js';
import { writeComments, type AnchoredNote } from '../comments/write-comments.js';
import { COMMENTS_PART, DocxParts } from '../ooxml/package-parts.js';
import { Revisions } from '../ooxml/revisions.js';
import { descendants, elements, isW, paragraphText, parseXml, serialize, type Document, type Element } from '../ooxml/xml.js';
import { mergeBlocks, type MergeContext } from './merge-blocks.js';
import { sectionChange } from './merge-paragraph.js';

/** Options of the tracked-changes DOCX. */
export interface TrackedDocxOptions {
  /** The name on each change and on comments that name nobody (default: `kehoach`). */
  author?: string;
  /** The date on each change: `YYYY-MM-DD` or a date-time; none: the changes carry no date. */
  date?: string;
  /** A template of one's own (as `renderDocx` takes it), used for both versions. */
  template?: Uint8Array;
  /** The new version's file name, for diagnostics. */
  file?: string;
}

/** The tracked-changes DOCX and what was found making it. */
export interface TrackedDocxResult {
  docx?: Uint8Array;
  diagnostics: Diagnostic[];
}

/** The body's blocks and its closing section properties. */
function bodyOf(doc: Document): { body: Element; blocks: Element[]; sect?: Element } {
  const body = descendants(doc.documentElement!, 'body')[0]!;
  const all = elements(body);
  const sect = all.find((e) => isW(e, 'sectPr'));
  return { body, blocks: all.filter((e) => e !== sect), ...(sect ? { sect } : {}) };
}

/** The largest `w:id` a part uses: revision and comment ids start above it. */
const maxId = (xml: string) => Math.max(0, ...[...xml.matchAll(/w:id="(\d+)"/g)].map((m) => Number(m[1])));

/** The paragraph a note is on: the first printing its value (with the note's quote, the first holding those words). */
function paragraphOf(placed: PlacedNote, paragraphs: readonly Element[], map: Map<Element, { path: string }>, title: string): Element | undefined {
  const { path, note } = placed;
  const within = (p: Element) => {
    const u = map.get(p);
    return !!u && (path === '' || u.path === path || u.path.startsWith(`${path}/`));
  };
  const quote = note.quote ? norm(note.quote).toLowerCase() : undefined;
  const holds = (p: Element) => !quote || norm(paragraphText(p)).toLowerCase().includes(quote);
  if (path === '' && !quote) return paragraphs.find((p) => norm(paragraphText(p)).toLowerCase() === norm(title).toLowerCase());
  return paragraphs.find((p) => within(p) && holds(p)) ?? (quote ? paragraphs.find(holds) : undefined);
}

/** Anchors the new version's review notes; a note whose paragraph is not found goes on the title, with a warning. */
function anchorNotes(after: Plan, paragraphs: readonly Element[], ctx: MergeContext, file: string): { anchored: AnchoredNote[]; diagnostics: Diagnostic[] } {
  const map = mapParagraphs(printedUnits(after), paragraphs);
  const titleP = paragraphOf({ path: '', note: { text: '' } }, paragraphs, map, after.title) ?? paragraphs[0];
  const anchored: AnchoredNote[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const placed of reviewNotes(after.input)) {
    const found = paragraphOf(placed, paragraphs, map, after.title);
    if (!found) diagnostics.push(REVIEW_CODES.create('REVIEW_COMMENT_UNPLACED', { file, path: placed.path, line: 1, column: 1 }, { text: placed.note.text.slice(0, 60), path: placed.path || '/' }));
    const p = found ?? titleP;
    if (p) anchored.push({ paragraph: ctx.origin.get(p) ?? p, note: placed.note });
  }
  return { anchored, diagnostics };
}

/**
 * The new version's DOCX, as kehoach renders it, with tracked changes against the old version's:
 * paragraphs and table rows inserted and deleted whole, words inserted (`w:ins`) and deleted
 * (`w:del`) inside a changed paragraph, formatting and paragraph properties changed
 * (`w:rPrChange`, `w:pPrChange`, `w:sectPrChange`), each with the author and date given. Accepting
 * every change gives the new version's document, rejecting every change the old one's. The new
 * version's review notes are Word comments anchored to their paragraph. The same input gives the
 * same bytes. Pure: runs in browsers.
 *
 * @example
 * const { docx } = trackedChangesDocx(banCu, banMoi, { author: 'Phòng Tư pháp', date: '2026-01-20' });
 */
export function trackedChangesDocx(before: Plan, after: Plan, options: TrackedDocxOptions = {}): TrackedDocxResult {
  const file = options.file ?? after.source.file;
  const render = (plan: Plan, which: string) => {
    const r = renderDocx(plan, { ...(options.template ? { template: options.template } : {}), file: plan.source.file });
    const failed = !r.docx ? [REVIEW_CODES.create('REVIEW_RENDER_FAILED', { file: plan.source.file, path: '', line: 1, column: 1 }, { which, detail: r.diagnostics.map((d) => d.message).join('; ') })] : [];
    return { docx: r.docx, diagnostics: [...r.diagnostics, ...failed] };
  };
  const [ra, rb] = [render(before, 'cũ (old)'), render(after, 'mới (new)')];
  if (!ra.docx || !rb.docx) return { diagnostics: [...ra.diagnostics, ...rb.diagnostics] };
  const [pa, pb] = [new DocxParts(ra.docx), new DocxParts(rb.docx)];
  const newXml = pb.read('word/document.xml')!;
  const [oldDoc, newDoc] = [parseXml(pa.read('word/document.xml')!), parseXml(newXml)];
  const rev = new Revisions(newDoc, { author: options.author ?? 'kehoach', ...(options.date ? { date: options.date } : {}) }, maxId(newXml) + 1);
  const ctx: MergeContext = { doc: newDoc, rev, copy: (el) => newDoc.importNode(el, true) as Element, origin: new Map() };
  const [o, n] = [bodyOf(oldDoc), bodyOf(newDoc)];
  const paragraphs = descendants(n.body, 'p');
  const merged = mergeBlocks(o.blocks, n.blocks, ctx);
  for (const b of n.blocks) n.body.removeChild(b);
  for (const b of merged) n.body.insertBefore(b, n.sect ?? null);
  if (o.sect && n.sect && serialize(o.sect) !== serialize(n.sect)) sectionChange(n.sect, o.sect, ctx);
  const { anchored, diagnostics } = anchorNotes(after, paragraphs, ctx, file);
  if (anchored.length) pb.addDocumentPart(COMMENTS_PART.name, writeComments(newDoc, anchored, rev, options.author ?? 'kehoach'), COMMENTS_PART.contentType, COMMENTS_PART.relType);
  pb.write('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serialize(newDoc.documentElement!)}`);
  return { docx: pb.bytes(), diagnostics: [...ra.diagnostics, ...rb.diagnostics, ...diagnostics] };
}
