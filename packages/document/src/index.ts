export { buildDocument, documentMeta, buildAppendices, attachedTo, numberLine, dateLine, signatureLines, walk as walkOutline, NATION, MOTTO, DRAFT_BLANK, type BuildOptions } from './build-document.js';
export { parseInline, parseWithRemark, escapeForInline, runsToPlain, runsToMarkdown, type Run } from './inline.js';
export type { PrintedDocument, PrintedAppendix, DocParagraph, DocTable, DocBlock, DocSignature, DocumentMeta, ParagraphRole } from './printed-document.js';
