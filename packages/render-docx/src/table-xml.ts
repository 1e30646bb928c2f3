import type { TableCell, TableModel, TableRow } from '@kehoach/core';
import { parseInline } from '@kehoach/document';
import { runsXml } from './paragraph-xml.js';
import { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';

/** Text width (twips) of an A4 portrait page with the template's margins (1701 left, 851 right). */
export const PORTRAIT_WIDTH = 11906 - 1701 - 851;
/** Text width (twips) of an A4 landscape page with 1134 margins. */
export const LANDSCAPE_WIDTH = 16838 - 2 * 1134;

const BORDERS =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') +
  '</w:tblBorders>';

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

function cellParagraphs(c: TableCell, sz: number, bold: boolean, align: string, dropped: DropCounter): string {
  const paras = c.paragraphs.length ? c.paragraphs : [''];
  return paras
    .map((p) => {
      const runs = p ? runsXml(parseInline(p), { bold, italic: false }, dropped).replace(/<w:rPr>/g, `<w:rPr><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>`) : '';
      return `<w:p><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="${align}"/></w:pPr>${runs}</w:p>`;
    })
    .join('');
}

function rowXml(r: TableRow, widths: number[], sz: number, header: boolean, dropped: DropCounter): string {
  let col = 0;
  const cells = r.cells.map((c) => {
    const w = widths.slice(col, col + c.colSpan).reduce((a, b) => a + b, 0);
    col += c.colSpan;
    const span = c.colSpan > 1 ? `<w:gridSpan w:val="${c.colSpan}"/>` : '';
    const merge = c.continued ? '<w:vMerge/>' : c.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
    const align = JC[c.align ?? (header ? 'center' : c.paragraphs.join('').length > 40 ? 'justify' : 'left')];
    const body = c.continued ? '<w:p/>' : cellParagraphs(c, sz, header || !!c.bold, align, dropped);
    return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;
  });
  const trPr = header ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>';
  return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
}

/**
 * A table as OOXML, per Decree 30 practice: single borders, header rows repeated on every page,
 * rows not split across pages, 12–13 pt text; merged cells as `gridSpan` (across) and `vMerge`
 * (down). Widths are the model's fractions of the text width of a portrait or landscape page.
 */
export function tableXml(t: TableModel, dropped: DropCounter, landscapePage = t.landscape): string {
  const total = landscapePage ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  const widths = t.widths.map((f) => Math.round(f * total));
  const sz = t.fontSize * 2;
  const caption = t.title
    ? `<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${escapeXml(stripInvalidXml(t.title.normalize('NFC'), dropped))}</w:t></w:r></w:p>`
    : '';
  const rows = [...t.header.map((r) => rowXml(r, widths, sz, true, dropped)), ...t.rows.map((r) => rowXml(r, widths, sz, false, dropped))];
  return (
    caption +
    `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/>${BORDERS}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>` +
    // Word needs a paragraph between a table and what follows.
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>'
  );
}
