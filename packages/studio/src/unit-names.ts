/**
 * Names of the country's people's committees for the agency form, from the units registry (its data
 * loaded the first time a name is typed, a chunk of its own): “Ủy ban nhân dân phường Minh Xuân”
 * (phường Minh Xuân, tỉnh Tuyên Quang) for what was typed, with or without tone marks.
 */
import { foldName, loadUnits, type Unit } from 'kehoach';

/** A suggestion: the agency's name as a plan writes it, where the unit is, and its level. */
export interface UnitName {
  name: string;
  where: string;
  level: 'tinh' | 'xa';
}

const COMMITTEE = /^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu;

/** The committee of a unit (`Ủy ban nhân dân tỉnh Tuyên Quang`). */
const nameOf = (u: Unit): UnitName => ({
  name: `Ủy ban nhân dân ${u.fullName}`,
  where: 'province' in u && u.province ? `${u.fullName}, ${u.province.fullName}` : u.fullName,
  level: u.level,
});

/** Up to `max` committees whose unit's name holds what was typed (the words “Ủy ban nhân dân” left aside), provinces first. */
export async function unitNames(typed: string, max = 12): Promise<UnitName[]> {
  const q = foldName(typed.replace(COMMITTEE, ''));
  if (q.length < 2) return [];
  const all = await (folded ??= loadUnits().then((units) => [...units.provinces(), ...units.communes()].map((u) => ({ u, name: foldName(u.fullName) }))));
  return all.filter((x) => x.name.includes(q)).slice(0, max).map((x) => nameOf(x.u));
}

/** Every province and commune with its name folded, made once. */
let folded: Promise<Array<{ u: Unit; name: string }>> | undefined;
