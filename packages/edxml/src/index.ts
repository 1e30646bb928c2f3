// @kehoach/edxml: the edXML message of a plan (QCVN 102:2016/BTTTT), its DOCX attached. The field
// table, the XML writer and the header builder stay in their files.
export { exportEdxml, type EdxmlOptions, type EdxmlResult } from './export-edxml.js';
// The message's namespace, for those who read the message back.
export { EDXML_NS } from './fields.js';
export { EDXML_CODES } from './codes.js';
