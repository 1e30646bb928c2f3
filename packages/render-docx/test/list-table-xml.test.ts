import { expect, test } from 'vitest';
import type { TableModel } from '@kehoach/core';
import { listTableXml } from '../src/list-table-xml.js';

// The list table's OOXML (the task appendix, a checklist): what the DOCX of `render --with-appendix`
// and `checklist --format docx` have always carried, byte for byte.
const cell = (text: string, align: 'center' | 'justify') => ({ paragraphs: [text], colSpan: 1, rowSpan: 1, align });
const table: TableModel = {
  kind: 'tasks',
  widths: [700 / 14570, 13870 / 14570],
  header: [{ cells: [cell('STT', 'center'), cell('Nội dung', 'center')], path: '' }],
  rows: [{ cells: [cell('1', 'center'), cell('I.1 A & <b>\u0001', 'justify')], path: '/tasks/0' }],
  landscape: true,
  fontSize: 12,
};

test('compact rows: header repeated and bold, cells one plain paragraph at the table size, the text column justified', () => {
  const dropped = { count: 0 };
  const p = (text: string, jc: string, b = false) =>
    `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="${jc}"/></w:pPr><w:r><w:rPr>${b ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const tc = (w: number, para: string) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${para}</w:tc>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  expect(listTableXml(table, dropped)).toBe(
    `<w:tbl><w:tblPr><w:tblW w:w="14570" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
      '<w:tblGrid><w:gridCol w:w="700"/><w:gridCol w:w="13870"/></w:tblGrid>' +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(700, p('STT', 'center', true))}${tc(13870, p('Nội dung', 'center', true))}</w:tr>` +
      `<w:tr>${tc(700, p('1', 'center'))}${tc(13870, p('I.1 A &amp; &lt;b&gt;', 'both'))}</w:tr></w:tbl>` +
      '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr></w:p>',
  );
  expect(dropped.count).toBe(1);
});
