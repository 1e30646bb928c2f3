/**
 * Page breaking as Word and LibreOffice break the DOCX the studio downloads: paragraphs split
 * between lines with widow and orphan control (at least two lines on each side), headings kept
 * with what follows them (`keepNext`) and never split (`keepLines`), table rows that may not split
 * moved whole to the next page under a repeated header row, and each appendix starting a section of
 * its own (portrait or landscape). Where LibreOffice and Word differ (a kept heading whose follower
 * LibreOffice's first spread put at the top of the page it is printed on: `keptRun`), it follows
 * LibreOffice. Pure: heights in, pieces per page out; `preview.ts` measures the blocks in the page's
 * own width and paints the pieces.
 */

/** A paragraph: its lines (all of one height), its spacing, and how it keeps together. */
export interface FlowParagraph {
  type: 'para';
  lines: number;
  lineHeight: number;
  before: number;
  after: number;
  /** Stays on the page of the first line of the next block (headings, the last paragraph before the signature). */
  keepNext?: boolean;
  /** Never split across pages. */
  keepLines?: boolean;
  /** LibreOffice's first spread of the DOCX put it at the top of this page of its section (`lo-first-spread.ts`); see `keptRun`. */
  spreadPage?: number;
}

/** A table: its header rows (repeated on every page it continues on) and its rows. */
export interface FlowTable {
  type: 'table';
  header: number[];
  rows: number[];
  before: number;
  after: number;
  keepNext?: boolean;
  /** LibreOffice's first spread of the DOCX put it at the top of this page of its section (`lo-first-spread.ts`); see `keptRun`. */
  spreadPage?: number;
}

/** Something that never splits: the header of page 1, the signature block, an appendix's heading. */
export interface FlowBox {
  type: 'box';
  height: number;
  before: number;
  after: number;
  keepNext?: boolean;
  /** LibreOffice's first spread of the DOCX put it at the top of this page of its section (`lo-first-spread.ts`); see `keptRun`. */
  spreadPage?: number;
}

/** A section break: the next block starts a new page of this orientation. */
export interface FlowSection {
  type: 'section';
  landscape: boolean;
}

/** One block of the document, in order. */
export type FlowItem = FlowParagraph | FlowTable | FlowBox | FlowSection;

/** The part of a block on one page: lines `[from, to)` of a paragraph, rows `[from, to)` of a table, or a whole box. */
export interface Piece {
  item: number;
  /** Top of the piece on its page's text area (spacing before already added). */
  top: number;
  from: number;
  to: number;
}

/** One page: its orientation, its number within its section (1 = the section's first page), and its pieces. */
export interface LaidPage {
  landscape: boolean;
  /** The page's number within its section (the document, or an appendix): appendices number their own pages. */
  number: number;
  pieces: Piece[];
}

/** The height of the text area of a page (portrait and landscape), in the unit of the heights given. */
export interface PageGeometry {
  portrait: number;
  landscape: number;
}

/** The least lines a paragraph leaves at the foot of a page (orphans) and carries to the next (widows). */
const MIN_LINES = 2;

/** Where the layout stands: the page being filled and how far down it. */
interface Cursor {
  pages: LaidPage[];
  y: number;
  height: number;
}

const current = (c: Cursor) => c.pages[c.pages.length - 1]!;

function newPage(c: Cursor, geometry: PageGeometry, landscape = current(c).landscape, number = current(c).number + 1): void {
  c.pages.push({ landscape, number, pieces: [] });
  c.y = 0;
  c.height = landscape ? geometry.landscape : geometry.portrait;
}

/** How many lines of `lines`, each `h` high, fit in `room` (never more than `lines`). */
const fitting = (room: number, h: number, lines: number) => Math.max(0, Math.min(lines, Math.floor((room + 0.5) / h)));

/** Places a paragraph from `c`, splitting it between lines where Word would. */
function placeParagraph(c: Cursor, p: FlowParagraph, item: number, geometry: PageGeometry): void {
  let from = 0;
  while (from < p.lines) {
    const before = from === 0 ? p.before : 0;
    const left = p.lines - from;
    let take = fitting(c.height - c.y - before, p.lineHeight, left);
    const empty = current(c).pieces.length === 0;
    if (take < left) {
      if (p.keepLines && !empty) take = 0;
      else if (!p.keepLines) {
        // Widows: leave at least two lines for the next page; orphans: never one line alone here.
        if (left - take < MIN_LINES) take = left - MIN_LINES;
        if (take < MIN_LINES && !(empty && take > 0)) take = empty ? Math.max(1, take) : 0;
      }
    }
    if (take <= 0) {
      if (empty) take = Math.max(1, fitting(c.height - c.y - before, p.lineHeight, left)) || 1; // taller than a page
      else {
        newPage(c, geometry);
        continue;
      }
    }
    current(c).pieces.push({ item, top: c.y + before, from, to: from + take });
    c.y += before + take * p.lineHeight;
    from += take;
    if (from < p.lines) newPage(c, geometry);
  }
  c.y += p.after;
}

