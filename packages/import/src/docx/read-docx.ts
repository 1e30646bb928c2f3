import { formatBytes } from '@kehoach/core';
import { importDiagnostic, type ImportDiagnostic } from '../diagnostic.js';
import { tableRole } from '../layout-role.js';
import type { ImportLimits } from '../limits.js';
import type { ReceivedBlock, ReceivedDocument } from '../model.js';
import { Numbering } from './numbering.js';
import { LimitExceeded } from '../limit-exceeded.js';
import { openDocx, PartTooLarge, ZipEntryCorrupt, type DocxPackage } from './open-docx.js';
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

/**
 * The path of the main document part, from the package relationships: each `<Relationship …>` tag
 * read once, start to its `>` (a regex over the whole part was quadratic: 320 KB took 15 s).
 */
export function mainPart(rels: string | undefined): string {
  if (rels === undefined) return 'word/document.xml';
  for (let at = rels.indexOf('<Relationship'); at >= 0; at = rels.indexOf('<Relationship', at + 1)) {
    const end = rels.indexOf('>', at);
    if (end < 0) break;
    const tag = rels.slice(at, end);
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="\/?([^"]+)"/.exec(tag)?.[1];
    if (target) return target;
  }
  return 'word/document.xml';
}

/** A part's text, refused (`LimitExceeded`) when it holds more XML elements or paragraphs than the limits allow. */
function boundedPart(pkg: DocxPackage, name: string, limits: ImportLimits): string | undefined {
  const xml = pkg.part(name);
  if (xml === undefined) return undefined;
  const { elements, paragraphs } = countXml(xml);
  if (paragraphs > limits.maxParagraphs) throw new LimitExceeded('IMPORT_TOO_MANY_PARAGRAPHS', { count: paragraphs, limit: limits.maxParagraphs });
  if (elements > limits.maxXmlElements) throw new LimitExceeded('IMPORT_TOO_COMPLEX', { part: name, count: elements, limit: limits.maxXmlElements });
  return xml;
}

/** Elements (start tags) and paragraphs (`<w:p>` whatever the prefix) of an XML text, in one pass. */
export function countXml(xml: string): { elements: number; paragraphs: number } {
  let elements = 0;
  let paragraphs = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
    const c = xml.charCodeAt(at + 1);
    if (c === 47 || c === 63 || c === 33) continue; // </ <? <!
    elements++;
    let i = at + 1;
    while (i < xml.length && i - at < 64 && xml.charCodeAt(i) !== 58 && /[\w.-]/.test(xml[i]!)) i++;
    const name = xml.charCodeAt(i) === 58 ? i + 1 : at + 1;
    if (xml[name] === 'p' && /[\s>/]/.test(xml[name + 1] ?? '')) paragraphs++;
  }
  return { elements, paragraphs };
}

function readBody(pkg: DocxPackage, partName: string, limits: ImportLimits): { blocks: ReceivedBlock[]; last: 'portrait' | 'landscape' } {
  const dir = partName.includes('/') ? partName.slice(0, partName.lastIndexOf('/') + 1) : '';
  const styles = new StyleSheet(boundedPart(pkg, `${dir}styles.xml`, limits));
  const ctx: DocxContext = { styles, numbering: new Numbering(boundedPart(pkg, `${dir}numbering.xml`, limits)), paragraphs: 0 };
  const xml = boundedPart(pkg, partName, limits);
  if (xml === undefined) throw new XmlError(`no ${partName}`);
  const body = child(parseXml(xml), 'body');
  if (!body) throw new XmlError('no w:body');
  const readBlocks = (container: El, depth = 0): ReceivedBlock[] => {
    if (depth > limits.maxTableDepth) throw new LimitExceeded('IMPORT_TABLES_TOO_DEEP', { limit: limits.maxTableDepth, paragraph: ctx.paragraphs });
    const out: ReceivedBlock[] = [];
    for (const el of children(container)) {
      if (el.localName === 'p') {
        out.push(readParagraph(el, ctx));
        const sect = paragraphSection(el);
        if (sect) out.push({ kind: 'section', orientation: orientation(sect), source: { paragraph: ctx.paragraphs } });
      } else if (el.localName === 'tbl') {
        const first = ctx.paragraphs + 1;
        const table = readTable(el, (cell) => readBlocks(cell, depth + 1), (id) => styles.tableBorders(id));
        table.source = { paragraph: first };
        table.role = tableRole(table);
        out.push(table);
      } else if (el.localName === 'sdt') {
        const content = child(el, 'sdtContent');
        if (content) out.push(...readBlocks(content, depth));
      } else if (el.localName === 'customXml') {
        out.push(...readBlocks(el, depth));
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
    const partName = mainPart(opened.part('_rels/.rels'));
    if (!opened.names.includes(partName)) {
      return { diagnostics: [corrupt(file, `không có phần văn bản chính ${partName} (không phải tệp Word?)`, `no main part ${partName} (not a Word file?)`)] };
    }
    const { blocks, last } = readBody(opened, partName, limits);
    const document: ReceivedDocument = { format: 'docx', blocks, orientation: last };
    const pages = /<Pages>(\d+)<\/Pages>/.exec(opened.part('docProps/app.xml') ?? '')?.[1];
    if (pages) document.pages = Number(pages);
    return { document, diagnostics };
  } catch (e) {
    if (e instanceof PartTooLarge) {
      const p = { size: formatBytes(e.size), limit: formatBytes(limits.maxUncompressedBytes) };
      return { diagnostics: [importDiagnostic('IMPORT_UNCOMPRESSED_TOO_LARGE', file, p)] };
    }
    if (e instanceof LimitExceeded) return { diagnostics: [importDiagnostic(e.code, file, e.params)] };
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof ZipEntryCorrupt) return { diagnostics: [corrupt(file, `phần nén hỏng: ${message}`, `broken compressed part: ${message}`)] };
    if (e instanceof XmlError) return { diagnostics: [corrupt(file, `XML hỏng: ${message}`, `malformed XML: ${message}`)] };
    return { diagnostics: [corrupt(file, message)] };
  }
}

function corrupt(file: string, detail: string, detailEn = detail): ImportDiagnostic {
  return importDiagnostic('IMPORT_CORRUPT', file, { format: 'DOCX', detail, detailEn });
}

