import { CLONE_CODES } from './codes.js';
import { documentKind, documentNumber, periodYears, placeIn, toPointer, type Diagnostic, type Plan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import dayjs from 'dayjs';
import { lowerFirst } from './rewrite-text.js';
import { renameUnit, successionOf, type Succession } from './roll-units.js';
import type { UnitRegistry } from '@kehoach/units';

/** Options of `rollPlan`. */
export interface RollOptions {
  /** Add the previous plan to the references of the opening. */
  citePrevious?: boolean;
  /**
   * The units registry (`loadUnits()` of `@kehoach/units`): a commune's plan rolled from before
   * 1 July 2025 to after it names the commune's successor (`succession` says which).
   */
  units?: UnitRegistry;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Keys whose values are not the plan's own dates: cited documents and provenance keep theirs. */
const KEEP = new Set(['references', 'origin', 'parent', 'baselineYear']);

function shift(value: unknown, years: number, key = ''): unknown {
  if (typeof value === 'string' && ISO.test(value)) return dayjs(value).add(years, 'year').format('YYYY-MM-DD');
  if (typeof value === 'number' && (key === 'year' || key === 'schoolYear')) return value + years;
  if (Array.isArray(value)) return value.map((v) => shift(v, years));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, KEEP.has(k) ? v : shift(v, years, k)]));
  return value;
}

/**
 * A year of the plan's own period in a title, moved on — but not a year inside a date
 * (`ngày 04/01/2026`) or a document number (`12/2026/NĐ-CP`), which belong to cited documents.
 */
export function rollTitle(title: string, oldYears: number[], delta: number): string {
  let out = title;
  for (const y of [...oldYears].sort((a, b) => b - a)) out = out.replace(new RegExp(`(?<![/\\d.])${y}(?![/\\d])`, 'g'), String(y + delta));
  return out;
}

/**
 * Next year's draft of a plan: the period and the years in the title moved on, every dated window,
 * deadline and fixed report date moved by the same number of years, number and date cleared,
 * (on request) the previous plan cited, and (given the units registry) a commune that no longer
 * exists renamed its successor. Texts are not rewritten — a year in a sentence may be a
 * law's year — so every date or “năm …” that still names an old year is returned as a warning,
 * to be placed in the new file with `staleYears`.
 */
export function rollPlan(plan: Plan, year: number, options: RollOptions = {}): { input: PlanInput; succession?: Succession } {
  const src = plan.input;
  const p = src.period ?? {};
  const from = p.year ?? p.from ?? p.schoolYear ?? plan.year;
  const delta = year - from;
  const oldYears = periodYears(p);
  const title = rollTitle(src.title, oldYears.length ? oldYears : [from], delta);
  const period = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, k === 'month' ? v : (v as number) + delta])) as PlanInput['period'];
  const { number: _n, date: _d, draft: _dr, ...rest } = src;
  const body = shift(src.body, delta) as PlanInput['body'];
  const appendices = src.appendices ? (shift(src.appendices, delta) as PlanInput['appendices']) : undefined;
  const opening = { ...(src.opening ?? {}) };
  const previous = documentNumber(plan);
  if (options.citePrevious) {
    const cite = {
      id: 'ke-hoach-nam-truoc',
      type: documentKind(plan.kind).name,
      ...(previous ? { number: previous } : {}),
      ...(plan.date ? { date: plan.date } : {}),
      issuer: plan.issuer.name,
      subject: `về việc ${lowerFirst(src.title)}`,
    };
    const bases = [...(opening.bases ?? [])];
    if (bases.length) bases[bases.length - 1] = { ...bases[bases.length - 1]!, references: [cite, ...(bases[bases.length - 1]!.references ?? [])] };
    else bases.push({ lead: 'Thực hiện', references: [cite] });
    opening.bases = bases;
  }
  const input: PlanInput = { ...rest, title, ...(src.period ? { period } : {}), body, ...(appendices ? { appendices } : {}), opening };
  const succession = options.units ? successionOf(plan, year, options.units) : undefined;
  if (!succession) return { input };
  return { input: succession.successor ? renameUnit(input, succession) : input, succession };
}

/**
 * Every date (`01/7/2024`) before the new period and every `năm 2025` of the old period still in
 * the text of a rolled plan, as warnings placed in the rolled file.
 */
export function staleYears(rolled: Plan, oldYears: number[]): Diagnostic[] {
  const first = rolled.period.year ?? rolled.period.from ?? rolled.period.schoolYear ?? rolled.year;
  const out: Diagnostic[] = [];
  const visit = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      if (path[0] === 'parent' || path.includes('references')) return;
      const found = [
        // A date right after a document number (“Chỉ thị số 11-CT/TU ngày 04/01/2026”) is the cited
        // document's own: not stale.
        ...[...value.matchAll(/\b\d{1,2}\/\d{1,2}\/(\d{4})\b/g)]
          .filter((m) => Number(m[1]) < first && Number(m[1]) >= first - 10 && !/số\s+\S+\s+ngày\s*$/u.test(value.slice(Math.max(0, m.index! - 60), m.index)))
          .map((m) => m[0]),
        // “năm 2025”, “quý II/2025”, “quí I/2025”, “tháng 5/2025”, “năm học 2024 - 2025” of the old period.
        ...[...value.matchAll(/(?:năm học (\d{4})\s*[-–]\s*\d{4}|năm (\d{4})|qu[ýí] [IV]+\/(\d{4})|tháng \d{1,2}\/(\d{4}))(?!\d)/giu)]
          .filter((m) => {
            const y = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
            return oldYears.includes(y) && y < first;
          })
          .map((m) => m[0]),
      ];
      for (const f of found) out.push(CLONE_CODES.create('ROLL_STALE_YEAR', placeIn(rolled.source, toPointer(path)), { found: f, year: first }));
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(rolled.input, []);
  return out;
}
