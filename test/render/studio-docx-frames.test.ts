import PizZip from 'pizzip';
import { describe, expect, test } from 'vitest';
import { printDocument, renderDocx } from 'kehoach';
import { docxFrames } from '../../packages/studio/src/docx-frames.js';
import { estimatedParagraphs, firstSpreadStarts, type DocxFrame } from '../../packages/studio/src/lo-first-spread.js';
import { ALL_EXAMPLES, loadExample } from '../helpers.js';

// The studio counts the DOCX's top-level paragraphs and tables (docx-frames.ts) without the DOCX
// writer, to know where LibreOffice's first spread starts pages (lo-first-spread.ts). Held here to
// the DOCX that renderDocx writes for every example: the same frames, rows, cells and sections.

/** The top-level `w:p` and `w:tbl` of the body, in order, with their XML. */
function topLevel(xml: string): Array<{ tag: 'p' | 'tbl'; xml: string }> {
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
  const out: Array<{ tag: 'p' | 'tbl'; xml: string }> = [];
  const re = /<(\/?)w:(p|tbl)\b[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[3]) {
      if (!depth) out.push({ tag: m[2] as 'p' | 'tbl', xml: m[0] });
      continue;
    }
    if (!m[1]) {
      if (!depth) start = m.index;
      depth++;
    } else if (--depth === 0) out.push({ tag: m[2] as 'p' | 'tbl', xml: body.slice(start, m.index + m[0].length) });
  }
  return out;
}

/** A table's nodes in LibreOffice: 2, and each cell's 2 and its paragraphs (tables nested in cells not expected). */
function tableNodes(xml: string): { rows: number; nodes: number; cells: number } {
  const rows = xml.split(/<w:tr[ >]/).slice(1);
  const cellsOf = (r: string) => r.split(/<w:tc[ >]/).slice(1);
  const nodes = rows.reduce((n, r) => n + cellsOf(r).reduce((m, c) => m + 2 + (c.match(/<w:p[ >/]/g) ?? []).length, 0), 2);
  return { rows: rows.length, nodes, cells: cellsOf(rows[1] ?? rows[0]!).length };
}

/** The DOCX's frames as the studio describes them, without keys. */
function framesOfDocx(docx: Uint8Array): Array<Omit<DocxFrame, 'key'>> {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  let section = false;
  return topLevel(xml).map((f) => {
    const starts = section;
    section = f.tag === 'p' && f.xml.includes('<w:sectPr');
    const frame: Omit<DocxFrame, 'key'> = f.tag === 'p' ? { count: 1, nodes: 1 } : (({ rows, nodes, cells }) => ({ count: rows, nodes, cells }))(tableNodes(f.xml));
    return starts ? { ...frame, section: true } : frame;
  });
}

describe('the studio counts the DOCX as LibreOffice does', () => {
  test.each(ALL_EXAMPLES)('%s: the same frames as the DOCX', (name) => {
    const plan = loadExample(name);
    const model = docxFrames(printDocument(plan));
    expect(model, name).toBeDefined();
    expect(model!.map(({ key: _, ...f }) => f)).toEqual(framesOfDocx(renderDocx(plan).docx!));
  });

  test('Đắk Lắk: over 100 estimated paragraphs, 20 a page; “1. Sở Tư pháp” starts page 2 of the first spread', () => {
    const d = printDocument(loadExample('dak-lak-2026-pho-bien-phap-luat'));
    const frames = docxFrames(d)!;
    expect(estimatedParagraphs(frames)).toBe(155);
    const starts = [...firstSpreadStarts(frames)];
    expect(starts.map(([, page]) => page)).toEqual([2]);
    const block = d.body[Number(starts[0]![0].slice(1))]!;
    expect(block.role !== 'table' && block.title).toBe('Sở Tư pháp');
  });
});
