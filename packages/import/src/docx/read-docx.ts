import { formatBytes } from '@kehoach/core';
import { importDiagnostic, type ImportDiagnostic } from '../diagnostic.js';
import { tableRole } from '../layout-role.js';
import type { ImportLimits } from '../limits.js';
import type { ReceivedBlock, ReceivedDocument } from '../model.js';
import { Numbering } from './numbering.js';
import { openDocx, PartTooLarge, type DocxPackage } from './open-docx.js';
import { paragraphSection, readParagraph, type DocxContext } from './paragraph.js';
import { StyleSheet } from './styles.js';
import { readTable } from './table.js';
import { attr, child, children, intAttr, parseXml, XmlError, type El } from './xml.js';

/** What a reader returns: the document, or nothing and an error diagnostic saying why. */
export interface ReadResult {
  document?: ReceivedDocument;
  diagnostics: ImportDiagnostic[];
}

const MACRO_TYPE = 'application/vnd.ms-word.document.macroEnabled.main+xml';

function orientation(sectPr: El | undefined): 'portrait' | 'landscape' {
  const pgSz = child(sectPr, 'pgSz');
  if (attr(pgSz, 'orient') === 'landscape') return 'landscape';
  const w = intAttr(pgSz, 'w');
  const h = intAttr(pgSz, 'h');
  return w !== undefined && h !== undefined && w > h ? 'landscape' : 'portrait';
}

/** The path of the main document part, from the package relationships. */
function mainPart(pkg: DocxPackage): string {
  const rels = pkg.part('_rels/.rels');
  const m = rels ? /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels) : null;
  return m?.[1] ?? m?.[2] ?? 'word/document.xml';
}

function readBody(pkg: DocxPackage, partName: string): { blocks: ReceivedBlock[]; last: 'portrait' | 'landscape' } {
  const dir = partName.includes('/') ? partName.slice(0, partName.lastIndexOf('/') + 1) : '';
  const styles = new StyleSheet(pkg.part(`${dir}styles.xml`));
  const ctx: DocxContext = { styles, numbering: new Numbering(pkg.part(`${dir}numbering.xml`)), paragraphs: 0 };
  const xml = pkg.part(partName);
  if (xml === undefined) throw new XmlError(`no ${partName}`);
  const body = child(parseXml(xml), 'body');
  if (!body) throw new XmlError('no w:body');
  const readBlocks = (container: El): ReceivedBlock[] => {
    const out: ReceivedBlock[] = [];
    for (const el of children(container)) {
      if (el.localName === 'p') {
        out.push(readParagraph(el, ctx));
        const sect = paragraphSection(el);
        if (sect) out.push({ kind: 'section', orientation: orientation(sect), source: { paragraph: ctx.paragraphs } });
      } else if (el.localName === 'tbl') {
        const first = ctx.paragraphs + 1;
        const table = readTable(el, readBlocks, (id) => styles.tableBorders(id));
        table.source = { paragraph: first };
        table.role = tableRole(table);
        out.push(table);
      } else if (el.localName === 'sdt') {
        const content = child(el, 'sdtContent');
        if (content) out.push(...readBlocks(content));
      } else if (el.localName === 'customXml') {
        out.push(...readBlocks(el));
      }
    }
    return out;
  };
  const blocks = readBlocks(body);
  return { blocks, last: orientation(child(body, 'sectPr')) };
}

/**
 * Reads DOCX bytes as Word structures: paragraphs with style, alignment, indentation, bold/italic
 * (inline markdown) and resolved auto-numbering; tables with merged cells and their layout role;
 * section breaks with orientation. Never throws: bad files give one error diagnostic.
 */
export function readDocx(bytes: Uint8Array, file: string, limits: ImportLimits): ReadResult {
  const opened = openDocx(bytes, limits.maxUncompressedBytes);
  if ('kind' in opened) {
    if (opened.kind === 'encrypted') return { diagnostics: [importDiagnostic('IMPORT_ENCRYPTED', file)] };
    if (opened.kind === 'too-large') {
      const p = { size: formatBytes(opened.size), limit: formatBytes(limits.maxUncompressedBytes) };
      return { diagnostics: [importDiagnostic('IMPORT_UNCOMPRESSED_TOO_LARGE', file, p)] };
    }
    return { diagnostics: [corrupt(file, opened.detail)] };
  }
  const diagnostics: ImportDiagnostic[] = [];
  try {
    const types = opened.part('[Content_Types].xml') ?? '';
    if (types.includes(MACRO_TYPE)) diagnostics.push(importDiagnostic('IMPORT_DOCM', file));
    const partName = mainPart(opened);
    if (!opened.names.includes(partName)) {
      return { diagnostics: [corrupt(file, `không có phần văn bản chính ${partName} (không phải tệp Word?)`, `no main part ${partName} (not a Word file?)`)] };
    }
    const { blocks, last } = readBody(opened, partName);
    const document: ReceivedDocument = { format: 'docx', blocks, orientation: last };
    const pages = /<Pages>(\d+)<\/Pages>/.exec(opened.part('docProps/app.xml') ?? '')?.[1];
    if (pages) document.pages = Number(pages);
    return { document, diagnostics };
  } catch (e) {
    if (e instanceof PartTooLarge) {
      const p = { size: formatBytes(e.size), limit: formatBytes(limits.maxUncompressedBytes) };
      return { diagnostics: [importDiagnostic('IMPORT_UNCOMPRESSED_TOO_LARGE', file, p)] };
    }
    const message = e instanceof Error ? e.message : String(e);
    return { diagnostics: [corrupt(file, `XML hỏng: ${message}`, `malformed XML: ${message}`)] };
  }
}

function corrupt(file: string, detail: string, detailEn = detail): ImportDiagnostic {
  return importDiagnostic('IMPORT_CORRUPT', file, { format: 'DOCX', detail, detailEn });
}

