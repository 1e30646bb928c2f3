/** The part of pdf.js the importer uses (typed loosely: pdfjs-dist's types pull in DOM types). */
export interface PdfjsModule {
  OPS: { beginAnnotation: number; endAnnotation: number; showText: number };
  AnnotationMode: { ENABLE: number };
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocumentProxy>; destroy(): Promise<void> };
}

/** A loaded PDF. */
export interface PdfDocumentProxy {
  numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
  destroy(): Promise<void>;
}

/** One page of a loaded PDF. */
export interface PdfPageProxy {
  getViewport(p: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: PdfTextItem[] }>;
  getOperatorList(params?: { annotationMode?: number }): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  getAnnotations(): Promise<{ subtype?: string }[]>;
  commonObjs: { has?(id: string): boolean; get(id: string): unknown };
  cleanup(): void;
}

/** A text item of pdf.js: a string drawn with one font at one position. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

let cached: Promise<PdfjsModule> | undefined;

/**
 * Loads pdf.js on first use only (a DOCX or text import never loads it). The legacy build runs in
 * Node 20 and in browsers; a portal may pass its own module (with `GlobalWorkerOptions` set).
 */
export function loadPdfjs(): Promise<PdfjsModule> {
  cached ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfjsModule);
  return cached;
}
