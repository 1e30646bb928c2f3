import { documentNumber, placeIn, type Agency, type Diagnostic, type Plan } from '@kehoach/core';
import type { AgencyInput } from '@kehoach/schema';
import { CLONE_CODES } from '../codes.js';
import { COMMUNE_AGENCIES, defaultTarget } from '../default-map.js';
import type { UnitProfile } from '../load-unit.js';
import { canonicalName, type Replacements } from '../rewrite-text.js';
import { isLower } from '../text-duties.js';

/** Everything the steps of a clone share: the parent, the unit, its bodies and how higher bodies map onto them. */
export interface CloneContext {
  parent: Plan;
  profile: UnitProfile;
  parentFile?: string;
  diagnostics: Diagnostic[];
  /** The unit's own id among its agencies (`ubnd-xa`). */
  self: string;
  /** The unit's bodies, by id. */
  agencies: Record<string, AgencyInput>;
  /** The unit's body for a higher body: an id, null (stays with the higher level), undefined (unknown, warned once). */
  target(a: Agency): string | null | undefined;
  /** The unit's bodies for a list of higher bodies, each once. */
  mapAll(list: Agency[]): string[];
  /** Words rewritten in every carried text: higher bodies' names, the scope. */
  replacements: Replacements;
  /** The parent's number and symbol (`15/KH-UBND`), when issued. */
  number: string | undefined;
  /**
   * The parent plans the province's own work: issued by a department, a team, a unit (whose
   * counterpart is not the unit itself), not by the province's Ủy ban nhân dân or a steering
   * committee. Its duties stay with the province; only those of bodies below it come down.
   */
  ownWork: boolean;
  /** True for a body below the parent's level (`UBND các xã`, `Phòng GD&ĐT các huyện`). */
  below(a: Agency): boolean;
}

const LEVELS = ['trung-uong', 'tinh', 'huyen', 'xa', 'thon'];

/** A name for several bodies (`Các sở, ban, ngành`, `các cơ sở giáo dục mầm non`). */
const COLLECTIVE = /^(?:các|những)\s/iu;

/**
 * Whether the parent is the province's own work (see `CloneContext.ownWork`): issued by a body
 * whose counterpart is one of the unit's bodies (a department → a commune office), or by a team or
 * unit of one (`Đoàn kiểm tra` under `Sở Công Thương`) — not by an Ủy ban nhân dân or a steering
 * committee, whose plans each level repeats. A body the map does not know leaves it undecided (false).
 */
export function plansOwnWork(parent: Plan, target: CloneContext['target'], self: string): boolean {
  const { agency, name, parent: over } = parent.issuer;
  const provincial = (n: string) => /^(?:Ủy ban nhân dân|UBND|Ban Chỉ đạo|BCĐ)(?![\p{L}])/u.test(canonicalName(n));
  if (agency?.kind === 'ban-chi-dao' || agency?.kind === 'ubnd' || provincial(name)) return false;
  let mapped = agency ? target(agency) : defaultTarget(name);
  // a team or unit the map does not know: the department it belongs to (printed above it) decides
  if (mapped === undefined && over && !provincial(over.name)) mapped = defaultTarget(over.name);
  return mapped !== undefined && mapped !== self && mapped !== 'self';
}

/** Words of a name that put a body below the province: a commune, a district, a village, the grassroots, a school. */
const BELOW_WORDS = /(?<![\p{L}])(?:xã(?!\s+hội)|phường|thị trấn|đặc khu|huyện|thị xã|thôn|bản|tổ dân phố|cơ sở|[Tt]rường|mầm non|tiểu học|trung học cơ sở)(?![\p{L}])/u;

/** A body below the parent's level: by its declared level, or by the words of its name (an imported plan's levels are guesses). */
export function belowParent(a: Agency, parentLevel: number): boolean {
  if (isLower(a, parentLevel)) return true;
  return BELOW_WORDS.test(a.name) && !/(?<![\p{L}])tỉnh(?![\p{L}])/iu.test(a.name);
}

/** A commune body's default name for a ward: `Công an xã` → `Công an phường` (the word ending the name). */
const forWard = (a: AgencyInput): AgencyInput => {
  const ward = (s: string) => s.replace(/ xã$/u, ' phường');
  return { ...a, name: ward(a.name), ...(a.shortName ? { shortName: ward(a.shortName) } : {}) };
};

/**
 * The unit's bodies: the commune's standard ones (a ward's named with “phường”), the profile's own,
 * and the unit itself under `self`.
 */
