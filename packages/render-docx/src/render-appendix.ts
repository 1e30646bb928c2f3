import { RENDER_DOCX_CODES } from './codes.js';
import type { PrintedAppendix } from '@kehoach/document';
import { appendixXml, landscape } from './appendix-xml.js';
import { PizZip } from './cjs.js';
import { defaultTemplate, FIXED_DATE, type DocxResult } from './render-docx.js';
import { outputCompression } from './output-deflate.js';
import type { DropCounter } from './xml-text.js';

/**
 * One printed appendix as a document of its own (the checklist's “Phụ lục: Danh mục nhiệm vụ”,
 * `printChecklist`), with the bundled template's fonts, styles and page-number header; landscape A4
 * when the appendix is. Pure; same input, same bytes. A character Word cannot take is dropped and
 * reported (`XML_INVALID_CHAR`) at `file` line 1: the caller points it at the plan's value.
 *
 * @example
 * const { docx } = renderAppendixDocx(taskAppendix(plan, plan.draft));
 */
export function renderAppendixDocx(appendix: PrintedAppendix, options: { file?: string } = {}): DocxResult {
  const zip = new PizZip(defaultTemplate());
  const xml = zip.file('word/document.xml')!.asText();
  const root = /<w:document [^>]*>/.exec(xml)![0];
  const last = xml.lastIndexOf('<w:sectPr');
  const sect = xml.slice(last, xml.indexOf('</w:sectPr>', last) + '</w:sectPr>'.length);
  const dropped: DropCounter = { count: 0 };
  const body = appendixXml(appendix, dropped);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}<w:body>${body}${appendix.landscape ? landscape(sect) : sect}</w:body></w:document>`);
  for (const name of Object.keys(zip.files)) zip.files[name]!.date = FIXED_DATE;
  const place = { file: options.file ?? 'plan', path: '', line: 1, column: 1 };
  const diagnostics = dropped.count ? [RENDER_DOCX_CODES.create('XML_INVALID_CHAR', place, { count: dropped.count, hex: dropped.first ?? '' })] : [];
  return { docx: zip.generate({ type: 'uint8array', compression: outputCompression() as 'DEFLATE' }) as Uint8Array, diagnostics };
}
