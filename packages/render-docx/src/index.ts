// @kehoach/render-docx: a plan, or any printed document, laid out as a Decree 30 DOCX on the bundled
// template or one's own. The XML writers, the template checks and the caches stay in their files.

// Rendering.
export { renderDocx, renderPrintedDocx, defaultTemplate, type DocxOptions, type DocxResult } from './render-docx.js';
export { renderAppendixDocx } from './render-appendix.js';
export { RENDER_DOCX_CODES } from './codes.js';

// The limits a template of one's own must keep (`readTemplate` of `kehoach/node` reads within them).
export { TEMPLATE_LIMITS } from './open-template.js';
// Where in the plan a character XML cannot hold (XML_INVALID_CHAR) stands, for a document built from it.
export { invalidCharPlace } from './invalid-char-place.js';

// Compression: a faster deflate where the platform has one (Node's zlib, through `kehoach/node`).
export { setDeflate } from './output-deflate.js';
