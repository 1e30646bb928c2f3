import type { PrintedDocument } from '@kehoach/document';
import { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';

const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** A zip the properties are written into (PizZip's surface that is used here). */
interface Zip {
  file(name: string): { asText(): string } | null;
  file(name: string, data: string): unknown;
}

const text = (s: string, dropped: DropCounter) => escapeXml(stripInvalidXml(s.normalize('NFC'), dropped));

/**
 * The document's facts as DOCX properties, so an e-office system files it without scraping page 1:
 * core properties (title = trích yếu, subject = “Kế hoạch số 15/KH-UBND”, creator = the issuer,
 * keywords, created = the date of issue) and custom properties (Số, Ký hiệu, Ngày ban hành, Cơ quan
 * ban hành, Loại văn bản, Người ký, Chức vụ người ký, Định danh). No clock is read: same input, same bytes.
 */
export function writeDocProps(zip: Zip, doc: PrintedDocument, dropped: DropCounter): void {
  const m = doc.meta;
  const subject = m.numberAndSymbol ? `${m.kindName} số ${m.numberAndSymbol}` : `Dự thảo ${m.kindName.toLocaleLowerCase('vi')} ${m.symbol}`;
  const keywords = [m.kindName, m.symbol, m.issuer].join('; ');
  const when = m.date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${m.date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${m.date}T00:00:00Z</dcterms:modified>` : '';
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${text(doc.title, dropped)}</dc:title><dc:subject>${text(subject, dropped)}</dc:subject><dc:creator>${text(m.issuer, dropped)}</dc:creator>` +
      `<cp:keywords>${text(keywords, dropped)}</cp:keywords><dc:description>${text(m.identity, dropped)}</dc:description><cp:lastModifiedBy>${text(m.issuer, dropped)}</cp:lastModifiedBy>` +
      `<dc:language>vi-VN</dc:language><cp:category>${text(m.kindName, dropped)}</cp:category>${when}</cp:coreProperties>`,
  );
  const props: Array<[string, string | undefined]> = [
    ['Loại văn bản', m.kindName],
    ['Số', m.number !== undefined ? String(m.number) : undefined],
    ['Ký hiệu', m.symbol],
    ['Số, ký hiệu', m.numberAndSymbol],
    ['Ngày ban hành', m.date],
    ['Nơi ban hành', m.place],
    ['Cơ quan ban hành', m.issuer],
    ['Trích yếu', doc.title],
    ['Thẩm quyền ký', m.signer?.authority],
    ['Chức vụ người ký', m.signer?.position],
    ['Người ký', m.signer?.name],
    ['Dự thảo', m.draft ? 'có' : 'không'],
    ['Định danh', m.identity],
  ];
  const items = props
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([name, value], i) => `<property fmtid="${FMTID}" pid="${i + 2}" name="${text(name, dropped)}"><vt:lpwstr>${text(value, dropped)}</vt:lpwstr></property>`)
    .join('');
  zip.file(
    'docProps/custom.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items}</Properties>`,
  );
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (types && !types.includes('/docProps/custom.xml')) {
    zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/docProps/custom.xml" ContentType="${CUSTOM_TYPE}"/></Types>`));
  }
  const rels = zip.file('_rels/.rels')?.asText() ?? '';
  if (rels && !rels.includes(CUSTOM_REL)) {
    zip.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="rIdKehoachCustom" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/></Relationships>`));
  }
  if (types && !types.includes('/docProps/core.xml')) {
    zip.file('[Content_Types].xml', zip.file('[Content_Types].xml')!.asText().replace('</Types>', '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'));
    const r = zip.file('_rels/.rels')!.asText();
    if (!r.includes('core-properties')) zip.file('_rels/.rels', r.replace('</Relationships>', '<Relationship Id="rIdKehoachCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'));
  }
}
