// @kehoach/import: received plans (DOCX, PDF through pdf.js, text, Markdown) read and recognised
// as plan data. The readers' repairs, the recognisers and the YAML writer stay in their files.

// Importing a plan: its data, its YAML with the spots to check, a report, and places in the original.
export { importPlan, type ImportReport, type ImportResult, type UnsureSpot } from './import-plan.js';
export type { RecognisedCounts } from './plan/recognise-plan.js';
export type { OriginalPlace } from './locate.js';
export type { ImportDiagnostic } from './diagnostic.js';
export { IMPORT_CODES } from './codes.js';

// Reading a received document as it is, before recognition, and its model.
export { readReceived, type ReadOptions, type ReadReceivedResult } from './read-received.js';
export { receivedToText } from './to-text.js';
export { DEFAULT_LIMITS as IMPORT_LIMITS, type ImportLimits } from './limits.js';
export type { PdfjsModule } from './pdf/load-pdfjs.js';
export type {
  Alignment,
  ReceivedBlock,
  ReceivedCell,
  ReceivedDocument,
  ReceivedFormat,
  ReceivedParagraph,
  ReceivedRow,
  ReceivedTable,
  SectionBreak,
  SourcePlace,
  TableRole,
} from './model.js';
