import { findCitations, type FoundCitation } from '@kehoach/nd30';

/** A document cited in the opening ("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của … về …"). */
export type ParsedReference = Omit<FoundCitation, 'index'>;

/**
 * Finds every cited document in a paragraph (`findCitations` of @kehoach/nd30): type, number/symbol,
 * date, issuer and subject. A type word counts only when a number or a date follows it (or it is a
 * law, cited by title).
 */
export function parseReferences(paragraph: string): ParsedReference[] {
  return findCitations(paragraph).map(({ index: _index, ...r }) => r);
}

/** The lead words of an opening paragraph (`Căn cứ`, `Thực hiện`, `Xét`, `Theo đề nghị`), if any. */
export function openingLead(paragraph: string): string | undefined {
  return /^(Căn cứ|Thực hiện|Triển khai|Xét|Theo đề nghị|Theo)\b/u.exec(paragraph.trim())?.[1];
}