export function unitAgencies(profile: UnitProfile): { self: string; agencies: Record<string, AgencyInput> } {
  const self = profile.self ?? 'ubnd-xa';
  const ward = profile.unit.kind === 'phuong';
  const defaults = Object.fromEntries(Object.entries(COMMUNE_AGENCIES).map(([id, a]) => [id, ward ? forWard(a) : a]));
  const agencies: Record<string, AgencyInput> = { ...defaults, ...(profile.agencies ?? {}) };
  agencies[self] = { ...((Object.hasOwn(agencies, self) ? agencies[self] : undefined) ?? { level: profile.unit.level, kind: 'ubnd' }), name: profile.unit.name } as AgencyInput;
  if (ward && !profile.agencies?.['phong-kinh-te']) {
    agencies['phong-kinh-te'] = { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', level: 'xa', kind: 'chuyen-mon' };
  }
  return { self, agencies };
}

/** How higher bodies map onto the unit's: the profile's map first, then the default province → commune rules. */
export function agencyMapper(parent: Plan, profile: UnitProfile, self: string, diagnostics: Diagnostic[], parentFile?: string): CloneContext['target'] {
  const warned = new Set<string>();
  return (a) => {
    const explicit = profile.map && Object.hasOwn(profile.map, a.id) ? profile.map[a.id] : undefined;
    const declared = { ...(a.level ? { level: a.level } : {}), kind: a.kind };
    let t = explicit !== undefined ? explicit : defaultTarget(a.name, declared);
    for (const alias of a.aliases) if (t === undefined) t = defaultTarget(alias, declared);
    if (t === undefined) {
      if (!warned.has(a.id)) diagnostics.push(CLONE_CODES.create('CLONE_UNMAPPED_AGENCY', { ...placeIn(parent.source, `/agencies/${a.id}`), ...(parentFile ? { file: parentFile } : {}) }, { id: a.id, name: a.name }));
      warned.add(a.id);
      return undefined;
    }
    return t === 'self' ? self : t;
  };
}

/**
 * The words to rewrite: each mapped body's name and aliases → its counterpart, and the scope. A body
 * mapped by its kind alone (a collective such as “các cơ sở giáo dục mầm non”) keeps its words:
 * only a name the map knows (or the profile maps) is renamed. Frozen (compiled once).
 */
export function replacementsFor(parent: Plan, profile: UnitProfile, agencies: Record<string, AgencyInput>, target: CloneContext['target']): Replacements {
  const replacements: Replacements = [];
  for (const a of Object.values(parent.agencies)) {
    const t = target(a);
    const byName = (profile.map && Object.hasOwn(profile.map, a.id)) || [a.name, ...a.aliases].some((n) => defaultTarget(n, a.level ? { level: a.level } : {}) !== undefined);
    if (!t || !byName || !Object.hasOwn(agencies, t)) continue;
    // “các cơ sở giáo dục mầm non” is not renamed “Hiệu trưởng các trường học” in a sentence: a collective only by a collective
    const to = agencies[t]!;
    if (COLLECTIVE.test(a.name) && !(COLLECTIVE.test(to.name) || to.kind === 'nhom')) continue;
    for (const n of [a.name, ...a.aliases]) replacements.push([n, to.name]);
  }
  if (parent.scope) replacements.push([parent.scope, profile.unit.scope]);
  replacements.push(['trên địa bàn tỉnh', 'trên địa bàn xã'], ['toàn tỉnh', 'toàn xã'], ['trên phạm vi toàn tỉnh', 'trên phạm vi toàn xã']);
  // Frozen: `rewrite` then compiles the list once for every text of this clone.
  return Object.freeze(replacements) as Replacements;
}

/** The context of one clone. */
export function cloneContext(parent: Plan, profile: UnitProfile, parentFile?: string): CloneContext {
  const diagnostics: Diagnostic[] = [];
  const { self, agencies } = unitAgencies(profile);
  const target = agencyMapper(parent, profile, self, diagnostics, parentFile);
  const mapAll = (list: Agency[]) => [...new Set(list.map(target).filter((x): x is string => typeof x === 'string'))];
  const parentLevel = LEVELS.indexOf(parent.issuer.agency?.level ?? 'tinh');
  return {
    parent, profile, ...(parentFile !== undefined ? { parentFile } : {}), diagnostics, self, agencies, target, mapAll,
    replacements: replacementsFor(parent, profile, agencies, target),
    number: documentNumber(parent),
    ownWork: plansOwnWork(parent, target, self),
    below: (a) => belowParent(a, parentLevel),
  };
}
