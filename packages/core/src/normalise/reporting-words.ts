import { findNamedDays, findTimes, formatReporting, type ReportWords, type ReportYears } from '@kehoach/nd30';
import type { FactsInput, PlanInput, ReportPeriodInput } from '@kehoach/schema';
import type { FoundFacts } from '../build-body.js';
import { refList } from '../check-plan.js';
import { pointerSegments } from '../locate.js';
import type { OutlineNode } from '../model.js';
import { node } from '../outline-node.js';
import { periodYears } from '../plan-facts.js';
import type { AgencyTable } from './agencies.js';

type Schedule = NonNullable<FactsInput['reporting']>;

/** Every paragraph of a node and of the nodes under it: the words of the part of the plan that states the facts. */
function wordsOf(n: OutlineNode): string[] {
  return [...(n.title ? [n.title] : []), ...n.paragraphs, ...n.children.flatMap(wordsOf), ...n.trailer];
}

/** Which year a report's day without a year of its own belongs to: the plan's one year, every year of several, or the year of its date. */
export function reportYears(input: Pick<PlanInput, 'period' | 'date'>): ReportYears {
  const years = periodYears(input.period);
  if (years.length > 1) return { everyYear: true };
  const year = years[0] ?? (input.date ? Number(input.date.slice(0, 4)) : undefined);
  return year === undefined ? {} : { year };
}

/**
 * True when the words of the part already state a report: they speak of reporting and name its due
 * day (`15/6`, `10/12/2026`, or the day alone, `trước ngày 16`), its time (`trước ngày 25 hằng tháng`),
 * or — a report with neither — it at all (`Định kỳ hằng quý, 06 tháng, 01 năm báo cáo …`).
 */
function stated(p: ReportPeriodInput, words: string, year: number | undefined): boolean {
  if (!/báo cáo/iu.test(words)) return false;
  const days = findNamedDays(words);
  const names = (day: number, month?: number) => days.some((d) => d.day === day && (d.month === undefined || month === undefined || d.month === month));
  if (p.due) return names(p.due.day, p.due.month);
  if (p.time) {
    const key = JSON.stringify(p.time);
    return findTimes(words, year === undefined ? {} : { year }).some((m) => JSON.stringify(m.time) === key) || (p.time.day !== undefined && names(p.time.day));
  }
  return true;
}

/**
 * True when the words give a reporting day that is none of the schedule's (its due days, its windows'
 * bounds): they say another date than the data, which `reporting-text-mismatch` reports — printing the
 * data's beside it would put two dates on paper.
 */
function otherDays(schedule: Schedule, words: string): boolean {
  const known = schedule.periods.flatMap((p) => [p.due, p.window?.from, p.window?.to]).filter((d) => d !== undefined);
  const sentences = words.match(/[^.;\n]*báo cáo[^.;\n]*/giu) ?? [];
  return sentences.some((s) => findNamedDays(s).some((d) => d.month !== undefined && !known.some((k) => k.day === d.day && k.month === d.month)));
}

/** The reports of one schedule the words do not state, in sentences: one per set of reporters, receiver and intermediary. */
function sentences(schedule: Schedule, words: string, table: AgencyTable, years: ReportYears): string[] {
  if (otherDays(schedule, words)) return [];
  const year = 'year' in years ? years.year : undefined;
  const groups = new Map<string, { reporters: string[]; to?: string; via?: string; reports: ReportWords[] }>();
  for (const p of schedule.periods) {
    if (stated(p, words, year)) continue;
    const reporters = table.resolve(refList(p.reporters ?? schedule.reporters));
    const to = table.one(p.to ?? schedule.to);
    const via = table.one(schedule.via);
    const key = JSON.stringify([reporters.map((a) => a.id), to?.id, via?.id]);
    const g = groups.get(key) ?? { reporters: reporters.map((a) => a.name), ...(to ? { to: to.name } : {}), ...(via ? { via: via.name } : {}), reports: [] };
    g.reports.push({ label: p.label, ...(p.due ? { due: p.due } : {}), ...(p.window ? { window: p.window } : {}), ...(p.time ? { time: p.time } : {}) });
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => formatReporting(g, years));
}

/**
 * Prints the reporting duties the plan gives as data (`facts.reporting`) and the words of the part
 * that states them do not, as that part's sentences in the Nghị định 30 wording of @kehoach/nd30
 * (`Các cơ quan, đơn vị báo cáo kết quả thực hiện 6 tháng về Công an tỉnh trước ngày 15/6 hằng
 * năm.`): a paragraph of its own, or its last item when the part has items. Nothing a recipient must
 * know lives only in the checklist.
 */
export function printReporting(found: readonly FoundFacts[], table: AgencyTable, input: Pick<PlanInput, 'period' | 'date'>): void {
  const years = reportYears(input);
  for (const f of found) {
    const schedule = f.facts.reporting;
    if (!schedule?.periods.length) continue;
    const lines = sentences(schedule, wordsOf(f.node).join('\n'), table, years);
    if (!lines.length) continue;
    if (!f.node.children.length) {
      f.node.paragraphs.push(...lines);
      continue;
    }
    const style = f.node.children[f.node.children.length - 1]!.style;
    const at = [...pointerSegments(f.path), 'facts', 'reporting'];
    f.node.children.push(...lines.map((l) => node('item', style === 'part' || style === 'roman' || style === 'article' ? 'plain' : style, at, { paragraphs: [l], role: 'reporting' })));
  }
}
