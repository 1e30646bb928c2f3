import { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';

/** A run of plain text with direct formatting: bold, italic, size in half-points (26 = 13 pt). */
export function plainRun(text: string, dropped: DropCounter, { b = false, i = false, sz = 26 } = {}): string {
  return `<w:r><w:rPr>${b ? '<w:b/><w:bCs/>' : ''}${i ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr><w:t xml:space="preserve">${escapeXml(stripInvalidXml(text.normalize('NFC'), dropped))}</w:t></w:r>`;
}

/** A paragraph without a style: no spacing before, `after` twips after, aligned by `jc`. */
export function plainParagraph(runs: string, jc = 'center', after = 0): string {
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="${after}"/><w:jc w:val="${jc}"/></w:pPr>${runs}</w:p>`;
}
