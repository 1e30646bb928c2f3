// @kehoach/document: the printed document — the model every renderer (DOCX, text, Markdown, the
// studio's preview) lays out — built from a plan, and the inline Markdown of its text.

// Building it.
export { buildDocument, NATION, MOTTO, type BuildOptions } from './build-document.js';
export { taskAppendix, type TaskAppendixOptions } from './task-appendix.js';

// Its model.
export type { PrintedDocument, PrintedAppendix, DocParagraph, DocTable, DocBlock, DocSignature, DocumentMeta, ParagraphRole } from './printed-document.js';

// Inline text (`**bold**`, `*italic*`) as runs, and runs back as plain text or Markdown.
export { parseInline, runsToPlain, runsToMarkdown, type Run } from './inline.js';
