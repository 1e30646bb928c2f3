// @kehoach/node: what Node programs need beside the pure packages — input read within its limit,
// files written safely, PDF through LibreOffice, Node's deflate, clean-up when interrupted. The
// bounded readers and the LibreOffice details stay in their files. Portals get these through `kehoach/node`.

// Files: read within a limit (a plan, a unit profile, a template), written atomically.
export { readInput, type ReadResult } from './read-input.js';
export { writeAtomic, type WriteOptions } from './write-atomic.js';
export { NODE_CODES } from './codes.js';

// PDF from DOCX through LibreOffice, one document or a batch by one process.
export { convertToPdf, convertManyToPdf, type PdfResult, type PdfOptions } from './convert-pdf.js';

// Node's zlib deflate for DOCX (fastest level), for `setDeflate`.
export { nativeDeflate } from './native-deflate.js';

// Clean-up of temporary files and child processes when a program is interrupted.
export { onInterrupt, runInterruptCleanups, installInterruptHandlers } from './interrupt.js';
