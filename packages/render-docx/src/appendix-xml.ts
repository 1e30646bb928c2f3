import { joinNames, timeInWords, type Plan, type Task } from '@kehoach/core';
import { attachedTo, parseInline, runsToPlain, type PrintedAppendix } from '@kehoach/document';
import { bodyXml } from './paragraph-xml.js';
import { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';

/** Landscape A4 text width (twips) with 1134 left and right margins. */
const WIDTH = 16838 - 2 * 1134;
const COLUMNS: Array<[string, number]> = [
  ['STT', 700],
  ['Nội dung nhiệm vụ', 6000],
  ['Cơ quan chủ trì', 2400],
  ['Cơ quan phối hợp', 2400],
  ['Thời gian thực hiện', 1870],
  ['Sản phẩm', WIDTH - 700 - 6000 - 2400 - 2400 - 1870],
];

const run = (text: string, dropped: DropCounter, { b = false, i = false, sz = 26 } = {}) =>
  `<w:r><w:rPr>${b ? '<w:b/><w:bCs/>' : ''}${i ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr><w:t xml:space="preserve">${escapeXml(stripInvalidXml(text.normalize('NFC'), dropped))}</w:t></w:r>`;
const para = (runs: string, jc = 'center', after = 0) =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="${after}"/><w:jc w:val="${jc}"/></w:pPr>${runs}</w:p>`;
const cell = (width: number, content: string) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;

function row(cells: string[], dropped: DropCounter, header: boolean): string {
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells
    .map((c, i) => cell(COLUMNS[i]![1], para(run(c, dropped, { b: header, sz: 24 }), i === 1 && !header ? 'both' : 'center')))
    .join('')}</w:tr>`;
}

/**
 * The appendix “Phụ lục: Danh mục nhiệm vụ” as OOXML: the heading (14 pt bold), its title in upper
 * case, the “(Kèm theo …)” line in italics, and a bordered table with one row per task.
 */
export function appendixXml(plan: Plan, draft: boolean, dropped: DropCounter): string {
  const tasks: Task[] = plan.tasks;
  const border = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') + '</w:tblBorders>';
  const rows = [row(COLUMNS.map((c) => c[0]), dropped, true)];
  tasks.forEach((t, n) => {
    const text = t.text.map((p) => runsToPlain(parseInline(p))).join(' ') || '(các nội dung con)';
    rows.push(row([String(n + 1), `${t.ref} ${text}`, joinNames(t.lead.length ? t.lead : t.requested), joinNames(t.support), timeInWords(t.time), t.output ?? ''], dropped, false));
  });
  return (
    para(run('Phụ lục', dropped, { b: true, sz: 28 })) +
    para(run('DANH MỤC NHIỆM VỤ', dropped, { b: true, sz: 28 })) +
    para(run(attachedTo(plan, draft), dropped, { i: true, sz: 28 }), 'center', 240) +
    `<w:tbl><w:tblPr><w:tblW w:w="${WIDTH}" w:type="dxa"/><w:jc w:val="center"/>${border}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${COLUMNS.map((c) => `<w:gridCol w:w="${c[1]}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>` +
    para('')
  );
}

/** The landscape version of a portrait section's properties (page number kept on every page). */
export function landscape(sectPr: string): string {
  return sectPr
    .replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
    .replace(/<w:pgMar [^>]*\/>/, '<w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1134" w:header="851" w:footer="567" w:gutter="0"/>')
    .replace('<w:titlePg/>', '');
}

/** A portrait section after the first: the same page, with the page number on its first page too. */
export function continued(sectPr: string): string {
  return sectPr.replace('<w:titlePg/>', '');
}

/** One of the plan's own appendices: heading, title, “(Kèm theo …)”, then its body paragraphs. */
export function userAppendixXml(a: PrintedAppendix, dropped: DropCounter): string {
  return (
    para(run(a.heading, dropped, { b: true, sz: 28 })) +
    para(run(a.title, dropped, { b: true, sz: 28 })) +
    para(run(a.attached, dropped, { i: true, sz: 28 }), 'center', 240) +
    bodyXml(a.body, dropped, a.landscape)
  );
}
