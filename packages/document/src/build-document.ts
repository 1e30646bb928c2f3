import { documentNumber, formatHeaderDate, formatShortDate, roman, type OutlineNode, type Plan } from '@kehoach/core';
import type { DocParagraph, PrintedAppendix, PrintedDocument } from './printed-document.js';

/** Quốc hiệu and Tiêu ngữ, exactly as Nghị định 30/2020 prints them. */
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ, with a space on each side of the hyphens. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The blank left for a number or a day in a draft. */
export const DRAFT_BLANK = '      ';

/** Options of `buildDocument`. */
export interface BuildOptions {
  /** Force a draft: blank number and date even when the plan has them. */
  draft?: boolean;
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
  if (draft || !plan.date) return `${plan.issuer.place}, ngày${DRAFT_BLANK}tháng${DRAFT_BLANK}năm ${plan.year}`;
  return `${plan.issuer.place}, ${formatHeaderDate(plan.date)}`;
}

/**
 * `(Kèm theo Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)`; blanks for
 * a draft, as in the header.
 */
export function attachedTo(plan: Plan, draft: boolean): string {
  const type = plan.kind === 'cong-van' ? 'Công văn' : 'Kế hoạch';
  const number = (!draft && documentNumber(plan)) || `${DRAFT_BLANK}/${plan.symbol}`;
  const date = !draft && plan.date ? ` ngày ${formatShortDate(plan.date)}` : ` ngày${DRAFT_BLANK}tháng${DRAFT_BLANK}năm ${plan.year}`;
  return `(Kèm theo ${type} số ${number}${date} của ${plan.issuer.name})`;
}

/** The plan's appendices: `Phụ lục` alone, or `Phụ lục I`, `Phụ lục II` … when there are several. */
export function buildAppendices(plan: Plan, draft: boolean): PrintedAppendix[] {
  const many = plan.appendices.length > 1;
  return plan.appendices.map((a, i) => {
    const body: DocParagraph[] = a.paragraphs.map((p) => ({ role: 'body', label: '', text: p, depth: 0, ref: `PL${i + 1}` }));
    for (const item of a.items) walk(item, 1, body);
    return {
      heading: many ? `Phụ lục ${roman(i + 1)}` : 'Phụ lục',
      title: upper(a.title),
      attached: attachedTo(plan, draft),
      landscape: a.landscape,
      body,
    };
  });
}

function walk(n: OutlineNode, depth: number, out: DocParagraph[]): void {
  const base = { depth, ref: n.ref };
  if (n.kind === 'section') {
    out.push({ ...base, role: 'section', label: n.label, title: upper(n.title ?? '') });
    for (const p of n.paragraphs) out.push({ ...base, role: 'body', label: '', text: p });
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

/**
 * The view model of a plan: header, title, body paragraphs with their generated numbers,
 * signature and Nơi nhận — everything a renderer lays out, nothing about how.
 */
export function buildDocument(plan: Plan, options: BuildOptions = {}): PrintedDocument {
  const draft = options.draft === true || plan.draft;
  const body: DocParagraph[] = [];
  for (const p of plan.opening.situation) body.push({ role: 'opening', label: '', text: p, depth: 0, ref: '' });
  for (const p of plan.opening.paragraphs) body.push({ role: 'opening', label: '', text: p, depth: 0, ref: '' });
  for (const s of plan.sections) walk(s, 0, body);

  const doc: PrintedDocument = {
    kind: plan.kind,
    draft,
    header: {
      parentLines: plan.issuer.parent?.headerLines ?? [],
      issuerLines: plan.issuer.headerLines,
      nation: NATION,
      motto: MOTTO,
      numberLine: numberLine(plan, draft),
      dateLine: dateLine(plan, draft),
      subjectLines: plan.kind === 'cong-van' ? [`V/v ${plan.title}`] : [],
    },
    titleLines: plan.kind === 'ke-hoach' ? ['KẾ HOẠCH', plan.title] : [],
    addressees: plan.addressees,
    body,
    appendices: buildAppendices(plan, draft),
  };
  if (plan.signature) {
    const s = plan.signature;
    const lines = s.authority ? [`${s.authority}. ${s.for ?? ''}`.trim(), ...s.titles] : [...s.titles];
    doc.signature = { lines, name: s.name };
  }
  if (plan.recipients) {
    const lines = plan.recipients.to.map((r) => `- ${r.name}${r.purpose ? ` (${r.purpose})` : ''};`);
    lines.push(`- Lưu: ${plan.recipients.archive}.`);
    doc.recipients = { heading: 'Nơi nhận:', lines };
  }
  return doc;
}
