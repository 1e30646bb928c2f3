import type { Diagnostic, Place, Plan } from '@kehoach/core';
import { buildDocument, type BuildOptions, type PrintedDocument } from '@kehoach/document';
import { appendixXml } from './appendix-xml.js';
import { Docxtemplater, PizZip } from './cjs.js';
import { checkTemplateTags } from './check-template.js';
import { RENDER_DOCX_CODES } from './codes.js';
import { writeDocProps } from './doc-props.js';
import { DEFAULT_TEMPLATE_BASE64 } from './generated/default-template.js';
import { invalidCharPlace } from './invalid-char-place.js';
import { DOCXTEMPLATER_OPTIONS, openForRender, type OpenedForRender } from './layout/compile-template.js';
import { appendixWithMarks, withSectionBreaks } from './layout/sections.js';
import { templateData } from './layout/template-data.js';
import { outputXmlProblem } from './open-template.js';
import { outputCompression } from './output-deflate.js';
import { STYLE_IDS } from './paragraph-xml.js';
import { renderParts, type TemplateData } from './render-cache.js';
import { TEMPLATE_TAGS, tagRecorder } from './template-tags.js';
import type { DropCounter } from './xml-text.js';

export { HEADER_COLUMN_PT } from './layout/template-data.js';

/** Tags whose values are XML built by the engine, inserted as they are. */
const RAW_TAGS: ReadonlySet<string> = new Set(Object.keys(TEMPLATE_TAGS).filter((t) => TEMPLATE_TAGS[t]!.kind === 'raw'));
const UTF8 = new TextEncoder();

/** Options of `renderDocx`; `appendix` attaches “Phụ lục: Danh mục nhiệm vụ” on a landscape page. */
export interface DocxOptions extends BuildOptions {
  /** A user's own template (.docx bytes) instead of the bundled one. */
  template?: Uint8Array;
  /** File name used in diagnostics. */
  file?: string;
}

/** The DOCX bytes, or the diagnostics that explain why there are none. */
export interface DocxResult {
  docx?: Uint8Array;
  diagnostics: Diagnostic[];
}

/** A fixed zip timestamp (local 1980-01-01, the DOS epoch), so the same input gives the same bytes. */
export const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

/** The bundled template's bytes. */
export function defaultTemplate(): Uint8Array {
  const out = new Uint8Array(defaultBytes().length);
  out.set(defaultBytes());
  return out;
}

let DEFAULT_BYTES: Uint8Array | undefined;
/** The bundled template, decoded once and never handed out (so that it is opened once per process). */
function defaultBytes(): Uint8Array {
  if (!DEFAULT_BYTES) {
    const bin = atob(DEFAULT_TEMPLATE_BASE64);
    DEFAULT_BYTES = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) DEFAULT_BYTES[i] = bin.charCodeAt(i);
  }
  return DEFAULT_BYTES;
}

/**
 * Renders a plan into a DOCX with docxtemplater over the bundled (or the user's) template: the plan
 * is built into a printed document first (`buildDocument`), then laid out by `renderPrintedDocx`.
 * The template is checked first: a missing required tag or an unknown tag is a diagnostic and no
 * file is produced. Pure: bytes in, bytes out, so it runs in browsers too.
 *
 * @example
 * const { docx, diagnostics } = renderDocx(plan);
 */
export function renderDocx(plan: Plan, options: DocxOptions = {}): DocxResult {
  const r = renderPrintedDocx(buildDocument(plan, options), options);
  // A character Word cannot take is the plan's: point at the value that holds it.
  return { ...r, diagnostics: r.diagnostics.map((d) => (d.code === 'XML_INVALID_CHAR' ? { ...d, ...invalidCharPlace(plan) } : d)) };
}

/** The template's paragraph styles that the document's blocks need and the template lacks. */
function missingStyles(zip: OpenedForRender['zip'], printed: PrintedDocument, place: Place): Diagnostic[] {
  const styles = zip.file('word/styles.xml')?.asText() ?? '';
  const roles = new Set<string>([...printed.body, ...printed.appendices.flatMap((a) => a.body)].map((b) => b.role));
  const used = new Set(Object.entries(STYLE_IDS).filter(([role]) => roles.has(role) || role === 'body').map(([, id]) => id));
  return [...used].filter((id) => !styles.includes(`w:styleId="${id}"`)).map((style) => RENDER_DOCX_CODES.create('TEMPLATE_MISSING_STYLE', place, { style }));
}

