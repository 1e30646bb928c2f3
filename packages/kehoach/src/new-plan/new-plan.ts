import { DEFAULT_KIND, documentKind, documentKinds } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import { planToYaml } from '@kehoach/yaml-edit';
import { blankPlan } from './blank-plan.js';
import { UNIT_KINDS, unitKind, type UnitKindId } from './units.js';

/** What a blank plan is told: its unit, its kind of document, its year and title. */
export interface NewPlanOptions {
  /** The kind of unit: `xa` (default), `phuong`, `tinh`, `so`, `truong` (`UNIT_KINDS`). */
  unit?: UnitKindId;
  /** The unit's own name: `Minh Xuân` (xã, phường, tỉnh), `Sở Y tế`, `Trường THCS Hòa Khánh`. */
  name: string;
  /** The province of a sở (needed: printed above it in the header). */
  province?: string;
  /** The body above a school (needed): `Ủy ban nhân dân phường Hòa Khánh`. */
  parent?: string;
  /** The place name before the date; by default the unit's (its province's for a sở, its parent's for a school). */
  place?: string;
  /** The issuer's abbreviation in the symbol; by default `UBND`, or the initials of a sở or school (`SYT`, `THCSHK`). */
  abbreviation?: string;
  /** A registered document kind's id (`documentKinds()`): `ke-hoach` (default), `cong-van` … */
  kind?: string;
  /** The year of the plan (a school's: the school year's first); default this year. */
  year?: number;
  /** The title (a công văn's V/v); default `Thực hiện nhiệm vụ năm <year>` (a school's: `năm học …`). */
  title?: string;
  /** The schema reference of the first line, for editors; default `../schemas/plan.schema.json`. */
  schema?: string;
}

/** A blank plan: its YAML (with the comments that say what to write where) and its data. */
export interface NewPlanResult {
  yaml: string;
  input: PlanInput;
}

/**
 * The options a blank plan of this unit still needs (`province` for a sở, `parent` for a school),
 * and `name` when it is empty. A shell asks for them before calling `newPlan`.
 *
 * @example
 * missingNewPlanOptions({ unit: 'so', name: 'Sở Y tế' }); // ['province']
 */
export function missingNewPlanOptions(options: NewPlanOptions): Array<'name' | 'province' | 'parent'> {
  const unit = unitKind(options.unit ?? 'xa');
  const missing: Array<'name' | 'province' | 'parent'> = options.name?.trim() ? [] : ['name'];
  for (const n of unit?.needs ?? []) if (!options[n]?.trim()) missing.push(n);
  return missing;
}

/**
 * A blank, valid plan for a unit (xã, phường, tỉnh, sở, trường) in a registered document kind: the
 * header filled from the options, the sections of a plan (MỤC ĐÍCH, YÊU CẦU; NHIỆM VỤ with an
 * example task that has a lead, supporting bodies and a time; TỔ CHỨC THỰC HIỆN with the focal body
 * and a monthly report), the bodies usual at that level, and Vietnamese comments saying what to
 * write where. It loads with no diagnostic and renders. Throws for an unknown unit or kind, or a
 * missing option (`missingNewPlanOptions`): a program's mistake.
 *
 * @example
 * const { yaml } = newPlan({ unit: 'xa', name: 'Minh Xuân', year: 2026 });
 * // # yaml-language-server: $schema=../schemas/plan.schema.json … issuer: { name: Ủy ban nhân dân xã Minh Xuân … }
 */
export function newPlan(options: NewPlanOptions): NewPlanResult {
  const unit = unitKind(options.unit ?? 'xa');
  if (!unit) throw new Error(`kehoach: no unit kind "${String(options.unit)}" (${UNIT_KINDS.map((u) => u.id).join(', ')})`);
  const kindId = options.kind ?? DEFAULT_KIND;
  if (!documentKinds().some((k) => k.id === kindId)) throw new Error(`kehoach: no document kind "${kindId}" (${documentKinds().map((k) => k.id).join(', ')})`);
  const missing = missingNewPlanOptions(options);
  if (missing.length) throw new Error(`kehoach: a blank plan of a ${unit.id} needs ${missing.join(', ')}`);
  const year = options.year ?? new Date().getFullYear();
  const facts = {
    name: options.name,
    year,
    ...(options.province !== undefined ? { province: options.province } : {}),
    ...(options.parent !== undefined ? { parent: options.parent } : {}),
    ...(options.place !== undefined ? { place: options.place } : {}),
    ...(options.abbreviation !== undefined ? { abbreviation: options.abbreviation } : {}),
  };
  const blank = blankPlan(unit, documentKind(kindId), documentKinds(), facts, options.title ?? `Thực hiện nhiệm vụ ${unit.periodWords(facts)}`);
  const yaml = planToYaml(blank.input, {
    ...(options.schema !== undefined ? { schema: options.schema } : {}),
    header: [`${documentKind(kindId).name} mới của ${blank.input.issuer.name}: sửa các chỗ có chú thích, rồi kiểm tra bằng kehoach validate.`],
    comments: blank.comments,
    flow: blank.flow,
  });
  return { yaml, input: blank.input };
}
