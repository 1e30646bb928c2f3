import { formatDraftMark, formatHeaderDate, formatMarks, roman } from '@kehoach/nd30';
import { documentKind, documentNumber, type OutlineNode, type Plan } from '@kehoach/core';
import { attachedTo, attachment, DRAFT_BLANK } from './attached-to.js';
import type { DocBlock, DocSignature, DocumentMeta, PrintedAppendix, PrintedDocument } from './printed-document.js';
import { taskAppendix } from './task-appendix.js';

/** Quốc hiệu and Tiêu ngữ, exactly as Nghị định 30/2020 prints them. */
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ, with a space on each side of the hyphens. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Options of `buildDocument`. */
export interface BuildOptions {
  /** Force a draft: blank number and date even when the plan has them. */
  draft?: boolean;
  /** Add the task appendix (“Phụ lục: Danh mục nhiệm vụ”, landscape) after the plan's own appendices. */
  appendix?: boolean;
}

function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** `Số: 05/KH-UBND`: numbers below 10 take a leading zero; a draft leaves a blank. */
export function numberLine(plan: Plan, draft: boolean): string {
  if (draft || plan.number === undefined) return `Số:${DRAFT_BLANK}/${plan.symbol}`;
  return `Số: ${documentNumber(plan)}`;
}

/** `Tuyên Quang, ngày 24 tháng 7 năm 2025`, or blanks for a draft. */
export function dateLine(plan: Plan, draft: boolean): string {
  if (draft || !plan.date) {
    const month = plan.draftDate?.month !== undefined ? ` ${plan.draftDate.month < 3 ? String(plan.draftDate.month).padStart(2, '0') : plan.draftDate.month} ` : DRAFT_BLANK;
    return `${plan.issuer.place}, ngày${DRAFT_BLANK}tháng${month}năm ${plan.draftDate?.year ?? plan.year}`;
  }
  return `${plan.issuer.place}, ${formatHeaderDate(plan.date)}`;
}

/** The plan's appendices: `Phụ lục` alone, or `Phụ lục I`, `Phụ lục II` … when there are several. */
export function buildAppendices(plan: Plan, draft: boolean): PrintedAppendix[] {
  const many = plan.appendices.length > 1;
  return plan.appendices.map((a, i) => {
    const body: DocBlock[] = a.paragraphs.map((p) => ({ role: 'body', label: '', text: p, depth: 0, ref: a.ref, path: `${a.path}/text` }));
    for (const item of a.items) walk(item, 1, body);
    return {
      heading: many ? `Phụ lục ${roman(i + 1)}` : 'Phụ lục',
      title: upper(a.title),
      attached: attachedTo(plan, draft, a.attachedLead),
      landscape: a.landscape,
      body,
    };
  });
}

/** The body blocks of one outline node and its children, in print order. */
export function walk(n: OutlineNode, depth: number, out: DocBlock[]): void {
  const base = { depth, ref: n.ref, path: n.path };
  if (n.kind === 'table' && n.table) {
    out.push({ ...base, role: 'table', table: n.table });
    return;
  }
  if (n.kind === 'section' && n.style === 'article') {
    // Điều 1. Its title as written, in bold; an article without a title starts its text on the label's line.
    if (n.title !== undefined) out.push({ ...base, role: 'section', label: n.label, title: n.title });
    n.paragraphs.forEach((p, i) => out.push(i === 0 && n.title === undefined ? { ...base, role: 'section', label: n.label, text: p } : { ...base, role: 'body', label: '', text: p }));
  } else if ((n.kind === 'part' || n.kind === 'section') && n.title === undefined) {
    // An untitled section: its paragraphs and blocks without a heading.
    for (const p of n.paragraphs) out.push({ ...base, role: 'body', label: '', text: p });
  } else if (n.kind === 'part' || n.kind === 'section') {
    const role = n.kind === 'part' ? 'part' : 'section';
    const heading = n.keepCase ? n.title! : upper(n.title!);
    if (n.inline && n.paragraphs.length) {
      out.push({ ...base, role, label: n.label, title: heading, inline: true, text: n.paragraphs[0]! });
      for (const p of n.paragraphs.slice(1)) out.push({ ...base, role: 'body', label: '', text: p });
    } else {
      out.push({ ...base, role, label: n.label, title: heading });
      for (const p of n.paragraphs) out.push({ ...base, role: 'body', label: '', text: p });
    }
  } else if (n.title !== undefined) {
    if (n.inline) {
      out.push({ ...base, role: 'khoan', label: n.label, title: n.title, inline: true, ...(n.paragraphs[0] !== undefined ? { text: n.paragraphs[0] } : {}) });
      for (const p of n.paragraphs.slice(1)) out.push({ ...base, role: 'continuation', label: '', text: p });
    } else {
      out.push({ ...base, role: 'khoan', label: n.label, title: n.title });
      for (const p of n.paragraphs) out.push({ ...base, role: 'body', label: '', text: p });
    }
  } else if (n.paragraphs.length) {
    out.push({ ...base, role: 'body', label: n.label, text: n.paragraphs[0]! });
    for (const p of n.paragraphs.slice(1)) out.push({ ...base, role: 'continuation', label: '', text: p });
  }
  for (const c of n.children) walk(c, depth + 1, out);
  for (const t of n.trailer) out.push({ ...base, role: 'trailer', label: '', text: t });
}

