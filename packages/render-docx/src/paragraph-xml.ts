import { parseInline, type DocBlock, type DocParagraph, type Run } from '@kehoach/document';
import { listTableXml } from './list-table-xml.js';
import { tableXml } from './table-xml.js';
import { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';

/** The paragraph styles of the template, by role (README “DOCX template”). */
export const STYLE_IDS = {
  opening: 'KHMoDau',
  enacting: 'KHBanHanh',
  part: 'KHPhan',
  section: 'KHMuc',
  khoan: 'KHKhoan',
  body: 'KHDoan',
  continuation: 'KHDoan',
  trailer: 'KHNgoac',
} as const;

interface RunFormat {
  bold: boolean;
  italic: boolean;
}

function runXml(text: string, f: RunFormat, dropped: DropCounter): string {
  const clean = stripInvalidXml(text.normalize('NFC'), dropped);
  if (!clean) return '';
  const rpr = `<w:rPr>${f.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>'}${f.italic ? '<w:i/><w:iCs/>' : ''}</w:rPr>`;
  return `<w:r>${rpr}<w:t xml:space="preserve">${escapeXml(clean)}</w:t></w:r>`;
}

/** Word runs for inline markdown: bold and italic as run properties, breaks as `<w:br/>`. */
export function runsXml(runs: Run[], base: RunFormat, dropped: DropCounter): string {
  return runs
    .map((r) => ('break' in r ? '<w:r><w:br/></w:r>' : runXml(r.text, { bold: base.bold || r.bold, italic: base.italic || r.italic }, dropped)))
    .join('');
}

/**
 * One body paragraph as OOXML. The label (`II.`, `1.`, `a)`, `-`) is a run of its own; a mục or a
 * titled khoản is bold; the text keeps its own bold and italic. All user text is escaped.
 */
export function paragraphXml(p: DocParagraph, dropped: DropCounter, keep = false): string {
  const style = STYLE_IDS[p.role];
  const headBold = p.role === 'part' || p.role === 'section' || p.role === 'khoan' || p.role === 'enacting';
  let runs = '';
  // Nghị định 30: “Phần I”, then its title on the next line (both centred and bold, by the style).
  if (p.role === 'part') {
    runs = runXml(p.label, { bold: true, italic: false }, dropped) + '<w:r><w:br/></w:r>' + runsXml(parseInline(p.title ?? ''), { bold: true, italic: false }, dropped);
    return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${keep ? '<w:keepNext/><w:keepLines/>' : ''}</w:pPr>${runs}</w:p>`;
  }
  if (p.label) runs += runXml(p.label + ' ', { bold: headBold, italic: false }, dropped);
  if (p.title !== undefined) runs += runsXml(parseInline(p.title), { bold: headBold, italic: false }, dropped);
  if (p.text !== undefined) {
    if (p.title !== undefined) runs += runXml(p.inline ? ': ' : ' ', { bold: headBold && !p.inline, italic: false }, dropped);
    runs += runsXml(parseInline(p.text), { bold: false, italic: false }, dropped);
  }
  // `keep`: the body's last paragraph stays on the page of the signature block after it.
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${keep ? '<w:keepNext/><w:keepLines/>' : ''}</w:pPr>${runs}</w:p>`;
}

/** One body block (a paragraph, a table, or a list printed as a table) as OOXML. */
export function blockXml(b: DocBlock, dropped: DropCounter, landscapePage = false): string {
  if (b.role !== 'table') return paragraphXml(b, dropped);
  return (b.list ? listTableXml : tableXml)(b.table, dropped, landscapePage || b.table.landscape);
}

/**
 * Every body block as OOXML, for the template's `{@body}` tag. With `keepLast`, the last paragraph
 * keeps with what follows (the signature block), so a signature is never alone on its page.
 */
export function bodyXml(blocks: DocBlock[], dropped: DropCounter, landscapePage = false, keepLast = false): string {
  const last = keepLast ? blocks.length - 1 : -1;
  return blocks.map((b, i) => (i === last && b.role !== 'table' ? paragraphXml(b, dropped, true) : blockXml(b, dropped, landscapePage))).join('');
}
