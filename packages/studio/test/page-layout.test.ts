import { describe, expect, test } from 'vitest';
import { layoutPages, type FlowItem, type FlowParagraph, type LaidPage } from '../src/page-layout.js';

// The page-breaking rules of the studio's preview (page-layout.ts), on pages 10 lines high.
const GEOMETRY = { portrait: 100, landscape: 60 };
const para = (lines: number, keep = false): FlowParagraph => ({ type: 'para', lines, lineHeight: 10, before: 0, after: 0, ...(keep ? { keepNext: true, keepLines: true } : {}) });
/** Each page as `item:from-to` pieces. */
const shape = (pages: LaidPage[]) => pages.map((p) => p.pieces.map((x) => `${x.item}:${x.from}-${x.to}`).join(' '));

describe('layoutPages', () => {
  test('a block that goes to the next page takes the whole run of keepNext blocks before it', () => {
    // 7 lines, then two headings that fit (lines 8 and 9), then a paragraph of 3 lines that does not:
    // both headings move with it (Word; LibreOffice past page 1), not only the one just before.
    const items: FlowItem[] = [para(7), para(1, true), para(1, true), para(3)];
    expect(shape(layoutPages(items, GEOMETRY))).toEqual(['0:0-7', '1:0-1 2:0-1 3:0-3']);
  });

  test('a run that is kept stops at the first block not kept with the next', () => {
    const items: FlowItem[] = [para(6), para(1), para(1, true), para(1, true), para(4)];
    // Lines: 6 + 1 + heading + heading = 9; the 4-line paragraph cannot leave two lines here.
    expect(shape(layoutPages(items, GEOMETRY))).toEqual(['0:0-6 1:0-1', '2:0-1 3:0-1 4:0-4']);
  });

  test('a kept run that fills its page from the top stays: the keep is broken where the page ends', () => {
    const items: FlowItem[] = [para(1, true), para(1, true), para(1, true), para(1, true), para(1, true), para(1, true), para(1, true), para(1, true), para(1, true), para(1, true), para(2)];
    const pages = layoutPages(items, GEOMETRY);
    expect(pages).toHaveLength(2);
    expect(shape(pages)[1]).toBe('10:0-2');
  });

  test('LibreOffice: a run kept with a block its first spread put at the top of this very page stays behind', () => {
    // As in the first test, but LibreOffice's first spread of the DOCX put the paragraph after the
    // headings at the top of page 2: it never moved there, and the keep is not looked at.
    const onPage = (n: number): FlowParagraph => ({ ...para(3), spreadPage: n });
    expect(shape(layoutPages([para(7), para(1, true), para(1, true), onPage(2)], GEOMETRY))).toEqual(['0:0-7 1:0-1 2:0-1', '3:0-3']);
    // Put on an earlier page than the one it starts (page 1 of the spread, printed on 2), it moved
    // there during layout, and the headings move with it as usual.
    expect(shape(layoutPages([para(7), para(1, true), para(1, true), onPage(1)], GEOMETRY))).toEqual(['0:0-7', '1:0-1 2:0-1 3:0-3']);
    // Only the follower counts: the spread's page start on a heading itself changes nothing.
    const heading: FlowParagraph = { ...para(1, true), spreadPage: 2 };
    expect(shape(layoutPages([para(7), para(1, true), heading, para(3)], GEOMETRY))).toEqual(['0:0-7', '1:0-1 2:0-1 3:0-3']);
    // Nor does a spread page start that fits where it is.
    expect(shape(layoutPages([para(2), para(1, true), onPage(2)], GEOMETRY))).toEqual(['0:0-2 1:0-1 2:0-3']);
  });

  test('widows and orphans: at least two lines on each side of a split', () => {
    // 8 lines used; a 3-line paragraph could leave 2 here and 1 there — it moves whole instead.
    expect(shape(layoutPages([para(8), para(3)], GEOMETRY))).toEqual(['0:0-8', '1:0-3']);
    // A 5-line paragraph: 2 lines here, 3 on the next page.
    expect(shape(layoutPages([para(8), para(5)], GEOMETRY))).toEqual(['0:0-8 1:0-2', '1:2-5']);
  });

  test('a section break starts a page of its own orientation, numbered from 1', () => {
    const pages = layoutPages([para(2), { type: 'section', landscape: true }, para(7)], GEOMETRY);
    expect(pages.map((p) => [p.landscape, p.number])).toEqual([[false, 1], [true, 1], [true, 2]]);
    // A landscape page holds 6 lines; 6 + 1 would leave a widow, so 5 + 2.
    expect(shape(pages)).toEqual(['0:0-2', '2:0-5', '2:5-7']);
  });
});
