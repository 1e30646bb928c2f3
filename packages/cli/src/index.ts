export { runCli, VERSION } from './run-cli.js';
export { validateCommand } from './command-validate.js';
export { readInput, type ReadResult } from './read-input.js';
export { processIo, type Io } from './io.js';
export { USAGE } from './usage.js';
export { renderCommand, type RenderFormat, type RenderOptions } from './command-render.js';
export { writeAtomic } from './write-output.js';
export { loadFile } from './load-file.js';
export { convertToPdf, type PdfResult } from './convert-pdf.js';
