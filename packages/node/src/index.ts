export { readInput, type ReadResult } from './read-input.js';
export { writeAtomic } from './write-atomic.js';
export { convertToPdf, type PdfResult } from './convert-pdf.js';
export { loadPlanFile } from './load-plan-file.js';
