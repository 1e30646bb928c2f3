export { exportEdxml, contentIdOf, DOCX_TYPE, type EdxmlOptions, type EdxmlResult } from './export-edxml.js';
export { messageHeader, type HeaderOptions, type HeaderResult } from './message-header.js';
export { checkFields } from './check-fields.js';
export { EDXML_FIELDS, ATTACHMENT_FIELDS, EDXML_NS, PRIORITIES, edxmlDate, fieldsTable, type EdxmlField, type Confidence } from './fields.js';
export { EDXML_CODES, type EdxmlCode } from './codes.js';
export { escapeText, writeNode, leaf, group, type XmlNode } from './xml-node.js';
export { toBase64 } from './base64.js';
