import type { TableCell, TableModel, TableRow } from '@kehoach/core';
import { plainParagraph, plainRun } from './plain-xml.js';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH } from './table-xml.js';
import type { DropCounter } from './xml-text.js';

const BORDERS =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') +
  '</w:tblBorders>';

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

function cellXml(c: TableCell, width: number, sz: number, header: boolean, dropped: DropCounter): string {
  const jc = JC[c.align ?? 'center'];
  const paras = (c.paragraphs.length ? c.paragraphs : ['']).map((p) => plainParagraph(plainRun(p, dropped, { b: header || !!c.bold, sz }), jc)).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paras}</w:tc>`;
}

function rowXml(r: TableRow, widths: number[], sz: number, header: boolean, dropped: DropCounter): string {
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.cells.map((c, i) => cellXml(c, widths[i]!, sz, header, dropped)).join('')}</w:tr>`;
}

/**
 * A list printed as a table (`DocTable.list`: the task appendix, a checklist) as OOXML: single
 * borders, the header row repeated on every page, one plain-text paragraph per cell at the table's
 * size (bold in the header), rows free to break across pages; then an empty paragraph.
 */
export function listTableXml(t: TableModel, dropped: DropCounter, landscapePage = t.landscape): string {
  const total = landscapePage ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  const widths = t.widths.map((f) => Math.round(f * total));
  const sz = t.fontSize * 2;
  const rows = [...t.header.map((r) => rowXml(r, widths, sz, true, dropped)), ...t.rows.map((r) => rowXml(r, widths, sz, false, dropped))];
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/>${BORDERS}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>` +
    plainParagraph('')
  );
}
