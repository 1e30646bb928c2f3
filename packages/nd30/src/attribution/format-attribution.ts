import { joinNames } from './names.js';

/** Who does a task, by role, as names. */
export interface AttributionNames {
  lead: readonly string[];
  support: readonly string[];
  requested: readonly string[];
}

/**
 * The attribution wording generated from the roles:
 * - `prefix` (at the start of the sentence): `Công an tỉnh chủ trì, phối hợp với Sở Tư pháp`, or the
 *   lead alone as the subject (`Công an tỉnh` + `tổ chức …`);
 * - `parenthesis` (inside parentheses): `Công an tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện`,
 *   `Công an xã thực hiện`, `Sở Y tế phối hợp thực hiện`.
 * Requested bodies come first: `Đề nghị Tòa án nhân dân tỉnh; …`. {@link parseAttribution} reads it back.
 */
export function formatAttribution(roles: AttributionNames, placement: 'prefix' | 'parenthesis'): string {
  const parts: string[] = [];
  const { lead, support, requested } = roles;
  if (requested.length) parts.push(`Đề nghị ${joinNames(requested)}`);
  if (lead.length && support.length) parts.push(`${joinNames(lead)} chủ trì, phối hợp với ${joinNames(support)}`);
  else if (lead.length) parts.push(joinNames(lead));
  else if (support.length) parts.push(`${joinNames(support)} phối hợp`);
  const phrase = parts.join('; ');
  return placement === 'prefix' || !phrase ? phrase : `${phrase} thực hiện`;
}

/** Inserts ` (phrase)` before the final full stop or semicolon of a paragraph. */
export function withTrailingParenthesis(paragraph: string, phrase: string): string {
  const m = /^(.*?)([.;:]*)$/s.exec(paragraph.trimEnd())!;
  return `${m[1]} (${phrase})${m[2]}`;
}

/** The heading of a group in a by-agency layout: `Công an tỉnh`, `Đề nghị Tòa án nhân dân tỉnh, …`. */
export function agencyHeading(roles: AttributionNames): string {
  if (roles.requested.length && !roles.lead.length) return `Đề nghị ${joinNames(roles.requested)}`;
  return joinNames(roles.lead.length ? roles.lead : roles.support);
}
