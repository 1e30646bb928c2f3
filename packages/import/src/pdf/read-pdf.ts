import { importDiagnostic } from '../diagnostic.js';
import { LimitExceeded } from '../limit-exceeded.js';
import { checkStreamBudget } from './stream-budget.js';
import { garbageScore, isGarbage } from '../garbage.js';
import { tableRole } from '../layout-role.js';
import type { ImportLimits } from '../limits.js';
import type { ReceivedBlock, ReceivedDocument, ReceivedParagraph, ReceivedTable } from '../model.js';
import type { ReadResult } from '../docx/read-docx.js';
import { runsToMarkdown, pushRun, type TextRun } from '../inline-markdown.js';
import { annotationItems } from './annotation-text.js';
import { findColumnRegions, type ColumnRegion } from './columns.js';
import { removeFurniture } from './furniture.js';
import { loadPdfjs, type PdfDocumentProxy, type PdfjsModule, type PdfPageProxy, type PdfTextItem } from './load-pdfjs.js';
import { pageLines, type FontStyle, type PdfLine, type Segment } from './page-lines.js';
import { bodyFrame, linesToParagraphs, type BodyFrame } from './paragraphs.js';
import { removeStamps } from './stamps.js';

/** Options of the PDF reader. */
export interface PdfReadOptions {
  limits: ImportLimits;
  /** A pdf.js module to use instead of loading `pdfjs-dist` (a portal that bundles its own). */
  pdfjs?: PdfjsModule;
}

function fontStyleOf(page: { commonObjs: { get(id: string): unknown } }): FontStyle {
  const cache = new Map<string, { bold: boolean; italic: boolean }>();
  return (id) => {
    let s = cache.get(id);
    if (!s) {
      let name = '';
      try {
        name = String((page.commonObjs.get(id) as { name?: string } | undefined)?.name ?? '');
      } catch {
        name = '';
      }
      s = { bold: /bold|black|heavy|,B\b|-B\b/i.test(name), italic: /italic|oblique|,I\b/i.test(name) };
      cache.set(id, s);
    }
    return s;
  };
}

/**
 * True when every font the page's text uses is already loaded (a font reaches `commonObjs` with an
 * operator list only, and fonts are shared by the pages of a document): the page's operator list,
 * a second parse of its content, is then not needed.
 */
function fontsLoaded(page: PdfPageProxy, items: readonly PdfTextItem[]): boolean {
  const has = page.commonObjs.has;
  if (!has) return false;
  return items.every((it) => !it.str || has.call(page.commonObjs, it.fontName));
}

async function openPdf(pdfjs: PdfjsModule, bytes: Uint8Array): Promise<PdfDocumentProxy> {
  // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer (whose
  // slice() is a view, not a copy): pass a plain Uint8Array copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // images are never read: every one is skipped rather than decoded (seals and logos in signed
    // PDFs cost more than all their text)
    maxImageSize: 0,
    verbosity: 0,
  });
  return task.promise;
}

/**
 * Reads a PDF's text layer with pdf.js: lines in reading order per page, page numbers and
 * repeated headers/footers removed, digital-signature stamps removed, two-column blocks (header,
 * Nơi nhận | signature) as layout tables, wrapped lines joined into paragraphs. Refuses a garbage
 * text layer and a PDF with no text (needs OCR); never throws.
 */
export async function readPdf(bytes: Uint8Array, file: string, options: PdfReadOptions): Promise<ReadResult> {
  let pdfjs: PdfjsModule;
  try {
    pdfjs = options.pdfjs ?? (await loadPdfjs());
  } catch (e) {
    return { diagnostics: [importDiagnostic('IMPORT_PDF_ENGINE', file, { detail: e instanceof Error ? e.message : String(e) })] };
  }
  try {
    checkStreamBudget(bytes, options.limits.maxPdfInflatedBytes);
  } catch (e) {
    if (e instanceof LimitExceeded) return { diagnostics: [importDiagnostic(e.code, file, e.params)] };
    throw e;
  }
  let doc: PdfDocumentProxy;
  try {
    doc = await openPdf(pdfjs, bytes);
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') return { diagnostics: [importDiagnostic('IMPORT_ENCRYPTED', file)] };
    const message = e instanceof Error ? e.message : String(e);
    return { diagnostics: [importDiagnostic('IMPORT_CORRUPT', file, { format: 'PDF', detail: message })] };
  }
  try {
    if (doc.numPages > options.limits.maxPages) {
      return { diagnostics: [importDiagnostic('IMPORT_TOO_MANY_PAGES', file, { pages: doc.numPages, limit: options.limits.maxPages })] };
    }
    const pages: PdfLine[][] = [];
    let itemCount = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      itemCount += content.items.length;
      if (itemCount > options.limits.maxPdfTextItems) {
        const detail = { detail: `hơn ${options.limits.maxPdfTextItems} mục chữ`, detailEn: `more than ${options.limits.maxPdfTextItems} text items` };
        return { diagnostics: [importDiagnostic('IMPORT_PDF_TOO_COMPLEX', file, detail)] };
      }
      // the operator list loads the fonts (their names tell bold and italic) and holds annotation text
      // (with annotations only on pages that have them); a page whose fonts are loaded needs none
      const annotated = (await page.getAnnotations()).some((a) => a.subtype === 'Widget' || a.subtype === 'FreeText' || a.subtype === 'Stamp');
      let items = content.items;
      if (annotated) {
        const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
        items = [...content.items, ...annotationItems(list, pdfjs.OPS, content.items)];
      } else if (!fontsLoaded(page, content.items)) await page.getOperatorList();
      pages.push(pageLines(items, height, n, fontStyleOf(page)));
      page.cleanup();
    }
    return buildDocument(pages, file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { diagnostics: [importDiagnostic('IMPORT_CORRUPT', file, { format: 'PDF', detail: message })] };
  } finally {
    await doc.destroy();
  }
}

