import { documentKind, documentNumber, hasErrors, sortDiagnostics, type Diagnostic, type Plan } from '@kehoach/core';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { toBase64 } from './base64.js';
import { checkFields } from './check-fields.js';
import { ATTACHMENT_FIELDS, EDXML_FIELDS, EDXML_NS } from './fields.js';
import { messageHeader, type HeaderOptions } from './message-header.js';
import { group, leaf, writeNode, type XmlNode } from './xml-node.js';

/** MIME type of a DOCX attachment. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Options of `exportEdxml`: header values the plan does not hold, and the attachment's name. */
export interface EdxmlOptions extends HeaderOptions {
  /** File name of the attached document; default `<số>-<ký hiệu>.docx` (`15-KH-UBND.docx`). */
  attachmentName?: string;
  /** MIME type of the attachment; default DOCX. */
  contentType?: string;
}

/** The edXML message, or why there is none. */
export interface EdxmlResult {
  /** UTF-8 bytes of the message; absent when a diagnostic is an error. */
  bytes?: Uint8Array;
  /** The same message as text. */
  xml?: string;
  /** `DocumentId` of the message, when it could be derived. */
  documentId?: string;
  diagnostics: Diagnostic[];
}

/** A content id derived from the attachment's bytes: the first 128 bits of its SHA-256, as a UUID-shaped string. */
export function contentIdOf(bytes: Uint8Array): string {
  const h = bytesToHex(sha256(bytes));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * An attachment name a receiving system can save as it is: no folder (`/`, `\\`), no drive or stream
 * (`:`), none of Windows' reserved characters, no leading dots (issue 23: a symbol made
 * `15-..\\..\\evil.exe::$DATA.docx`). Each is a `-`; the extension stays.
 */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\.{2,}/g, '-').replace(/^[.\s]+/, '') || 'van-ban.docx';
}

/**
 * The edXML message (QCVN 102:2016/BTTTT, amended 2022) of a loaded plan with its document attached:
 * `MessageHeader` from the plan's data, the manifest, and the document base64-encoded after the
 * envelope. Pure and deterministic (bytes in, bytes out: the same plan and document give the same
 * message; nothing random, no clock). Field lengths and required fields of the standard are
 * checked; any error → no bytes, only diagnostics (Vietnamese messages, `EDXML_*` codes).
 */
export function exportEdxml(plan: Plan, document: Uint8Array, options: EdxmlOptions = {}): EdxmlResult {
  const { header, documentId, diagnostics } = messageHeader(plan, options);
  diagnostics.push(...checkFields(header, EDXML_FIELDS, plan));
  const contentId = contentIdOf(document);
  const docNo = documentNumber(plan);
  const name = safeFileName(options.attachmentName ?? `${(docNo ?? plan.symbol).replaceAll('/', '-')}.docx`);
  const type = options.contentType ?? DOCX_TYPE;
  const description = `Toàn văn ${documentKind(plan.kind).name}${docNo ? ` số ${docNo}` : ''}`;
  const attachmentInfo: XmlNode[] = [
    leaf('ContentId', contentId, ''),
    leaf('ContentType', type, ''),
    leaf('Description', description, ''),
    leaf('AttachmentName', name, ''),
  ];
  diagnostics.push(...checkFields(group('Reference', attachmentInfo, ''), ATTACHMENT_FIELDS, plan));
  const result: EdxmlResult = { ...(documentId ? { documentId } : {}), diagnostics: sortDiagnostics(diagnostics) };
  if (hasErrors(diagnostics)) return result;

  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', `<edXML xmlns="${EDXML_NS}">`, `  <edXML:edXMLEnvelope xmlns:edXML="${EDXML_NS}">`, '    <edXML:edXMLHeader>'];
  writeNode(header, 'edXML:', 3, lines);
  lines.push('    </edXML:edXMLHeader>', '    <edXML:edXMLBody>', '      <edXML:edXMLManifest version="1.0">');
  writeNode(group('Reference', attachmentInfo, ''), 'edXML:', 4, lines);
  lines.push('      </edXML:edXMLManifest>', '    </edXML:edXMLBody>', '  </edXML:edXMLEnvelope>', '  <AttachmentEncoded>');
  writeNode(group('Attachment', [...attachmentInfo, leaf('ContentTransferEncoded', toBase64(document), '')], ''), '', 2, lines);
  lines.push('  </AttachmentEncoded>', '</edXML>', '');
  const xml = lines.join('\n');
  return { ...result, xml, bytes: new TextEncoder().encode(xml) };
}
