import { CHECKLIST_CODES } from './codes.js';
import { documentKind, documentNumber, formatShortDate, periodYears, placeIn, spokenPeriodRange, type Agency, type DayMonth, type Diagnostic, type Plan, type Task } from '@kehoach/core';
import { parseInline, runsToPlain } from '@kehoach/document';
import type { Checklist, ChecklistItem } from './checklist-model.js';
import { isoDate, occurrences, type Bounds } from './concrete-time.js';
import { statusOf } from './status.js';
import { unitKey } from './unit-key.js';

/** Options of `deriveChecklist`. */
export interface ChecklistOptions {
  /** ISO date to compute statuses against. */
  today?: string;
  /** Keep one agency's items only. */
  agency?: string;
  /** Completion dates by item id (from a tracking system), for the “hoàn thành …” statuses. */
  done?: Record<string, string>;
}

/** The checklist and what was found while deriving it. */
export interface ChecklistResult {
  checklist: Checklist;
  diagnostics: Diagnostic[];
}

/**
 * A key for the plan in item ids: its symbol and first year, and the issuing unit
 * (`kh-ubnd-2025-tuyen-quang-5c1f3a9e`, see `unitKey`): stable when the plan is edited or issued,
 * distinct between units — two communes cloned from one plan no longer share their ids.
 */
export function planKey(plan: Plan): string {
  const first = plan.period.year ?? plan.period.from ?? plan.year;
  const symbol = `${plan.symbol}-${first}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z0-9-]+/g, '-');
  return `${symbol}-${unitKey(plan.issuer)}`;
}

/** `Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang` (or the draft's title). */
export function planCitation(plan: Plan): string {
  const type = documentKind(plan.kind).name;
  const number = documentNumber(plan);
  if (!number || !plan.date) return `Dự thảo ${type.toLowerCase()} ${plan.title} của ${plan.issuer.name}`;
  return `${type} số ${number} ngày ${formatShortDate(plan.date)} của ${plan.issuer.name}`;
}

const names = (list: Agency[]) => list.map((a) => a.name);

/**
 * The first and last day of the plan's period: whole calendar years, a month of a year, or a
 * school year (1 September – 31 May); none when the plan states no period.
 */
export function periodBounds(period: Plan['period']): Bounds {
  if (period.schoolYear !== undefined) return spokenPeriodRange({ schoolYear: period.schoolYear });
  if (period.month !== undefined && period.year !== undefined) return spokenPeriodRange({ year: period.year, month: period.month });
  const years = periodYears(period);
  return years.length ? { from: `${years[0]}-01-01`, to: `${years[years.length - 1]}-12-31` } : undefined;
}

/** `Báo cáo quý I năm 2025`, `Báo cáo năm 2025`, or a one-off label as written. */
export function reportText(label: string, year: number | undefined): string {
  const base = /^báo cáo/i.test(label) ? label : `Báo cáo ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
  if (year === undefined) return base;
  return / năm$/i.test(base) ? `${base} ${year}` : `${base} năm ${year}`;
}
const plain = (paras: string[]) => paras.map((p) => runsToPlain(parseInline(p))).join(' ').replace(/\s+/g, ' ').trim();

/**
 * Derives every agency's dated to-do list from a plan: one item per task and per agency role
 * (lead, coordinating, requested), one per occurrence of a recurring task, and one report item per
 * reporting period, year and reporting agency, addressed to the receiving body.
 * Diagnostics: a recurrence that never falls inside the period (error), a date outside the
 * plan's period (warning). Pure.
 *
 * @example
 * const { checklist } = deriveChecklist(plan, { today: '2025-10-01', agency: 'so-khcn' });
 */