function allText(pages: PdfLine[][]): string {
  return pages.map((ls) => ls.map((l) => l.segments.map((s) => s.text).join(' ')).join('\n')).join('\n');
}

/** From the lines of every page to the received document (exported for tests on synthetic lines). */
export function buildDocument(rawPages: PdfLine[][], file: string): ReadResult {
  const text = allText(rawPages);
  if (text.replace(/\s/g, '').length < 20 * rawPages.length) {
    return { diagnostics: [importDiagnostic('IMPORT_NEEDS_OCR', file, { pages: rawPages.length })] };
  }
  const score = garbageScore(text);
  if (isGarbage(score)) {
    return { diagnostics: [importDiagnostic('IMPORT_GARBAGE_TEXT', file, { sample: score.sample.join(' ') })] };
  }
  for (const lines of rawPages) removeStamps(lines);
  const { pages } = removeFurniture(rawPages.map((ls) => ls.filter((l) => l.segments.length > 0)));
  const frame = bodyFrame(pages);
  const blocks: ReceivedBlock[] = [];
  let body: PdfLine[] = [];
  const flushBody = (): void => {
    blocks.push(...linesToParagraphs(body, frame));
    body = [];
  };
  for (const lines of pages) {
    const regions = findColumnRegions(lines, frame.left, frame.right);
    let i = 0;
    for (const r of regions) {
      body.push(...lines.slice(i, r.start));
      flushBody();
      blocks.push(regionTable(r, lines[r.start]!, frame));
      i = r.end;
    }
    body.push(...lines.slice(i).map(joinSegments));
  }
  flushBody();
  const document: ReceivedDocument = { format: 'pdf', blocks, pages: rawPages.length };
  return { document, diagnostics: [] };
}

/** A line with several segments outside a column region is read as one line of text. */
function joinSegments(l: PdfLine): PdfLine {
  if (l.segments.length < 2) return l;
  const runs: TextRun[] = [];
  l.segments.forEach((s, i) => {
    if (i > 0) pushRun(runs, { text: ' ', bold: false, italic: false });
    for (const r of s.runs) pushRun(runs, r);
  });
  const first = l.segments[0]!;
  const last = l.segments[l.segments.length - 1]!;
  const seg: Segment = { x0: first.x0, x1: last.x1, runs, text: l.segments.map((s) => s.text).join(' '), size: first.size };
  return { ...l, segments: [seg] };
}

function cellParagraphs(lines: Segment[][], first: PdfLine): ReceivedParagraph[] {
  return lines.map((segs) => {
    const runs: TextRun[] = [];
    segs.forEach((s, i) => {
      if (i > 0) pushRun(runs, { text: ' ', bold: false, italic: false });
      for (const r of s.runs) pushRun(runs, { ...r, text: r.text.replace(/\s+/g, ' ') });
    });
    const plain = runs.map((r) => r.text).join('').trim();
    const visible = runs.filter((r) => r.text.trim() !== '');
    const p: ReceivedParagraph = {
      kind: 'paragraph',
      text: runsToMarkdown(runs).trim(),
      plain,
      align: 'center',
      source: { page: first.page, line: first.line },
    };
    if (visible.length > 0 && visible.every((r) => r.bold)) p.bold = true;
    if (visible.length > 0 && visible.every((r) => r.italic)) p.italic = true;
    return p;
  });
}

function regionTable(r: ColumnRegion, first: PdfLine, frame: BodyFrame): ReceivedTable {
  const table: ReceivedTable = {
    kind: 'table',
    columns: 2,
    widths: [r.split - frame.left, frame.right - r.split],
    rows: [
      {
        cells: [
          { blocks: cellParagraphs(r.left, first), column: 0, colSpan: 1, rowSpan: 1 },
          { blocks: cellParagraphs(r.right, first), column: 1, colSpan: 1, rowSpan: 1 },
        ],
      },
    ],
    role: 'content',
    source: { page: first.page, line: first.line },
  };
  table.role = tableRole(table);
  return table;
}

