export { readInput, type ReadResult } from './read-input.js';
export { readBounded, type Bounded } from './read-bounded.js';
export { writeAtomic, type WriteOptions } from './write-atomic.js';
export { convertToPdf, type PdfResult } from './convert-pdf.js';
export { loadPlanFile } from './load-plan-file.js';
export { onInterrupt, runInterruptCleanups, installInterruptHandlers, processAlive } from './interrupt.js';
