import { formatAttachedLine, formatShortDate } from '@kehoach/nd30';
import { documentKind, documentNumber, type Plan } from '@kehoach/core';

/** The blank left for a number or a day in a draft. */
export const DRAFT_BLANK = '      ';

/**
 * `(Kèm theo Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)`; blanks for
 * a draft, as in the header.
 */
export function attachedTo(plan: Pick<Plan, 'kind' | 'number' | 'symbol' | 'date' | 'draftDate' | 'year' | 'issuer'>, draft: boolean, lead = 'Kèm theo'): string {
  const type = documentKind(plan.kind).name;
  const number = (!draft && documentNumber(plan)) || `${DRAFT_BLANK}/${plan.symbol}`;
  const month = plan.draftDate?.month !== undefined ? `/${plan.draftDate.month}` : '';
  const date = !draft && plan.date
    ? ` ngày ${formatShortDate(plan.date)}`
    : month
      ? ` ngày${DRAFT_BLANK}${month}/${plan.draftDate?.year ?? plan.year}`
      : ` ngày${DRAFT_BLANK}tháng${DRAFT_BLANK}năm ${plan.draftDate?.year ?? plan.year}`;
  return formatAttachedLine(lead, `${type} số ${number}${date} của ${plan.issuer.authority ?? plan.issuer.name}`);
}

/**
 * A plan promulgated by another document (`plan.attachment`, a Quyết định ban hành): the line under
 * its title, `(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 24/7/2025 của …)` — blanks while the
 * decision is a draft — and the attachment's signature line once it is issued (its number and symbol
 * and its date, ISO 8601, as Phụ lục I asks of an attachment in a file of its own).
 */
export function attachment(plan: Plan, draft: boolean): { line: string; stamp: string[] } | undefined {
  const a = plan.attachment;
  if (!a) return undefined;
  const decision = { kind: a.kind, number: a.number, symbol: a.symbol, date: a.date, year: a.date ? Number(a.date.slice(0, 4)) : plan.year, issuer: plan.issuer };
  const issued = !draft && a.number !== undefined && a.date !== undefined;
  const number = documentNumber(decision);
  return { line: attachedTo(decision, !issued, a.lead), stamp: issued && number ? [number, a.date!] : [] };
}
