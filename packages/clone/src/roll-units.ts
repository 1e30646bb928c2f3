import { placeIn, type Diagnostic, type Plan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { REFORM_DATE, type Commune, type FormerCommune, type UnitRegistry } from '@kehoach/units';
import { CLONE_CODES } from './codes.js';

/** What became of the commune that issues a plan rolled across 1 July 2025. */
export interface Succession {
  /** The commune as the plan names it (`xã Trung Môn`). */
  was: string;
  former: FormerCommune[];
  /** The one unit it is part of now; absent when it was split or the name is several former units'. */
  successor?: Commune;
}

/** `Ủy ban nhân dân xã Trung Môn` → `xã`, `Trung Môn`. */
const COMMUNE_ISSUER = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|HĐND và UBND)\s+(xã|phường|thị trấn)\s+(.+)$/iu;

/** Keys whose strings are not the plan's own words: cited documents and provenance keep theirs. */
const KEEP = new Set(['references', 'origin', 'parent']);

/**
 * The successor of the commune that issues `plan` when the roll crosses 1 July 2025 (the plan dated
 * before, the new year after): looked up in the registry by the issuer's name, within the province
 * its lines name. Undefined when the issuer is no commune, or one that still exists.
 */
export function successionOf(plan: Plan, year: number, units: UnitRegistry): Succession | undefined {
  if ((plan.date ?? `${plan.year}-01-01`) >= REFORM_DATE || `${year}-01-01` < REFORM_DATE) return undefined;
  const m = COMMUNE_ISSUER.exec(plan.issuer.name.trim());
  if (!m) return undefined;
  const was = `${m[1]!.toLowerCase()} ${m[2]}`;
  const province = units.provinceIn([plan.issuer.parent?.name ?? '', ...plan.issuer.headerLines, plan.scope ?? '', plan.title]);
  const where = province ? { province: province.code } : {};
  if (units.find(was, where).length) return undefined;
  const former = units.former(was, where);
  if (!former.length) return undefined;
  const successors = [...new Map(former.flatMap((f) => f.successors).map((s) => [s.code, s])).values()];
  return { was, former, ...(successors.length === 1 ? { successor: successors[0]! } : {}) };
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * The plan's own words with the former commune renamed its successor, in each case it is written
 * (`xã Trung Môn`, `Xã Trung Môn`, `XÃ TRUNG MÔN`; the place `Trung Môn`). Cited documents keep their words.
 */
export function renameUnit(input: PlanInput, s: Succession): PlanInput {
  const next = s.successor!;
  const oldName = s.was.replace(/^(xã|phường|thị trấn)\s+/u, '');
  const pairs: Array<[string, string]> = [
    [s.was, next.fullName],
    [upperFirst(s.was), upperFirst(next.fullName)],
    [s.was.toLocaleUpperCase('vi'), next.fullName.toLocaleUpperCase('vi')],
  ];
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (key === 'place' && value === oldName) return next.name;
      return pairs.reduce((t, [a, b]) => t.split(a).join(b), value);
    }
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, KEEP.has(k) ? v : visit(v, k)]));
    return value;
  };
  return visit(input, '') as PlanInput;
}

/** The roll's finding about the commune, placed at the rolled plan's issuer: renamed, or to be chosen by hand. */
export function successionDiagnostic(rolled: Plan, s: Succession, year: number): Diagnostic {
  const at = placeIn(rolled.source, '/issuer/name');
  if (s.successor) {
    return CLONE_CODES.create('ROLL_UNIT_SUCCEEDED', at, { was: s.was, now: s.successor.fullName, code: s.successor.code, province: s.successor.province.fullName, resolution: s.former[0]!.resolution.communes, year });
  }
  const now = [...new Set(s.former.flatMap((f) => f.successors.map((c) => `${c.fullName} (${c.code}, ${c.province.fullName})`)))].join('; ');
  return CLONE_CODES.create('ROLL_UNIT_SPLIT', at, { was: s.was, now, year });
}
