import { RENDER_DOCX_CODES } from './codes.js';
import { type Diagnostic, type Plan } from '@kehoach/core';
import { buildDocument, type BuildOptions, type PrintedDocument } from '@kehoach/document';
import { Docxtemplater, PizZip } from './cjs.js';
import { DEFAULT_TEMPLATE_BASE64 } from './generated/default-template.js';
import { appendixXml, continued, landscape } from './appendix-xml.js';
import { bodyXml, STYLE_IDS } from './paragraph-xml.js';
import { signaturesXml } from './signatures-xml.js';
import { writeDocProps } from './doc-props.js';
import { fitHeaderLines } from './header-fit.js';

/** Width of the header's left column in the bundled template (3600 twips), in points. */
export const HEADER_COLUMN_PT = 180;
import { checkTemplateTags } from './check-template.js';
import { invalidCharPlace } from './invalid-char-place.js';
import { outputXmlProblem } from './open-template.js';
import { openTemplateCached } from './template-cache.js';
import { renderParts } from './render-cache.js';
import { outputCompression } from './output-deflate.js';
import { TEMPLATE_TAGS, tagRecorder, type TagUse } from './template-tags.js';
import { stripInvalidXml, type DropCounter } from './xml-text.js';

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

// Marks where an appendix starts; replaced by a paragraph ending the section before it. User text
// can never produce it: every run the renderer writes for user text carries run properties.
const breakMark = (i: number) => `<w:p><w:r><w:t>KEHOACH-SECTION-BREAK-${i}</w:t></w:r></w:p>`;

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

/** The tags of each template, read once. */
const TEMPLATE_INFO = new WeakMap<Uint8Array, { tags: Set<string>; uses: TagUse[]; marks: boolean }>();
/** Tags whose values are XML built by the engine, inserted as they are. */
const UTF8 = new TextEncoder();
const RAW_TAGS: ReadonlySet<string> = new Set(Object.keys(TEMPLATE_TAGS).filter((t) => TEMPLATE_TAGS[t]!.kind === 'raw'));
const DOCXTEMPLATER_OPTIONS = (recorder: ReturnType<typeof tagRecorder>) => ({
  paragraphLoop: true,
  linebreaks: true,
  errorLogging: false,
  modules: [recorder as never] /* docxtemplater's Part type has fields the recorder does not read */,
  nullGetter: () => '',
});

interface XtError {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: XtError[] };
  message?: string;
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

/**
 * Lays out any printed document (a plan, a công văn, any kind built into a `PrintedDocument`) as a
 * DOCX over the template. Pure, like `renderDocx`.
 */
