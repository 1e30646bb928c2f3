import { documentNumber, makeDiagnostic, periodYears, placeIn, toPointer, type Diagnostic, type Plan } from '@kehoach/core';
import type { PlanInput } from '@kehoach/schema';
import dayjs from 'dayjs';
import { lowerFirst } from './rewrite-text.js';

/** Options of `rollPlan`. */
export interface RollOptions {
  /** Add the previous plan to the references of the opening. */
  citePrevious?: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function shift(value: unknown, years: number, key = ''): unknown {
  if (typeof value === 'string' && ISO.test(value)) return dayjs(value).add(years, 'year').format('YYYY-MM-DD');
  if (typeof value === 'number' && key === 'year') return value + years;
  if (Array.isArray(value)) return value.map((v) => shift(v, years));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v, years, k)]));
  return value;
}

/**
 * Next year's draft of a plan: the period and the years in the title moved on, every dated window,
 * deadline and fixed report date moved by the same number of years, number and date cleared, and
 * (on request) the previous plan cited. Texts are not rewritten — a year in a sentence may be a
 * law's year — so every date or “năm …” that still names an old year is returned as a warning,
 * to be placed in the new file with `staleYears`.
 */
export function rollPlan(plan: Plan, year: number, options: RollOptions = {}): { input: PlanInput } {
  const src = plan.input;
  const from = src.period.year ?? src.period.from!;
  const delta = year - from;
  const oldYears = periodYears(src.period);
  let title = src.title;
  for (const y of [...oldYears].sort((a, b) => b - a)) title = title.replace(new RegExp(`\\b${y}\\b`, 'g'), String(y + delta));
  const period = Object.fromEntries(Object.entries(src.period).map(([k, v]) => [k, (v as number) + delta])) as PlanInput['period'];
  const { number: _n, date: _d, draft: _dr, ...rest } = src;
  const tasks = shift(src.tasks, delta) as PlanInput['tasks'];
  const implementation = src.implementation
    ? { ...src.implementation, ...(src.implementation.reporting ? { reporting: shift(src.implementation.reporting, delta) as NonNullable<PlanInput['implementation']>['reporting'] } : {}) }
    : undefined;
  const opening = { ...(src.opening ?? {}) };
  const previous = documentNumber(plan);
  if (options.citePrevious) {
    opening.references = [
      {
        id: 'ke-hoach-nam-truoc',
        type: plan.kind === 'cong-van' ? 'Công văn' : 'Kế hoạch',
        ...(previous ? { number: previous } : {}),
        ...(plan.date ? { date: plan.date } : {}),
        issuer: plan.issuer.name,
        subject: `về việc ${lowerFirst(src.title)}`,
      },
      ...(opening.references ?? []),
    ];
  }
  return { input: { ...rest, title, period, tasks, ...(implementation ? { implementation } : {}), opening } };
}

/**
 * Every date (`01/7/2024`) before the new period and every `năm 2025` of the old period still in
 * the text of a rolled plan, as warnings placed in the rolled file.
 */
export function staleYears(rolled: Plan, oldYears: number[]): Diagnostic[] {
  const first = rolled.period.year ?? rolled.period.from!;
  const out: Diagnostic[] = [];
  const visit = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      if (path[0] === 'parent' || path.includes('references')) return;
      const found = [
        ...[...value.matchAll(/\b\d{1,2}\/\d{1,2}\/(\d{4})\b/g)].filter((m) => Number(m[1]) < first && Number(m[1]) >= first - 10).map((m) => m[0]),
        ...[...value.matchAll(/năm (\d{4})\b/g)].filter((m) => oldYears.includes(Number(m[1])) && Number(m[1]) < first).map((m) => m[0]),
      ];
      for (const f of found) out.push(makeDiagnostic('ROLL_STALE_YEAR', placeIn(rolled.source, toPointer(path)), { found: f, year: first }));
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(rolled.input, []);
  return out;
}
