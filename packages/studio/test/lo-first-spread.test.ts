import { describe, expect, test } from 'vitest';
import { estimatedParagraphs, firstSpreadStarts, paragraphsPerPage, type DocxFrame } from '../src/lo-first-spread.js';

// LibreOffice's first spread of a DOCX over pages (lo-first-spread.ts), on frames written here.
const p = (key: string): DocxFrame => ({ key, count: 1, nodes: 1 });
/** A table of `rows` rows of `cells` cells, one paragraph each. */
const table = (key: string, rows: number, cells = 2): DocxFrame => ({ key, count: rows, nodes: 2 + rows * cells * 3, cells });
/** The header table (2 rows, 2 cells) then `n` paragraphs `p1` … `pn`. */
const doc = (n: number, extra: DocxFrame[] = []): DocxFrame[] => [table('front', 2), ...Array.from({ length: n }, (_, i) => p(`p${i + 1}`)), ...extra];

describe('LibreOffice’s first spread', () => {
  test('25 frames a page up to 100 estimated paragraphs: the frame that takes the count over 25 starts page 2', () => {
    // Nodes: 2 + (2 + 4 × 3) + 60 − 25 = 51.
    const frames = doc(60);
    expect(estimatedParagraphs(frames)).toBe(51);
    expect(paragraphsPerPage(frames)).toBe(25);
    // The header counts 2 rows: p1 … p23 make 25, p24 makes 26. The count starts again at 0 with p24
    // uncounted, so p24 … p49 fill page 2 and p50 (26) starts page 3.
    expect([...firstSpreadStarts(frames)]).toEqual([['p24', 2], ['p50', 3]]);
  });

  test('above 100 estimated paragraphs, 20 a page; a node more or less at the threshold decides', () => {
    // 2 + 14 + n − 25 > 100 when n > 109.
    expect(paragraphsPerPage(doc(112))).toBe(20);
    expect([...firstSpreadStarts(doc(112))].slice(0, 2)).toEqual([['p19', 2], ['p40', 3]]);
    expect(paragraphsPerPage(doc(106))).toBe(25);
    // Within 2 of the threshold the header's count (known to ±1) cannot tell: no starts at all.
    expect(paragraphsPerPage(doc(109))).toBeUndefined();
    expect(firstSpreadStarts(doc(109)).size).toBe(0);
  });

  test('a table counts its rows and goes whole to a new page; a section starts a page and the count', () => {
    const appendix = Array.from({ length: 30 }, (_, i) => p(`a${i + 1}`));
    const frames = doc(20, [table('t', 5), p('after'), { ...p('appendix'), section: true }, ...appendix]);
    expect(paragraphsPerPage(frames)).toBe(25);
    // 2 + 20 = 22, the table makes 27: it starts page 2. The appendix starts its own page 1 (not
    // listed), the count from 0 with it uncounted: a1 … a25 fit, a26 starts the appendix's page 2.
    expect([...firstSpreadStarts(frames)]).toEqual([['t', 2], ['a26', 2]]);
  });

  test('a table more than 10 over the limit is cut: only one with nothing to cut goes whole to a new page', () => {
    // 22 + 14 rows = 36 > 35: a long table. Rows a page: 25 / 2 cells = 12 < 14, so it is cut; its
    // pieces are not followed, so nothing more is listed until the next section.
    const more = Array.from({ length: 26 }, (_, i) => p(`n${i + 1}`));
    expect([...firstSpreadStarts(doc(20, [table('long', 14), ...more]))]).toEqual([]);
    // One cell a row: 25 rows a page ≥ 14, nothing to cut: the table goes whole to page 2.
    expect([...firstSpreadStarts(doc(20, [table('whole', 14, 1), ...more]))]).toEqual([['whole', 2], ['n26', 3]]);
  });
});
