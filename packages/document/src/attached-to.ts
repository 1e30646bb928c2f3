import { formatShortDate } from '@kehoach/nd30';
import { documentKind, documentNumber, type Plan } from '@kehoach/core';

/** The blank left for a number or a day in a draft. */
export const DRAFT_BLANK = '      ';

/**
 * `(Kèm theo Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)`; blanks for
 * a draft, as in the header.
 */
export function attachedTo(plan: Plan, draft: boolean, lead = 'Kèm theo'): string {
  const type = documentKind(plan.kind).name;
  const number = (!draft && documentNumber(plan)) || `${DRAFT_BLANK}/${plan.symbol}`;
  const month = plan.draftDate?.month !== undefined ? `/${plan.draftDate.month}` : '';
  const date = !draft && plan.date
    ? ` ngày ${formatShortDate(plan.date)}`
    : month
      ? ` ngày${DRAFT_BLANK}${month}/${plan.draftDate?.year ?? plan.year}`
      : ` ngày${DRAFT_BLANK}tháng${DRAFT_BLANK}năm ${plan.draftDate?.year ?? plan.year}`;
  return `(${lead} ${type} số ${number}${date} của ${plan.issuer.authority ?? plan.issuer.name})`;
}
