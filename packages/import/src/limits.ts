/**
 * Limits on untrusted input (issue 23: received files are hostile too); every reader checks them
 * before or while doing the work they bound, and a file past one gets one error diagnostic.
 */
export interface ImportLimits {
  /** Bytes of the file itself. */
  maxBytes: number;
  /** Sum of the uncompressed sizes of the DOCX parts that are read, counted while inflating (zip-bomb guard). */
  maxUncompressedBytes: number;
  /** PDF pages. */
  maxPages: number;
  /** Paragraphs of a document (DOCX: counted in the XML before it is parsed; text: lines). */
  maxParagraphs: number;
  /** XML elements of one DOCX part, counted before it is parsed. */
  maxXmlElements: number;
  /** Tables inside tables. */
  maxTableDepth: number;
  /** Text items pdf.js gives for the whole PDF. */
  maxPdfTextItems: number;
  /** Bytes the PDF's Flate streams (images aside) inflate to, counted before pdf.js parses them. */
  maxPdfInflatedBytes: number;
}

/**
 * Default limits: a real plan is 2–40 pages and well under 5 MB, a few thousand paragraphs and
 * under 100 000 XML elements, tables nested at most 2–3 deep; signed PDFs with seals reach 1–3 MB
 * and a few thousand text items a page.
 */
export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 60 * 1024 * 1024,
  maxPages: 200,
  maxParagraphs: 20_000,
  maxXmlElements: 1_000_000,
  maxTableDepth: 10,
  maxPdfTextItems: 400_000,
  maxPdfInflatedBytes: 40 * 1024 * 1024,
};