/** Places a table row by row; a row that does not fit goes to the next page under the header rows again. */
function placeTable(c: Cursor, t: FlowTable, item: number, geometry: PageGeometry): void {
  const head = t.header.reduce((a, b) => a + b, 0);
  let from = 0;
  let first = true;
  while (from < t.rows.length || (first && !t.rows.length)) {
    const before = first ? t.before : 0;
    let y = c.y + before + head;
    let to = from;
    while (to < t.rows.length && y + t.rows[to]! <= c.height + 0.5) y += t.rows[to++]!;
    const empty = current(c).pieces.length === 0;
    if (to === from && t.rows.length) {
      if (!empty) {
        newPage(c, geometry);
        first = false;
        continue;
      }
      y += t.rows[to++]!; // a row taller than a page
    }
    current(c).pieces.push({ item, top: c.y + before, from, to });
    c.y = y;
    from = to;
    first = false;
    if (from < t.rows.length) newPage(c, geometry);
    else break;
  }
  c.y += t.after;
}

function placeBox(c: Cursor, b: FlowBox, item: number, geometry: PageGeometry): void {
  if (current(c).pieces.length && c.y + b.before + b.height > c.height + 0.5) newPage(c, geometry);
  current(c).pieces.push({ item, top: c.y + b.before, from: 0, to: 1 });
  c.y += b.before + b.height + b.after;
}

function place(c: Cursor, items: readonly FlowItem[], i: number, geometry: PageGeometry): void {
  const it = items[i]!;
  if (it.type === 'section') {
    newPage(c, geometry, it.landscape, 1);
    return;
  }
  if (it.type === 'para') placeParagraph(c, it, i, geometry);
  else if (it.type === 'table') placeTable(c, it, i, geometry);
  else placeBox(c, it, i, geometry);
}

/** The page (index) and position of an item's first piece. */
function startOf(pages: readonly LaidPage[], item: number): { page: number; index: number } | undefined {
  for (let p = 0; p < pages.length; p++) {
    const index = pages[p]!.pieces.findIndex((x) => x.item === item);
    if (index >= 0) return { page: p, index };
  }
  return undefined;
}

/** Whether a block stays on the page of the next block's first line (`keepNext`; a section break never does). */
const keepsWithNext = (it: FlowItem | undefined): boolean => !!it && it.type !== 'section' && !!it.keepNext;

/**
 * The first block of the run that goes to a new page with block `i` (which began page `page`): the
 * unbroken run of blocks kept with the next (`keepNext`) that begin on the page before — all of them,
 * as Word and LibreOffice do, unless the run fills that page from its top (then the keep is broken
 * where the page ends and nothing moves). Returns `i` when nothing moves.
 *
 * LibreOffice (not Word) also leaves the run where it is when its first spread of the DOCX over pages
 * by count put block `i` at the top of this very page (`spreadPage`, the page's number in its
 * section): `i` never moved there, and the keep is only looked at when the follower moves
 * (`lo-first-spread.ts`). The preview shows the page as LibreOffice prints it; Word would move the run.
 */
export function keptRun(items: readonly FlowItem[], pages: readonly LaidPage[], i: number, page: number): number {
  const follower = items[i];
  if (follower && follower.type !== 'section' && follower.spreadPage === pages[page]?.number) return i;
  let first = i;
  while (first > 0 && keepsWithNext(items[first - 1]) && startOf(pages, first - 1)?.page === page - 1) first--;
  if (first === i || startOf(pages, first)!.index === 0) return i;
  return first;
}

/**
 * Lays `items` out on pages. A block that did not fit and starts a new page takes along the blocks
 * before it that are kept with it (`keptRun`): they are undone and placed again from a new page.
 */
export function layoutPages(items: readonly FlowItem[], geometry: PageGeometry): LaidPage[] {
  const c: Cursor = { pages: [{ landscape: false, number: 1, pieces: [] }], y: 0, height: geometry.portrait };
  for (let i = 0; i < items.length; i++) {
    const pagesBefore = c.pages.length;
    place(c, items, i, geometry);
    const start = startOf(c.pages, i);
    if (!start || start.page !== pagesBefore || start.index !== 0 || items[i]!.type === 'section') continue;
    const first = keptRun(items, c.pages, i, start.page);
    if (first === i) continue;
    // Undo the kept run and what followed, and place them again from a new page.
    const kept = startOf(c.pages, first)!;
    c.pages.length = kept.page + 1;
    c.pages[kept.page]!.pieces.length = kept.index;
    newPage(c, geometry);
    for (let k = first; k <= i; k++) place(c, items, k, geometry);
  }
  return c.pages;
}
