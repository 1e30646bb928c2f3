import { agencyHeading as headingOf, formatAttribution, joinLabelled as joinLabelledNames, joinNames as joinNameList } from '@kehoach/nd30';
import type { Agency } from './model.js';

/** Agencies of a node, by role. */
export interface Roles {
  lead: Agency[];
  support: Agency[];
  requested: Agency[];
}

const names = (list: readonly Agency[]) => list.map((a) => a.name);
const roleNames = (r: Roles) => ({ lead: names(r.lead), support: names(r.support), requested: names(r.requested) });

/**
 * Names in a labelled line: joined by `; ` when a name has a comma of its own
 * (`Các sở, ban, ngành; UBND các xã, phường, đặc khu`), else by `, ` (the wording: @kehoach/nd30).
 */
export function joinLabelled(list: Agency[]): string {
  return joinLabelledNames(names(list));
}

/** Names joined as in the documents: `Công an tỉnh, Sở Tư pháp`. */
export function joinNames(list: Agency[]): string {
  return joinNameList(names(list));
}

/**
 * The generated attribution wording, used when a task gives no `attribution` of its own
 * (`formatAttribution` of @kehoach/nd30 over the agencies' names):
 * - `prefix` (at the start of the sentence): `Công an tỉnh chủ trì, phối hợp với Sở Tư pháp`, or the
 *   lead alone as the subject (`Công an tỉnh` + `tổ chức …`);
 * - otherwise (inside parentheses): `Công an tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện`,
 *   `Công an xã thực hiện`, `Sở Y tế phối hợp thực hiện`.
 * Requested bodies come first: `đề nghị Tòa án nhân dân tỉnh phối hợp`.
 */
export function attributionPhrase(roles: Roles, placement: 'prefix' | 'parenthesis'): string {
  return formatAttribution(roleNames(roles), placement);
}

/** The heading of a group in a by-agency layout: `Công an tỉnh`, `Đề nghị Tòa án nhân dân tỉnh, …`. */
export function agencyHeading(roles: Roles): string {
  return headingOf(roleNames(roles));
}
