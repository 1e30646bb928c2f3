export { readInput, type ReadResult } from './read-input.js';
export { readBounded, readBoundedStream, type Bounded } from './read-bounded.js';
export { writeAtomic, type WriteOptions } from './write-atomic.js';
export { convertToPdf, convertManyToPdf, pdfFilter, type PdfResult, type PdfOptions } from './convert-pdf.js';
export { onInterrupt, runInterruptCleanups, installInterruptHandlers, processAlive } from './interrupt.js';
export { nativeDeflate } from './native-deflate.js';
export { NODE_CODES, type NodeCode } from './codes.js';
