/**
 * `kehoach/node`: what Node programs need beside `kehoach` — reading and writing files safely, PDF
 * through LibreOffice, native deflate, interrupt clean-up — and the `pdf` output, registered when
 * this module loads (after `docx` in the lists). Browsers never load it.
 *
 * @example
 * import { loadPlan, renderOutput } from 'kehoach';
 * import { readInput, writeAtomic } from 'kehoach/node';
 * const { output } = await renderOutput('plan', 'pdf', plan, { pdfa: true });
 */
import pdf from './outputs/plan-pdf.js';
import { registerOutput } from './outputs/registry.js';

registerOutput(pdf, { after: 'docx' });

/** The `pdf` output (DOCX converted by LibreOffice), registered after `docx` when `kehoach/node` loads. */
export { pdf as pdfOutput };
// A DOCX template of one's own, read within its limit.
export { readTemplate } from './read-template.js';
// Files read within their limit and written atomically (@kehoach/node).
export { readInput, writeAtomic, NODE_CODES, type ReadResult, type WriteOptions } from '@kehoach/node';
// PDF from DOCX through LibreOffice, one document or a batch by one process.
export { convertToPdf, convertManyToPdf, type PdfResult, type PdfOptions } from '@kehoach/node';
// Node's zlib deflate for DOCX: `setDeflate(nativeDeflate)` makes rendering faster.
export { nativeDeflate } from '@kehoach/node';
// Clean-up of temporary files and child processes when a program is interrupted (the CLI installs the handlers).
export { onInterrupt, runInterruptCleanups, installInterruptHandlers } from '@kehoach/node';