export function renderPrintedDocx(printed: PrintedDocument, options: DocxOptions = {}): DocxResult {
  const file = options.file ?? 'template.docx';
  const place = { file, path: '', line: 1, column: 1 };
  const diagnostics: Diagnostic[] = [];
  const templateBytes = options.template ?? defaultBytes();
  const open = () => openTemplateCached(templateBytes, !options.template);
  const opened = open();
  if (!opened.zip) return { diagnostics: [RENDER_DOCX_CODES.create('TEMPLATE_INVALID', place, { detail: opened.problem!.vi, detailEn: opened.problem!.en })] };
  const zip = opened.zip;

  // The template's tags, read once per template by docxtemplater's parser (kept for the first render).
  let compiled: InstanceType<typeof Docxtemplater> | undefined;
  let info = TEMPLATE_INFO.get(templateBytes);
  if (!info) {
    const recorder = tagRecorder();
    try {
      compiled = new Docxtemplater(zip, DOCXTEMPLATER_OPTIONS(recorder));
    } catch (e) {
      const errors = (e as XtError).properties?.errors ?? [e as XtError];
      return {
        diagnostics: errors.map((x) =>
          RENDER_DOCX_CODES.create('TEMPLATE_INVALID', place, {
            detail: `lỗi cú pháp thẻ ${x.properties?.xtag ? `“${x.properties.xtag}”` : ''} (${x.properties?.explanation ?? x.message ?? ''})`,
            detailEn: `tag syntax error ${x.properties?.xtag ?? ''} (${x.properties?.explanation ?? x.message ?? ''})`,
          }),
        ),
      };
    }
    // A template whose own text holds the render cache's mark characters is never cached.
    const marks = Object.keys(zip.files).some((n) => /\.(xml|rels)$/i.test(n) && /[\uE000\uE001]/.test(zip.file(n)!.asText()));
    TEMPLATE_INFO.set(templateBytes, (info = { tags: recorder.tags, uses: recorder.uses, marks }));
  }

  const tags = info.tags;
  diagnostics.push(...checkTemplateTags(info.uses, place));
  if (diagnostics.length) return { diagnostics };
  const styles = zip.file('word/styles.xml')?.asText() ?? '';
  const roles = new Set<string>([...printed.body, ...printed.appendices.flatMap((a) => a.body)].map((b) => b.role));
  const used = Object.entries(STYLE_IDS).filter(([role]) => roles.has(role) || role === 'body').map(([, id]) => id);
  for (const id of new Set(used)) {
    if (!styles.includes(`w:styleId="${id}"`)) {
      diagnostics.push(RENDER_DOCX_CODES.create('TEMPLATE_MISSING_STYLE', place, { style: id }));
    }
  }

  const dropped: DropCounter = { count: 0 };
  // Each appendix is a section of its own (portrait or landscape); the task appendix comes last.
  const sections = printed.appendices.map((a) => ({ xml: appendixXml(a, dropped), landscape: a.landscape }));
  // One signer goes in the template's signature cell; joint plans put their signers side by side
  // at the end of the body (the template's cell stays empty).
  const joint = printed.signatures.length > 1;
  const first = joint ? undefined : printed.signatures[0];
  const clean = (s: string) => stripInvalidXml(s.normalize('NFC'), dropped);
  const h = printed.header;
  // Header lines measured against their column (Times New Roman metrics) and broken where a văn
  // thư would break them, instead of wrapping wherever Word or LibreOffice happens to.
  const parentFit = fitHeaderLines(h.parentLines, HEADER_COLUMN_PT, 13, false);
  const issuerFit = fitHeaderLines(h.issuerLines, HEADER_COLUMN_PT, 13, true);
  for (const line of [...parentFit.tooLong, ...issuerFit.tooLong]) {
    diagnostics.push(RENDER_DOCX_CODES.create('HEADER_LINE_TOO_LONG', { ...place, file: options.file ?? 'plan', path: '/issuer/headerLines' }, { line, width: Math.round(HEADER_COLUMN_PT / 2.835) }));
  }
  const data = {
    hasParent: h.parentLines.length > 0,
    parentBody: clean(parentFit.lines.join('\n')),
    issuer: clean(issuerFit.lines.join('\n')),
    numberLine: clean(h.numberLine),
    dateLine: clean(h.dateLine),
    // The header shapes a kind's profile chooses: V/v under the number (công văn), or the type line
    // and title; Kính gửi under either. `isCongVan`/`isKeHoach` are the old names of the first two.
    hasSubject: printed.header.subjectLines.length > 0,
    isCongVan: printed.header.subjectLines.length > 0,
    subject: clean(h.subjectLines.join('\n')),
    hasAddressees: printed.addressees.length > 0,
    addressees: printed.addressees.map(clean),
    hasTypeLine: printed.titleLines.length > 0,
    isKeHoach: printed.titleLines.length > 0,
    typeLine: clean(printed.titleLines[0] ?? ''),
    title: clean(printed.title),
    body: bodyXml(printed.body, dropped, false, printed.signatures.length > 0) + (joint ? signaturesXml(printed.signatures, dropped) : ''),
    hasRecipients: !!printed.recipients,
    recipients: (printed.recipients?.lines ?? []).map(clean),
    hasSignature: !!first,
    signatureLines: (first?.lines ?? []).map(clean),
    signerName: clean(first?.name ?? ''),
    appendix: sections.map((s, i) => breakMark(i) + s.xml).join(''),
  };
  if (sections.length && !tags.has('appendix')) {
    return { diagnostics: [RENDER_DOCX_CODES.create('TEMPLATE_MISSING_TAG', place, { tag: '{@appendix}', what: 'phụ lục danh mục nhiệm vụ', whatEn: 'the task appendix' })] };
  }
  // docxtemplater renders the template once per shape of the data (see renderParts); the parts it
  // wrote, with this plan's values, go into a fresh copy of the template.
  const zipTaken = compiled !== undefined;
  const parts = renderParts(templateBytes, data, { raw: RAW_TAGS, cacheable: !info.marks }, (d) => {
    const z = compiled ? zip : open().zip!;
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
  if (dropped.count) {
    diagnostics.push(RENDER_DOCX_CODES.create('XML_INVALID_CHAR', { ...place, file: options.file ?? 'plan' }, { count: dropped.count, hex: dropped.first ?? '' }));
  }
  // The zip opened above, unless docxtemplater wrote into it.
  const out = zipTaken ? open().zip! : zip;
  let xml = parts.get('word/document.xml');
  if (sections.length && xml !== undefined) {
    // Each mark ends the section before it (the plan, or the previous appendix) with that section's
    // page setup; the document's last section properties become those of the last appendix.
    const last = xml.lastIndexOf('<w:sectPr');
    const sect = xml.slice(last, xml.indexOf('</w:sectPr>', last) + '</w:sectPr>'.length);
    const setup = (landscapeSection: boolean) => (landscapeSection ? landscape(sect) : continued(sect));
    sections.forEach((_, i) => {
      xml = xml!.replace(breakMark(i), `<w:p><w:pPr>${i === 0 ? sect : setup(sections[i - 1]!.landscape)}</w:pPr></w:p>`);
    });
    const end = xml.lastIndexOf('<w:sectPr');
    parts.set('word/document.xml', xml.slice(0, end) + setup(sections[sections.length - 1]!.landscape) + xml.slice(end + sect.length));
  }
  for (const [n, text] of parts) out.file(n, UTF8.encode(text));
  writeDocProps(out as never, printed, dropped);
  const broken = options.template ? outputXmlProblem(out) : undefined;
  if (broken) return { diagnostics: [RENDER_DOCX_CODES.create('TEMPLATE_INVALID', place, { detail: broken.vi, detailEn: broken.en })] };
  for (const name of Object.keys(out.files)) out.files[name]!.date = FIXED_DATE;
  const docx = out.generate({ type: 'uint8array', compression: outputCompression() as 'DEFLATE' /* or the deflate set by setDeflate */ }) as Uint8Array;
  return { docx, diagnostics };
}
