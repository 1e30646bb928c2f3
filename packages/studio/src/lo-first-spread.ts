/**
 * LibreOffice's first spread of a DOCX over pages, before any layout (SwLayHelper, Writer's
 * sw/source/core/layout/laycache.cxx, used when the file has no layout cache, as every DOCX). Writer
 * puts the document's top-level paragraphs and tables on pages by count: a paragraph counts 1, a
 * table its rows, and a new page is started before the frame that takes the count over the limit
 * (the count then starts again from 0). The limit is 25 a page, or 20 (+3 a thousand) when Writer's
 * estimate of the paragraphs exceeds 100: its nodes (a paragraph 1; a table 2, and each cell 2 and
 * its paragraphs) less 25 a table. A section with its own page style (an appendix) starts a page and
 * the count. A table that takes the count more than 10 over the limit is cut into pieces of rows
 * instead, the last of them on a page of its own. Layout then moves frames back and forth from there.
 *
 * Why the preview needs it: a paragraph kept with the next (`keepNext`) is moved to the next page
 * when its follower moves there during layout — but a follower this first spread already put at the
 * top of the very page where it is printed never moved there, and its kept paragraph stays at the
 * foot of the page before (Word, which has no such spread, moves it). A follower the spread put on an
 * earlier page than its printed one did move, and takes its kept paragraph along as usual. Checked
 * against LibreOffice 7.4 with converted variants of the examples (one paragraph more or less before
 * the follower or the kept paragraph; a spread page ahead of the printed one; the threshold of 100
 * estimated paragraphs crossed by one): `keptRun` in `page-layout.ts` (`spreadPage`) follows it.
 */

/** One top-level frame of the DOCX body as Writer counts it. */
export interface DocxFrame {
  /** The preview block this frame belongs to (several frames may share one block). */
  key: string;
  /** 1 for a paragraph; a table's rows. */
  count: number;
  /** Writer's nodes: 1 for a paragraph; for a table 2, and 2 a cell and its paragraphs. */
  nodes: number;
  /** A table: its cells in its second row (its first when it has one row), for the cut of a long table. */
  cells?: number;
  /** The first frame of a section with its own page style (an appendix). */
  section?: boolean;
}

/** How far from the threshold of 100 the estimate must be for the limit to be trusted (the header table's nodes are known to ±1). */
const MARGIN = 2;

/** Writer's estimate of the paragraphs: the nodes less 25 a table (each table's overhead), with the body's start and end nodes. */
export function estimatedParagraphs(frames: readonly DocxFrame[]): number {
  const tables = frames.filter((f) => f.cells !== undefined).length;
  return 2 + frames.reduce((n, f) => n + f.nodes, 0) - 25 * tables;
}

/** The frames a page of the first spread takes: 25, or 20 (+3 a thousand, at most 53) above 100 estimated paragraphs; undefined when too near 100 to tell. */
export function paragraphsPerPage(frames: readonly DocxFrame[]): number | undefined {
  const n = estimatedParagraphs(frames);
  if (Math.abs(n - 100.5) < MARGIN) return undefined;
  return n > 100 ? Math.min(53, 20 + Math.floor(n / 1000) * 3) : 25;
}

/**
 * The frames that LibreOffice's first spread puts at the top of a page, by key, each with that page's
 * number within its section (2 for the section's second page): not the first page, nor a section's
 * (which start a page anyway). Empty when the limit cannot be told; after a long table is cut, none
 * until the next section (its pieces are not followed here).
 */
export function firstSpreadStarts(frames: readonly DocxFrame[]): Map<string, number> {
  const starts = new Map<string, number>();
  const max = paragraphsPerPage(frames);
  if (max === undefined) return starts;
  let count = 0;
  let page = 1;
  let lost = false;
  const start = (key: string) => {
    page++;
    count = 0;
    if (!lost) starts.set(key, page);
  };
  frames.forEach((f, i) => {
    count += f.count;
    if (i === 0) return;
    if (f.section) {
      [count, page, lost] = [0, 1, false];
    } else if (f.cells !== undefined && count > max + 10) {
      // A long table: cut every so many rows; when there is nothing to cut it goes whole to a new page.
      const perPage = f.count > 3 * max ? max : Math.max(2, Math.floor(max / Math.max(1, f.cells)));
      if (perPage >= f.count) start(f.key);
      else [count, lost] = [0, true];
    } else if (count > max) start(f.key);
  });
  return starts;
}
