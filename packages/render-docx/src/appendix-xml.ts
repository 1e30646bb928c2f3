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

function row(cells: string[], columns: Array<[string, number]>, dropped: DropCounter, header: boolean): string {
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells
    .map((c, i) => cell(columns[i]![1], para(run(c, dropped, { b: header, sz: 24 }), i === 1 && !header ? 'both' : 'center')))
    .join('')}</w:tr>`;
}

/**
 * The appendix “Phụ lục: Danh mục nhiệm vụ” as OOXML: the heading (14 pt bold), its title in upper
 * case, the “(Kèm theo …)” line in italics, and a bordered table with one row per task.
 */
export function appendixXml(plan: Plan, draft: boolean, dropped: DropCounter): string {
  const tasks: Task[] = plan.tasks;
  const border = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') + '</w:tblBorders>';
  const cells = tasks.map((t, n) => {
    const text = t.text.map((p) => runsToPlain(parseInline(p))).join(' ') || '(các nội dung con)';
    return [String(n + 1), `${t.ref} ${text}`, joinNames(t.lead.length ? t.lead : t.requested), joinNames(t.support), timeInWords(t.time), t.output ?? ''];
  });
  // A column no task fills (often “Sản phẩm”) is left out; its width goes to the task's text.
  const keep = COLUMNS.map((_, i) => i < 2 || cells.some((c) => c[i]));
  const spare = COLUMNS.reduce((s, c, i) => s + (keep[i] ? 0 : c[1]), 0);
  const columns = COLUMNS.filter((_, i) => keep[i]).map(([title, w], i) => [title, i === 1 ? w + spare : w] as [string, number]);
  const pick = (r: string[]) => r.filter((_, i) => keep[i]);
  const rows = [row(columns.map((c) => c[0]), columns, dropped, true), ...cells.map((c) => row(pick(c), columns, dropped, false))];
  return (
    para(run('Phụ lục', dropped, { b: true, sz: 28 })) +
    para(run('DANH MỤC NHIỆM VỤ', dropped, { b: true, sz: 28 })) +
    para(run(attachedTo(plan, draft), dropped, { i: true, sz: 28 }), 'center', 240) +
    `<w:tbl><w:tblPr><w:tblW w:w="${WIDTH}" w:type="dxa"/><w:jc w:val="center"/>${border}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${columns.map((c) => `<w:gridCol w:w="${c[1]}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>` +
    para('')
  );
}

/**
 * An appendix numbers its own pages (Nghị định 30): they restart at 1, and its first page, like
 * the document's, has none; header and footer references are kept.
 */
function ownNumbering(sectPr: string): string {
  const s = sectPr.replace(/<w:pgNumType [^>]*\/>/, '');
  const withNumbers = s.replace(/(<w:pgMar [^>]*\/>)/, '$1<w:pgNumType w:start="1"/>');
  return withNumbers.includes('<w:titlePg/>') ? withNumbers : withNumbers.replace('</w:sectPr>', '<w:titlePg/></w:sectPr>');
}

/** The landscape section of an appendix, from the document's portrait section properties. */
export function landscape(sectPr: string): string {
  return ownNumbering(
    sectPr
      .replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
      .replace(/<w:pgMar [^>]*\/>/, '<w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1134" w:header="851" w:footer="567" w:gutter="0"/>'),
  );
}

/** The portrait section of an appendix: the same page as the document's, its own page numbers. */
export function continued(sectPr: string): string {
  return ownNumbering(sectPr);
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
