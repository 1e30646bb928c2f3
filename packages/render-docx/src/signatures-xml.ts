import type { DocSignature } from '@kehoach/document';
import { PORTRAIT_WIDTH } from './table-xml.js';
import { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';

const para = (text: string, dropped: DropCounter, bold: boolean, after = 0) =>
  `<w:p><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="${after}"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>` +
  (text ? `<w:r><w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}</w:rPr><w:t xml:space="preserve">${escapeXml(stripInvalidXml(text.normalize('NFC'), dropped))}</w:t></w:r>` : '') +
  '</w:p>';

/**
 * Several signers side by side (a joint plan): a borderless table with one column per signer —
 * authority lines and titles bold in upper case, room to sign, the name bold.
 */
export function signaturesXml(signatures: DocSignature[], dropped: DropCounter): string {
  const w = Math.floor(PORTRAIT_WIDTH / signatures.length);
  const cells = signatures.map(
    (s) =>
      `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${s.lines.map((l) => para(l, dropped, true)).join('')}${para('', dropped, false, 1200)}${para(s.name, dropped, true)}</w:tc>`,
  );
  return (
    `<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="120"/></w:pPr></w:p>` +
    `<w:tbl><w:tblPr><w:tblW w:w="${w * signatures.length}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${cells.map(() => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr></w:tbl>` +
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>'
  );
}
