import { RENDER_DOCX_CODES } from './codes.js';
import { type Plan } from '@kehoach/core';
import { appendixXml, landscape } from './appendix-xml.js';
import { PizZip } from './cjs.js';
import { defaultTemplate, FIXED_DATE, type DocxResult } from './render-docx.js';
import { outputCompression } from './output-deflate.js';
import { invalidCharPlace } from './invalid-char-place.js';
import type { DropCounter } from './xml-text.js';

/**
 * The appendix “Phụ lục: Danh mục nhiệm vụ” as a document of its own (landscape A4), with the
 * bundled template's fonts, styles and page-number header. Pure; same input, same bytes.
 */
export function renderAppendixDocx(plan: Plan, options: { draft?: boolean } = {}): DocxResult {
  const zip = new PizZip(defaultTemplate());
  const xml = zip.file('word/document.xml')!.asText();
  const root = /<w:document [^>]*>/.exec(xml)![0];
  const last = xml.lastIndexOf('<w:sectPr');
  const sect = xml.slice(last, xml.indexOf('</w:sectPr>', last) + '</w:sectPr>'.length);
  const dropped: DropCounter = { count: 0 };
  const body = appendixXml(plan, options.draft === true || plan.draft, dropped);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}<w:body>${body}${landscape(sect)}</w:body></w:document>`);
  for (const name of Object.keys(zip.files)) zip.files[name]!.date = FIXED_DATE;
  const diagnostics = dropped.count
    ? [RENDER_DOCX_CODES.create('XML_INVALID_CHAR', invalidCharPlace(plan), { count: dropped.count, hex: dropped.first ?? '' })]
    : [];
  return { docx: zip.generate({ type: 'uint8array', compression: outputCompression() as 'DEFLATE' }) as Uint8Array, diagnostics };
}
