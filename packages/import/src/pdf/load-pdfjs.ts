import { keepBuiltins } from './keep-builtins.js';

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

/** True in Node (as pdf.js tells it), where pdf.js runs its worker in this thread. */
function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string; nw?: string; electron?: string }; type?: string } }).process;
  return typeof p === 'object' && String(p) === '[object process]' && !p.versions?.nw && !(p.versions?.electron && p.type && p.type !== 'browser');
}

/**
 * Loads pdf.js on first use only (a DOCX or text import never loads it). The legacy build runs in
 * Node 20 and in browsers; a portal may pass its own module (with `GlobalWorkerOptions` set). In
 * Node its worker runs in this thread: it is loaded here, once (pdf.js finds it as
 * `globalThis.pdfjsWorker`), rather than at the first document. The built-ins both replace are put
 * back (see keep-builtins.ts).
 */
export function loadPdfjs(): Promise<PdfjsModule> {
  cached ??= keepBuiltins(async () => {
    const m = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
    // (pdfjs-dist has no types for its worker, loaded for its effect only: the specifier typed as a string)
    if (isNode()) await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);
    return m;
  });
  return cached;
}
