import type { Agency } from './model.js';

/** Agencies of a node, by role. */
export interface Roles {
  lead: Agency[];
  support: Agency[];
  requested: Agency[];
}

/**
 * Names in a labelled line: joined by `; ` when a name has a comma of its own
 * (`Các sở, ban, ngành; UBND các xã, phường, đặc khu`), else by `, `.
 */
export function joinLabelled(list: Agency[]): string {
  return list.map((a) => a.name).join(list.some((a) => a.name.includes(',')) ? '; ' : ', ');
}

/** Names joined as in the documents: `Công an tỉnh, Sở Tư pháp`. */
export function joinNames(list: Agency[]): string {
  return list.map((a) => a.name).join(', ');
}

/**
 * The generated attribution wording, used when a task gives no `attribution` of its own.
 * - `prefix` (at the start of the sentence): `Công an tỉnh chủ trì, phối hợp với Sở Tư pháp`, or the
 *   lead alone as the subject (`Công an tỉnh` + `tổ chức …`);
 * - otherwise (inside parentheses): `Công an tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện`,
 *   `Công an xã thực hiện`, `Sở Y tế phối hợp thực hiện`.
 * Requested bodies come first: `đề nghị Tòa án nhân dân tỉnh phối hợp`.
 */
export function attributionPhrase(roles: Roles, placement: 'prefix' | 'parenthesis'): string {
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
export function agencyHeading(roles: Roles): string {
  if (roles.requested.length && !roles.lead.length) return `Đề nghị ${joinNames(roles.requested)}`;
  return joinNames(roles.lead.length ? roles.lead : roles.support);
}
