/**
 * The "received document": what a DOCX, PDF or text file says, in reading order, before anything
 * is recognised as a plan part. Readers produce it; the recogniser consumes it.
 */

/** Which reader produced a document. */
export type ReceivedFormat = 'docx' | 'pdf' | 'text' | 'markdown';

/** Paragraph alignment as the original sets it. */
export type Alignment = 'left' | 'center' | 'right' | 'both';

/** Where a block came from in the original: paragraph number for DOCX, page and line for PDF, line for text. */
export interface SourcePlace {
  /** 1-based index of the paragraph in the DOCX body (table paragraphs included, in reading order). */
  paragraph?: number;
  /** 1-based PDF page. */
  page?: number;
  /** 1-based line: of the page for PDF, of the file for text. */
  line?: number;
}

/** One paragraph of the original. */
export interface ReceivedParagraph {
  kind: 'paragraph';
  /** Text with inline markdown for bold and italic runs (`**…**`, `*…*`); no auto-number label. */
  text: string;
  /** The same text without markdown. */
  plain: string;
  /** Printed label of Word auto-numbering (`1.`, `a)`, `-`), resolved from numbering.xml. */
  label?: string;
  /** Numbering level (0-based) when `label` comes from auto-numbering. */
  level?: number;
  /** Paragraph style name (DOCX), e.g. `Heading 1`, `List Paragraph`. */
  style?: string;
  align?: Alignment;
  /** Indentation in points: left edge, and first line relative to it (negative = hanging). */
  indent?: { left: number; firstLine: number };
  /** Every visible character is bold / italic (headings, titles). */
  bold?: boolean;
  italic?: boolean;
  /** Font size in points of most of the text, when known. */
  size?: number;
  source: SourcePlace;
}

/** One cell of a table row; cells covered by a merge are not listed (their owner spans them). */
export interface ReceivedCell {
  blocks: ReceivedBlock[];
  /** 0-based grid column where the cell starts. */
  column: number;
  colSpan: number;
  rowSpan: number;
}

/** One row of a table. */
export interface ReceivedRow {
  cells: ReceivedCell[];
  /** The row repeats as a header on each page (`w:tblHeader`). */
  header?: boolean;
}

/**
 * What a table is for: `header` (issuer | Quốc hiệu), `signature` (Nơi nhận | signature),
 * `content` (a real table of the plan).
 */
export type TableRole = 'header' | 'signature' | 'content';

/** A table of the original (or, for PDF, side-by-side columns of text). */
export interface ReceivedTable {
  kind: 'table';
  rows: ReceivedRow[];
  /** Number of grid columns. */
  columns: number;
  /** Column widths in points, when known. */
  widths?: number[];
  role: TableRole;
  /** The table has visible borders (DOCX), unknown for PDF. */
  borders?: boolean;
  source: SourcePlace;
}

/** The end of a Word section (page setup); what follows starts a new section. */
export interface SectionBreak {
  kind: 'section';
  orientation: 'portrait' | 'landscape';
  source: SourcePlace;
}

/** A block of the received document. */
export type ReceivedBlock = ReceivedParagraph | ReceivedTable | SectionBreak;

/** A document as read from a file, before recognition. */
export interface ReceivedDocument {
  format: ReceivedFormat;
  blocks: ReceivedBlock[];
  /** Pages: PDF page count; DOCX: Word's own count (docProps/app.xml) when present. */
  pages?: number;
  /** Orientation of the last (or only) section. */
  orientation?: 'portrait' | 'landscape';
}
