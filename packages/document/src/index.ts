export { buildDocument, documentMeta, buildAppendices, numberLine, dateLine, signatureLines, walk as walkOutline, NATION, MOTTO, type BuildOptions } from './build-document.js';
export { attachedTo, DRAFT_BLANK } from './attached-to.js';
export { taskAppendix, taskTable, TASK_COLUMNS, type TaskAppendixOptions } from './task-appendix.js';
export { parseInline, parseWithRemark, escapeForInline, runsToPlain, runsToMarkdown, type Run } from './inline.js';
export type { PrintedDocument, PrintedAppendix, DocParagraph, DocTable, DocBlock, DocSignature, DocumentMeta, ParagraphRole } from './printed-document.js';
