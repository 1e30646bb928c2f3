import { documentKind, documentNumber, type Diagnostic, type Plan } from '@kehoach/core';
import type { SignatureInput } from '@kehoach/schema';
import { edxmlDiagnostic } from './diagnostic.js';
import { edxmlDate, PRIORITIES } from './fields.js';

/** Độ khẩn printed on the document (`marks.urgency`) as edXML's Priority, when the options give none. */
const URGENCY_PRIORITY: Readonly<Record<string, number>> = { 'KHẨN': PRIORITIES.khan, 'THƯỢNG KHẨN': PRIORITIES['thuong-khan'], 'HỎA TỐC': PRIORITIES['hoa-toc'] };
import { group, leaf, type XmlNode } from './xml-node.js';

/** What the plan does not say and a sender may add to the message header. */
export interface HeaderOptions {
  /** `OtherInfo/Priority` (0 thường … 4 hỏa tốc hẹn giờ); default 0. */
  priority?: number;
  /** `OtherInfo/SphereOfPromulgation`, e.g. “Lưu hành nội bộ”. */
  sphereOfPromulgation?: string;
  /** `OtherInfo/PromulgationAmount`: number of copies issued. */
  promulgationAmount?: number;
  /** `OtherInfo/PageAmount`: number of pages of the document (known after printing). */
  pageAmount?: number;
  /** `DueDate` (ISO `YYYY-MM-DD`): when an answer is due. */
  dueDate?: string;
  /** `Content`: a short content beyond the subject. */
  content?: string;
}

/** The message header and what was noticed while building it. */
export interface HeaderResult {
  header: XmlNode;
  /** `DocumentId`, when it could be derived. */
  documentId?: string;
  diagnostics: Diagnostic[];
}

function organIdOf(plan: Plan, agencyId: string | undefined): string | undefined {
  if (!agencyId) return undefined;
  const agencies = plan.input.agencies as Record<string, { organId?: string }> | undefined;
  return agencies?.[agencyId]?.organId;
}

/** The issuer's signature the message names: the first block (a joint plan's lead signer). */
function signer(plan: Plan): { s?: SignatureInput; pointer: string } {
  const many = Array.isArray(plan.input.signature);
  return { ...(plan.signatures[0] ? { s: plan.signatures[0] } : {}), pointer: many ? '/signature/0' : '/signature' };
}

/**
 * Builds `MessageHeader` from a loaded plan: issuer → From, recipients with an organ id → To, number
 * and symbol → Code, place and date → PromulgationInfo, kind → DocumentType, title → Subject,
 * signature → SignerInfo, recipients → ToPlaces, appendices → OtherInfo/Appendixes. Pure.
 */
export function messageHeader(plan: Plan, options: HeaderOptions = {}): HeaderResult {
  const diagnostics: Diagnostic[] = [];
  const issuerAgency = plan.issuer.agency?.id;
  const fromId = organIdOf(plan, issuerAgency);
  const fromPointer = issuerAgency ? `/agencies/${issuerAgency}/organId` : '/issuer';
  if (!fromId) diagnostics.push(edxmlDiagnostic('EDXML_NO_ORGAN_ID', plan, issuerAgency ? `/agencies/${issuerAgency}` : '/issuer'));

  const from = group('From', [
    { ...leaf('OrganId', fromId, fromPointer), explained: true },
    leaf('OrganizationInCharge', plan.issuer.parent?.name, '/issuer/parent'),
    leaf('OrganName', plan.issuer.name, '/issuer/name'),
  ], '/issuer');

  const to: XmlNode[] = [];
  const places: XmlNode[] = [];
  const unsent: Array<{ name: string; pointer: string }> = [];
  (plan.recipients?.to ?? []).forEach((r, i) => {
    const pointer = `/recipients/to/${i}`;
    places.push(leaf('Place', r.name, pointer));
    const id = organIdOf(plan, r.agency?.id);
    if (id && r.agency) {
      to.push(group('To', [leaf('OrganId', id, `/agencies/${r.agency.id}/organId`), leaf('OrganName', r.agency.name, `/agencies/${r.agency.id}/name`)], pointer));
    } else unsent.push({ name: r.name, pointer });
  });
  if (unsent.length) diagnostics.push(edxmlDiagnostic('EDXML_RECIPIENT_NOT_SENT', plan, unsent[0]!.pointer, { count: unsent.length, names: unsent.map((u) => `“${u.name}”`).join(', ') }));
  if (!to.length) diagnostics.push(edxmlDiagnostic('EDXML_NO_RECIPIENT_ID', plan, plan.recipients ? '/recipients' : ''));

  const number = plan.number === undefined ? undefined : String(plan.number).padStart(2, '0');
  const draftHint = { vi: ' — văn bản còn là dự thảo (thiếu số hoặc ngày)', en: ' — the document is a draft (no number or date)' };
  const date = plan.date ? edxmlDate(plan.date) : undefined;
  const docNo = documentNumber(plan);
  const documentId = fromId && docNo && date ? `${fromId},${date},${docNo}` : undefined;

  const { s, pointer: sp } = signer(plan);
  if (plan.signatures.length > 1) diagnostics.push(edxmlDiagnostic('EDXML_SEVERAL_SIGNERS', plan, '/signature', { count: plan.signatures.length, name: s?.name ?? '' }));
  const last = s?.authority?.at(-1);
  const competence = last ? `${last.type}.${last.of ? ` ${last.of}` : ''}` : undefined;
  const position = s?.titles?.length ? s.titles.join(', ') : undefined;

  const header = group('MessageHeader', [
    from,
    ...(to.length ? to : [{ ...group('To', [], '/recipients'), explained: true }]),
    { ...leaf('DocumentId', documentId, '/number'), explained: true },
    group('Code', [leaf('CodeNumber', number, '/number', draftHint), leaf('CodeNotation', plan.symbol, '/issuer/abbreviation')], '/number'),
    group('PromulgationInfo', [leaf('Place', plan.issuer.place, '/issuer/place'), leaf('PromulgationDate', date, '/date', draftHint)], '/date'),
    group('DocumentType', [leaf('Type', documentKind(plan.kind).edxml.type, '/kind'), leaf('TypeName', documentKind(plan.kind).name, '/kind')], '/kind'),
    leaf('Subject', plan.title, '/title'),
    leaf('Content', options.content, ''),
    group('SignerInfo', [leaf('Competence', competence, `${sp}/authority`), leaf('Position', position, `${sp}/titles`), leaf('FullName', s?.name, `${sp}/name`)], sp),
    leaf('DueDate', options.dueDate ? edxmlDate(options.dueDate) : undefined, ''),
    ...(places.length ? [group('ToPlaces', places, '/recipients/to')] : []),
    group('OtherInfo', [
      leaf('Priority', options.priority ?? URGENCY_PRIORITY[plan.marks?.urgency ?? ''] ?? PRIORITIES.thuong, plan.marks?.urgency ? '/marks/urgency' : ''),
      leaf('SphereOfPromulgation', options.sphereOfPromulgation, ''),
      leaf('PromulgationAmount', options.promulgationAmount, ''),
      leaf('PageAmount', options.pageAmount, ''),
      ...(plan.appendices.length ? [group('Appendixes', plan.appendices.map((a) => leaf('Appendix', a.title, `${a.path}/title`)), '/appendices')] : []),
    ], ''),
    leaf('SteeringType', 0, ''),
  ], '');
  return { header, ...(documentId ? { documentId } : {}), diagnostics };
}