/**
 * docxtemplater renders the template once per shape of the data (see `renderParts`); the parts it
 * wrote, with this document's values, come back by name.
 */
function renderTemplate(bytes: Uint8Array, t: OpenedForRender, data: TemplateData): Map<string, string> {
  let compiled = t.compiled;
  return renderParts(bytes, data, { raw: RAW_TAGS, cacheable: !t.info.marks }, (d) => {
    const z = compiled ? t.zip : t.open();
    const before = new Map(Object.keys(z.files).filter((n) => /\.(xml|rels)$/i.test(n)).map((n) => [n, z.file(n)!.asText()]));
    const doc = compiled ?? new Docxtemplater(z, DOCXTEMPLATER_OPTIONS(tagRecorder()));
    compiled = undefined;
    doc.render(d);
    const done = doc.getZip() as InstanceType<typeof PizZip>;
    const changed = new Map<string, string>();
    for (const [n, text] of before) {
      const now = done.file(n)?.asText();
      if (now !== undefined && now !== text) changed.set(n, now);
    }
    return changed;
  });
}

/**
 * Lays out any printed document (a plan, a công văn, any kind built into a `PrintedDocument`) as a
 * DOCX over the template. Pure, like `renderDocx`. The steps: open the template and read its tags
 * (`layout/compile-template.ts`), check its tags and styles, make the data of each tag
 * (`layout/template-data.ts`), render it, turn the appendices into sections (`layout/sections.ts`),
 * write the document's properties and the zip.
 */
export function renderPrintedDocx(printed: PrintedDocument, options: DocxOptions = {}): DocxResult {
  const place = { file: options.file ?? 'template.docx', path: '', line: 1, column: 1 };
  const planPlace = { ...place, file: options.file ?? 'plan' };
  const templateBytes = options.template ?? defaultBytes();
  const t = openForRender(templateBytes, !options.template, place);
  if ('diagnostics' in t) return t;
  const diagnostics = [...checkTemplateTags(t.info.uses, place)];
  if (diagnostics.length) return { diagnostics };
  diagnostics.push(...missingStyles(t.zip, printed, place));

  const dropped: DropCounter = { count: 0 };
  // Each appendix is a section of its own (portrait or landscape); the task appendix comes last.
  const sections = printed.appendices.map((a) => ({ xml: appendixXml(a, dropped), landscape: a.landscape }));
  const { data, diagnostics: header } = templateData(printed, appendixWithMarks(sections), dropped, planPlace);
  diagnostics.push(...header);
  if (sections.length && !t.info.tags.has('appendix')) {
    return { diagnostics: [RENDER_DOCX_CODES.create('TEMPLATE_MISSING_TAG', place, { tag: '{@appendix}', what: 'phụ lục danh mục nhiệm vụ', whatEn: 'the task appendix' })] };
  }
  // The zip opened above, unless docxtemplater wrote into it (the render that compiled the template).
  const out = t.compiled ? t.open() : t.zip;
  const parts = renderTemplate(templateBytes, t, data);
  if (dropped.count) diagnostics.push(RENDER_DOCX_CODES.create('XML_INVALID_CHAR', planPlace, { count: dropped.count, hex: dropped.first ?? '' }));
  const xml = parts.get('word/document.xml');
  if (xml !== undefined) parts.set('word/document.xml', withSectionBreaks(xml, sections));
  for (const [n, text] of parts) out.file(n, UTF8.encode(text));
  writeDocProps(out as never, printed, dropped);
  const broken = options.template ? outputXmlProblem(out) : undefined;
  if (broken) return { diagnostics: [RENDER_DOCX_CODES.create('TEMPLATE_INVALID', place, { detail: broken.vi, detailEn: broken.en })] };
  for (const name of Object.keys(out.files)) out.files[name]!.date = FIXED_DATE;
  const docx = out.generate({ type: 'uint8array', compression: outputCompression() as 'DEFLATE' /* or the deflate set by setDeflate */ }) as Uint8Array;
  return { docx, diagnostics };
}
