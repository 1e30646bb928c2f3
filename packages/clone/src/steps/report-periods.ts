import type { Agency, DayMonth } from '@kehoach/core';
import type { AgencyInput, ReportPeriodInput } from '@kehoach/schema';
import type { CloneContext } from './context.js';

/** The reports the unit owes upwards, and the higher bodies they go to (declared in the child as they are). */
export interface UnitReports {
  periods: ReportPeriodInput[];
  externals: Record<string, AgencyInput>;
}

function dayMonth(d: DayMonth): NonNullable<ReportPeriodInput['due']> {
  return { day: d.day, month: d.month, ...(d.year !== undefined ? { year: d.year } : {}), ...(d.previousYear ? { previousYear: true } : {}), ...(!d.before ? { before: false } : {}) };
}

/**
 * The parent's report periods in which the lower units themselves report (“UBND xã, phường”, “UBND
 * các huyện” → the unit). A report of the higher focal agency (Công an tỉnh → Bộ Công an) is not the
 * commune's, even though Công an tỉnh maps to Công an xã.
 */
export function unitReports(ctx: CloneContext): UnitReports {
  const externals: Record<string, AgencyInput> = {};
  const external = (a: Agency | undefined) => {
    if (!a) return undefined;
    externals[a.id] = { name: a.name, ...(a.shortName !== a.name ? { shortName: a.shortName } : {}), ...(a.level ? { level: a.level } : {}), kind: a.kind };
    return a.id;
  };
  const periods: ReportPeriodInput[] = [];
  for (const p of ctx.parent.implementation.reporting) {
    if (!p.reporters.some((r) => ctx.target(r) === ctx.self)) continue;
    const to = external(p.to);
    periods.push({
      id: p.id,
      label: p.label,
      ...(p.window ? { window: { from: dayMonth(p.window.from), to: dayMonth(p.window.to) } } : {}),
      ...(p.due ? { due: dayMonth(p.due) } : {}),
      reporters: ctx.self,
      ...(to ? { to } : {}),
    });
  }
  return { periods, externals };
}
