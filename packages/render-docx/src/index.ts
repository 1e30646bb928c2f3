export { renderDocx, defaultTemplate, type DocxOptions, type DocxResult } from './render-docx.js';
export { bodyXml, paragraphXml, runsXml, STYLE_IDS } from './paragraph-xml.js';
export { TEMPLATE_TAGS, tagRecorder } from './template-tags.js';
export { escapeXml, stripInvalidXml, type DropCounter } from './xml-text.js';
export { renderAppendixDocx } from './render-appendix.js';
export { appendixXml, continued, landscape, userAppendixXml } from './appendix-xml.js';
