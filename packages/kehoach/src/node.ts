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
// Files, PDF, deflate and interrupt clean-up for Node programs (@kehoach/node).
export {
  readInput, readBounded, readBoundedStream, writeAtomic, convertToPdf, convertManyToPdf, pdfFilter, nativeDeflate, NODE_CODES,
  onInterrupt, runInterruptCleanups, installInterruptHandlers, processAlive,
  type ReadResult, type Bounded, type WriteOptions, type PdfResult, type PdfOptions, type NodeCode,
} from '@kehoach/node';
