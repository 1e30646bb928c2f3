import type { Plan } from '@kehoach/core';
import { REFORM_DATE } from '@kehoach/units';
import type { Province, UnitRegistry } from '@kehoach/units';

/** True for a plan dated on or after 1 July 2025 (no date: its first year's 1 January), when districts are gone. */
export function afterReform(plan: Plan): boolean {
  return (plan.date ?? `${plan.year}-01-01`) >= REFORM_DATE;
}

/** The plan's prose and its agencies' names (data, but printed): where units and bodies are named. */
export function namingTexts(plan: Plan, prose: ReadonlyArray<{ path: string; text: string }>): Array<{ path: string; text: string }> {
  const agencies = Object.entries(plan.input.agencies ?? {}).flatMap(([id, a]) => (typeof a?.name === 'string' ? [{ path: `/agencies/${id}/name`, text: a.name }] : []));
  return [...prose, ...agencies];
}

/** Words that say a name is the former one: `huyện Yên Sơn (cũ)`, `nguyên xã Trung Môn`, `trước đây là …`. */
export function namedAsFormer(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  const after = text.slice(index + length, index + length + 8);
  return /^\s*(?:\(cũ\)|cũ(?![\p{L}]))/u.test(after) || /(?:nguyên|trước đây(?: là)?|trước sắp xếp|trước khi sắp xếp|cũ là|sáp nhập|hợp nhất)\s*$/iu.test(before);
}

/**
 * The province a plan is of: the first province its issuer's lines, parent, scope or title name (a
 * current one, or a former one's successor), else the province of the commune that issues it.
 */
export function planProvince(plan: Plan, units: UnitRegistry): Province | undefined {
  const texts = [plan.issuer.name, ...plan.issuer.headerLines, plan.issuer.parent?.name ?? '', ...(plan.issuer.parent?.headerLines ?? []), plan.scope ?? '', plan.title];
  const named = units.provinceIn(texts);
  if (named) return named;
  const own = units.find(plan.issuer.name.replace(/^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+/u, ''));
  return own.length === 1 && own[0]!.level === 'xa' ? own[0]!.province : undefined;
}