/** A signature block's lines: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`. */
export function signatureLines(s: Plan['signatures'][number]): DocSignature {
  const lines = (s.authority ?? []).map((a) => `${a.type}.${a.of ? ` ${a.of}` : ''}`);
  return { lines: [...lines, ...(s.titles ?? [])], name: s.name };
}

/** The facts a receiving system files the document by. */
export function documentMeta(plan: Plan, draft: boolean): DocumentMeta {
  const sig = plan.signatures[0];
  const numberAndSymbol = !draft ? documentNumber(plan) : undefined;
  return {
    kindName: documentKind(plan.kind).name,
    ...(plan.number !== undefined && !draft ? { number: plan.number } : {}),
    symbol: plan.symbol,
    ...(numberAndSymbol ? { numberAndSymbol } : {}),
    ...(plan.date && !draft ? { date: plan.date } : {}),
    place: plan.issuer.place,
    issuer: plan.issuer.name,
    ...(sig
      ? {
          signer: {
            name: sig.name,
            ...(sig.authority?.length ? { authority: sig.authority.map((a) => `${a.type}.${a.of ? ` ${a.of}` : ''}`).join(' ') } : {}),
            ...(sig.titles?.length ? { position: sig.titles.join(' ') } : {}),
          },
        }
      : {}),
    identity: `${plan.issuer.name} · ${numberAndSymbol ?? `dự thảo ${plan.symbol}`} · ${plan.date && !draft ? plan.date : plan.year}`,
    draft,
  };
}

/**
 * The view model of a plan: header, title, body blocks with their generated numbers and source
 * pointers, signatures and Nơi nhận — everything a renderer lays out, nothing about how.
 */
export function buildDocument(plan: Plan, options: BuildOptions = {}): PrintedDocument {
  const draft = options.draft === true || plan.draft;
  const kind = documentKind(plan.kind);
  const body: DocBlock[] = [];
  const enacting = (title: string, path: string): DocBlock => ({ role: 'enacting', label: '', title, depth: 0, ref: '', path });
  if (kind.enacting?.authority) body.push(enacting(upper(plan.issuer.authority ?? plan.issuer.name), '/issuer'));
  plan.opening.situation.forEach((p, i) => body.push({ role: 'opening', label: '', text: p, depth: 0, ref: '', path: `/opening/situation${plan.opening.situation.length > 1 ? `/${i}` : ''}` }));
  for (const p of plan.opening.paragraphs) body.push({ role: 'opening', label: '', text: p, depth: 0, ref: '', path: '/opening' });
  if (kind.enacting) body.push(enacting(kind.enacting.line, '/kind'));
  for (const s of plan.sections) walk(s, 0, body);

  const attached = attachment(plan, options.draft === true);
  const doc: PrintedDocument = {
    kind: plan.kind,
    draft,
    header: {
      parentLines: plan.issuer.parent?.headerLines ?? [],
      issuerLines: plan.issuer.headerLines,
      nation: NATION,
      motto: MOTTO,
      numberLine: attached ? '' : numberLine(plan, draft),
      dateLine: attached ? '' : dateLine(plan, draft),
      subjectLines: kind.header.typeLine ? [] : [`V/v ${plan.title}`],
      marks: formatMarks(plan.marks ?? {}),
      // A plan attached to its decision is a draft while the decision is (no stamp yet).
      ...((attached ? attached.stamp.length === 0 : draft) && plan.marks?.draft !== undefined ? { draftMark: formatDraftMark(plan.marks.draft) } : {}),
    },
    ...(attached ? { attachedLine: attached.line } : {}),
    stamp: attached?.stamp ?? [],
    titleLines: plan.typeLine ? [plan.typeLine, plan.title] : [],
    title: plan.title,
    meta: documentMeta(plan, draft),
    addressees: plan.addressees,
    body,
    signatures: attached ? [] : plan.signatures.map(signatureLines),
    appendices: options.appendix ? [...buildAppendices(plan, draft), taskAppendix(plan, draft)] : buildAppendices(plan, draft),
  };
  if (plan.recipients && !attached) {
    const lines = plan.recipients.to.map((r) => `- ${r.name}${r.purpose ? ` (${r.purpose})` : ''};`);
    lines.push(`- Lưu: ${plan.recipients.archive}.`);
    doc.recipients = { heading: 'Nơi nhận:', lines };
  }
  return doc;
}
