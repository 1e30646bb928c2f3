import type { Diagnostic, Place } from '@kehoach/core';
import type { PrintedDocument } from '@kehoach/document';
import { RENDER_DOCX_CODES } from '../codes.js';
import type { TemplateData } from '../render-cache.js';

type TemplateValue = TemplateData[string];
import { fitHeaderLines } from '../header-fit.js';
import { bodyXml } from '../paragraph-xml.js';
import { signaturesXml } from '../signatures-xml.js';
import { stripInvalidXml, type DropCounter } from '../xml-text.js';

/** Width of the header's left column in the bundled template (3600 twips), in points. */
export const HEADER_COLUMN_PT = 180;

/** What a tag's value is made from: the printed document, the header lines fitted to their column, the appendix XML. */
export interface TagContext {
  printed: PrintedDocument;
  /** Text as Word takes it: NFC, characters XML cannot hold dropped (and counted). */
  clean(s: string): string;
  dropped: DropCounter;
  parentLines: string[];
  issuerLines: string[];
  /** The appendices' XML, each after its section mark. */
  appendix: string;
}

/** One signer goes in the template's signature cell; joint plans put theirs side by side at the end of the body. */
const single = (p: PrintedDocument) => (p.signatures.length > 1 ? undefined : p.signatures[0]);

/**
 * Every tag of the template (`TEMPLATE_TAGS`) and how its value is made, in one table. The header
 * shapes a kind's profile chooses: V/v under the number (công văn), or the type line and title; Kính
 * gửi under either. `isCongVan`/`isKeHoach` are the old names of `hasSubject`/`hasTypeLine`.
 */
export const TAG_VALUES: Readonly<Record<string, (x: TagContext) => TemplateValue>> = {
  hasParent: (x) => x.printed.header.parentLines.length > 0,
  parentBody: (x) => x.clean(x.parentLines.join('\n')),
  issuer: (x) => x.clean(x.issuerLines.join('\n')),
  numberLine: (x) => x.clean(x.printed.header.numberLine),
  dateLine: (x) => x.clean(x.printed.header.dateLine),
  hasSubject: (x) => x.printed.header.subjectLines.length > 0,
  isCongVan: (x) => x.printed.header.subjectLines.length > 0,
  subject: (x) => x.clean(x.printed.header.subjectLines.join('\n')),
  hasAddressees: (x) => x.printed.addressees.length > 0,
  addressees: (x) => x.printed.addressees.map(x.clean),
  hasMarks: (x) => x.printed.header.marks.length > 0,
  marks: (x) => x.printed.header.marks.map(x.clean),
  hasDraftMark: (x) => x.printed.header.draftMark !== undefined,
  draftMark: (x) => x.clean(x.printed.header.draftMark ?? ''),
  hasStamp: (x) => x.printed.stamp.length > 0,
  stamp: (x) => x.printed.stamp.map(x.clean),
  hasAttachedLine: (x) => x.printed.attachedLine !== undefined,
  attachedLine: (x) => x.clean(x.printed.attachedLine ?? ''),
  hasTypeLine: (x) => x.printed.titleLines.length > 0,
  isKeHoach: (x) => x.printed.titleLines.length > 0,
  typeLine: (x) => x.clean(x.printed.titleLines[0] ?? ''),
  title: (x) => x.clean(x.printed.title),
  body: (x) => bodyXml(x.printed.body, x.dropped, false, x.printed.signatures.length > 0) + (x.printed.signatures.length > 1 ? signaturesXml(x.printed.signatures, x.dropped) : ''),
  hasRecipients: (x) => !!x.printed.recipients,
  recipients: (x) => (x.printed.recipients?.lines ?? []).map(x.clean),
  hasSignature: (x) => !!single(x.printed),
  signatureLines: (x) => (single(x.printed)?.lines ?? []).map(x.clean),
  signerName: (x) => x.clean(single(x.printed)?.name ?? ''),
  appendix: (x) => x.appendix,
};

/**
 * The template's data for a printed document. Header lines are measured against their column
 * (Times New Roman metrics) and broken where a văn thư would break them, instead of wrapping wherever
 * Word or LibreOffice happens to; a line too long for the column is a diagnostic.
 */
export function templateData(printed: PrintedDocument, appendix: string, dropped: DropCounter, planPlace: Place): { data: TemplateData; diagnostics: Diagnostic[] } {
  const h = printed.header;
  const parentFit = fitHeaderLines(h.parentLines, HEADER_COLUMN_PT, 13, false);
  const issuerFit = fitHeaderLines(h.issuerLines, HEADER_COLUMN_PT, 13, true);
  const diagnostics = [...parentFit.tooLong, ...issuerFit.tooLong].map((line) =>
    RENDER_DOCX_CODES.create('HEADER_LINE_TOO_LONG', { ...planPlace, path: '/issuer/headerLines' }, { line, width: Math.round(HEADER_COLUMN_PT / 2.835) }));
  const x: TagContext = { printed, clean: (s) => stripInvalidXml(s.normalize('NFC'), dropped), dropped, parentLines: parentFit.lines, issuerLines: issuerFit.lines, appendix };
  const data: TemplateData = {};
  for (const [tag, value] of Object.entries(TAG_VALUES)) data[tag] = value(x);
  return { data, diagnostics };
}
