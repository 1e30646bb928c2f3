import type { DayMonth, ReportPeriod } from '@kehoach/core';
import { formatReportDue, formatTime, upperFirst } from '@kehoach/nd30';
import { isoDate, occurrences } from '../concrete-time.js';
import { itemAgency, withinLimits, type DeriveContext } from './context.js';

/** `Báo cáo quý I năm 2025`, `Báo cáo năm 2025`, or a one-off label as written. */
export function reportText(label: string, year: number | undefined): string {
  const base = /^báo cáo/i.test(label) ? label : `Báo cáo ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
  if (year === undefined) return base;
  return / năm$/i.test(base) ? `${base} ${year}` : `${base} năm ${year}`;
}

/** Who receives a report: `Công an tỉnh (qua Phòng PC02)`. */
const receiver = (p: ReportPeriod) => (p.to ? `${p.to.name}${p.via ? ` (qua ${p.via.name})` : ''}` : null);

/** A recurring report (“trước 11 giờ thứ Năm hằng tuần”): one item per occurrence and reporter. */
function recurringReport(ctx: DeriveContext, p: ReportPeriod): void {
  if (ctx.refused) return;
  const words = formatTime(p.time);
  const occ = occurrences(p.time, ctx.years, ctx.bounds, ctx.limits.maxDatesPerDuty);
  if (!withinLimits(ctx, p.ref, `${p.path}/time`, occ.length, occ.length * p.reporters.length)) return;
  for (const o of occ) {
    for (const r of p.reporters) {
      const id = `${ctx.key}/bao-cao/${p.id}/${o.key ?? o.due ?? 'thuong-xuyen'}/${r.id}`;
      const to = receiver(p);
      const text = reportText(p.label, undefined) + (o.label ? ` (${o.label})` : '');
      ctx.items.push({
        id, ref: p.ref, kind: 'report', agency: itemAgency(r), role: 'reporter',
        text: to ? `${text} gửi ${to}` : text, lead: [r.name], support: [], requested: [], start: o.start, due: o.due,
        dueKind: o.dueKind, hour: o.hour, recurrence: p.label, time: words, window: o.window, output: null, to, ongoing: !o.due, status: ctx.status(id, o.due, o.dueKind), source: p.path,
      });
    }
  }
}

/** A report of one reporting year y: its due day and data window in that year (or the year before, or its own fixed year). */
function yearlyReport(ctx: DeriveContext, p: ReportPeriod, y: number): void {
  if (!withinLimits(ctx, p.ref, p.path, 1, p.reporters.length)) return;
  const on = (d: DayMonth) => isoDate(d.previousYear ? y - 1 : d.year ?? y, d.month, d.day);
  const due = p.due ? on(p.due) ?? null : null;
  const from = p.window && on(p.window.from);
  const to = p.window && on(p.window.to);
  const window = from && to ? { from, to } : null;
  const dueKind = p.due ? (p.due.before ? 'before' : 'by') : null;
  const text = reportText(p.label, p.due?.year !== undefined ? undefined : y);
  // The due day as the reporting sentence words it, in this reporting year (`Trước ngày 15/6/2026`).
  const words = p.due ? upperFirst(formatReportDue(p.due, { year: y })) : null;
  for (const r of p.reporters) {
    const id = `${ctx.key}/bao-cao/${p.id}/${p.due?.year !== undefined ? '' : `${y}/`}${r.id}`;
    const receivedBy = receiver(p);
    ctx.items.push({
      id, ref: p.ref, kind: 'report', agency: itemAgency(r), role: 'reporter',
      text: receivedBy ? `${text} gửi ${receivedBy}` : text, lead: [r.name], support: [], requested: [],
      start: null, due, dueKind, hour: null, recurrence: p.label, time: words, window, output: null, to: receivedBy,
      ongoing: false, status: ctx.status(id, due, dueKind), source: p.path,
    });
  }
}

/** Every report item: recurring reports, then year by year the periods of each year in the order of the plan. */
export function reportItems(ctx: DeriveContext): void {
  const reporting = ctx.plan.implementation.reporting;
  for (const p of reporting.filter((x) => x.time)) recurringReport(ctx, p);
  const allYears = [...new Set([...ctx.years, ...reporting.flatMap((p) => (p.due?.year !== undefined ? [p.due.year] : []))])].sort();
  for (const y of allYears) {
    for (const p of reporting) {
      if (p.time) continue;
      if (p.due?.year !== undefined ? p.due.year !== y : !ctx.years.includes(y)) continue;
      yearlyReport(ctx, p, y);
    }
  }
}
