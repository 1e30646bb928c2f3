export { renderDocx, renderPrintedDocx, defaultTemplate, type DocxOptions, type DocxResult, type ExtraSection } from './render-docx.js';
export { tableXml, PORTRAIT_WIDTH, LANDSCAPE_WIDTH } from './table-xml.js';
export { signaturesXml } from './signatures-xml.js';
export { bodyXml, blockXml, paragraphXml, runsXml, STYLE_IDS } from './paragraph-xml.js';
export { TEMPLATE_TAGS, tagRecorder } from './template-tags.js';
export { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';
export { renderAppendixDocx } from './render-appendix.js';
export { appendixXml, continued, landscape, userAppendixXml } from './appendix-xml.js';