export function deriveChecklist(plan: Plan, options: ChecklistOptions = {}): ChecklistResult {
  const diagnostics: Diagnostic[] = [];
  const key = planKey(plan);
  const bounds = periodBounds(plan.period);
  // A plan with no period (a công văn): its recurrences run in the year of its date.
  const periodYearList = periodYears(plan.period);
  const years = periodYearList.length ? periodYearList : plan.year ? [plan.year] : [];
  const items: ChecklistItem[] = [];
  const status = (id: string, due: string | null, kind: ChecklistItem['dueKind']) =>
    statusOf(due, kind, options.today, options.done?.[id]);

  // Sub-task counts, once: counting them per task was quadratic in the number of tasks.
  const children = new Map<string, number>();
  for (const x of plan.tasks) if (x.parentId !== undefined) children.set(x.parentId, (children.get(x.parentId) ?? 0) + 1);

  // A task split over table rows (parts) has one duty per part, each with its own time and output;
  // the first part keeps the task's item ids.
  const taskItems = (t: Task) =>
    (t.parts ?? [{}]).forEach((p, k) =>
      partItems(t, k ? { ...p, key: `phan-${k + 1}`, timePath: `${t.path}/parts/${k}/time` } : { time: t.time, output: t.output, timePath: `${t.path}/time` }));
  const partItems = (t: Task, part: { time?: Task['time']; output?: string; key?: string; timePath: string }) => {
    const occ = occurrences(part.time, years, bounds);
    if (part.time?.every && !occ.length) {
      diagnostics.push(CHECKLIST_CODES.create('CHECKLIST_RECURRENCE_EMPTY', placeIn(plan.source, part.timePath), {
        ref: t.ref,
        period: years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]),
      }));
    }
    let warned = false;
    for (const o of occ) {
      // The dates of a recurrence are made from the period itself (a report “of the following
      // month” may fall after it): only the dates the plan typed can be stale.
      for (const date of bounds && !o.recurrence ? [o.start, o.due] : []) {
        if (warned) break;
        if (date && (date < bounds!.from || date > bounds!.to)) {
          warned = true;
          diagnostics.push(CHECKLIST_CODES.create('CHECKLIST_DATE_OUTSIDE_PERIOD', placeIn(plan.source, part.timePath), {
            ref: t.ref,
            date: formatShortDate(date),
            from: formatShortDate(bounds!.from),
            to: formatShortDate(bounds!.to),
          }));
          break;
        }
      }
      const roles: Array<[ChecklistItem['role'], Agency | null]> = [
        ...t.lead.map((a) => ['lead', a] as [ChecklistItem['role'], Agency]),
        ...t.support.map((a) => ['support', a] as [ChecklistItem['role'], Agency]),
        ...t.requested.map((a) => ['requested', a] as [ChecklistItem['role'], Agency]),
      ];
      if (!roles.length) roles.push([null, null]);
      const text = plain(t.text) || `(gồm ${children.get(t.id) ?? 0} nội dung con)`;
      for (const [role, agency] of roles) {
        const id = [key, t.id, part.key, o.key, role ?? 'chua-phan-cong', agency?.id].filter(Boolean).join('/');
        items.push({
          id,
          ref: t.ref,
          kind: 'task',
          agency: agency ? { id: agency.id, name: agency.name, shortName: agency.shortName } : null,
          role,
          text,
          lead: names(t.lead),
          support: names(t.support),
          requested: names(t.requested),
          start: o.start,
          due: o.due,
          dueKind: o.dueKind,
          hour: o.hour,
          recurrence: o.recurrence,
          window: o.window,
          output: part.output ?? null,
          to: null,
          ongoing: !o.due,
          status: status(id, o.due, o.dueKind),
          source: t.path,
        });
      }
    }
  };
  plan.tasks.forEach(taskItems);

  // Reports in time order: year by year, the periods of each year in the order of the plan.
  const reporting = plan.implementation.reporting;
  const allYears = [...new Set([...years, ...reporting.flatMap((p) => (p.due?.year !== undefined ? [p.due.year] : []))])].sort();
  // Recurring reports (“trước 11 giờ thứ Năm hằng tuần”): one item per occurrence and reporter.
  for (const p of reporting.filter((x) => x.time)) {
    for (const o of occurrences(p.time, years, bounds)) {
      for (const r of p.reporters) {
        const id = `${key}/bao-cao/${p.id}/${o.key ?? o.due ?? 'thuong-xuyen'}/${r.id}`;
        const to = p.to ? `${p.to.name}${p.via ? ` (qua ${p.via.name})` : ''}` : null;
        const text = reportText(p.label, undefined) + (o.label ? ` (${o.label})` : '');
        items.push({
          id, ref: p.ref, kind: 'report', agency: { id: r.id, name: r.name, shortName: r.shortName }, role: 'reporter',
          text: to ? `${text} gửi ${to}` : text, lead: [r.name], support: [], requested: [], start: o.start, due: o.due,
          dueKind: o.dueKind, hour: o.hour, recurrence: p.label, window: o.window, output: null, to, ongoing: !o.due, status: status(id, o.due, o.dueKind), source: p.path,
        });
      }
    }
  }
  for (const y of allYears) {
    for (const p of reporting) {
      if (p.time) continue;
      if (p.due?.year !== undefined ? p.due.year !== y : !years.includes(y)) continue;
      // A day of the reporting year y (or of the previous year, or of its own fixed year).
      const on = (d: DayMonth) => isoDate(d.previousYear ? y - 1 : d.year ?? y, d.month, d.day);
      const due = p.due ? on(p.due) ?? null : null;
      const from = p.window && on(p.window.from);
      const to = p.window && on(p.window.to);
      const window = from && to ? { from, to } : null;
      const dueKind = p.due ? (p.due.before ? 'before' : 'by') : null;
      const text = reportText(p.label, p.due?.year !== undefined ? undefined : y);
      for (const r of p.reporters) {
        const id = `${key}/bao-cao/${p.id}/${p.due?.year !== undefined ? '' : `${y}/`}${r.id}`;
        const to = p.to ? `${p.to.name}${p.via ? ` (qua ${p.via.name})` : ''}` : null;
        items.push({
          id,
          ref: p.ref,
          kind: 'report',
          agency: { id: r.id, name: r.name, shortName: r.shortName },
          role: 'reporter',
          text: to ? `${text} gửi ${to}` : text,
          lead: [r.name],
          support: [],
          requested: [],
          start: null,
          due,
          dueKind,
          hour: null,
          recurrence: p.label,
          window,
          output: null,
          to,
          ongoing: false,
          status: status(id, due, dueKind),
          source: p.path,
        });
      }
    }
  }

  const kept = options.agency ? items.filter((i) => i.agency?.id === options.agency) : items;
  return {
    checklist: {
      plan: {
        number: plan.number ?? null,
        symbol: plan.symbol,
        date: plan.date ?? null,
        title: plan.title,
        issuer: plan.issuer.name,
        citation: planCitation(plan),
        period: bounds ?? null,
      },
      today: options.today ?? null,
      items: kept,
    },
    diagnostics,
  };
}
