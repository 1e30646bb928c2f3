import { documentNumber, placeIn, type Agency, type Diagnostic, type Plan } from '@kehoach/core';
import type { AgencyInput } from '@kehoach/schema';
import { CLONE_CODES } from '../codes.js';
import { COMMUNE_AGENCIES, defaultTarget } from '../default-map.js';
import type { UnitProfile } from '../load-unit.js';
import type { Replacements } from '../rewrite-text.js';

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

/** The words to rewrite: each mapped body's name and aliases → its counterpart, and the scope. Frozen (compiled once). */
export function replacementsFor(parent: Plan, profile: UnitProfile, agencies: Record<string, AgencyInput>, target: CloneContext['target']): Replacements {
  const replacements: Replacements = [];
  for (const a of Object.values(parent.agencies)) {
    const t = target(a);
    if (t && Object.hasOwn(agencies, t)) for (const n of [a.name, ...a.aliases]) replacements.push([n, agencies[t]!.name]);
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
  return {
    parent, profile, ...(parentFile !== undefined ? { parentFile } : {}), diagnostics, self, agencies, target, mapAll,
    replacements: replacementsFor(parent, profile, agencies, target),
    number: documentNumber(parent),
  };
}
