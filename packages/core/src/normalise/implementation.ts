import type { DayMonthInput, FactsInput, ReportPeriodInput } from '@kehoach/schema';
import type { FoundFacts } from '../build-body.js';
import { refList } from '../check-plan.js';
import type { Agency, DayMonth, Plan, ReportPeriod } from '../model.js';
import { slugify } from '../slug.js';
import { paragraphs } from '../text-paragraphs.js';
import type { AgencyTable } from './agencies.js';

function dayMonth(d: DayMonthInput): DayMonth {
  return {
    day: d.day,
    month: d.month,
    ...(d.year !== undefined ? { year: d.year } : {}),
    previousYear: d.previousYear ?? false,
    before: d.before ?? true,
  };
}

/** One report period as data: its id (given, or from its label), days, reporters and receiver (the period's, or the schedule's). */
function reportPeriod(p: ReportPeriodInput, i: number, f: FoundFacts, schedule: NonNullable<FactsInput['reporting']>, table: AgencyTable, count: number): ReportPeriod {
  const to = table.one(p.to ?? schedule.to);
  const via = table.one(schedule.via);
  return {
    id: p.id ?? (slugify(p.label) || `ky-${count + 1}`),
    label: p.label,
    path: `${f.path}/facts/reporting/periods/${i}`,
    ref: f.node.ref,
    ...(p.window ? { window: { from: dayMonth(p.window.from), to: dayMonth(p.window.to) } } : {}),
    ...(p.due ? { due: dayMonth(p.due) } : {}),
    ...(p.time ? { time: p.time } : {}),
    reporters: table.resolve(refList(p.reporters ?? schedule.reporters)),
    ...(to ? { to } : {}),
    ...(via ? { via } : {}),
  };
}

/** Implementation facts, wherever the plan states them: the first focal agency, all own plans, every report period, funding, contacts. */
export function gatherImplementation(facts: readonly FoundFacts[], table: AgencyTable): Plan['implementation'] {
  let focalAgency: Agency | undefined;
  const ownPlans: Agency[] = [];
  let ownPlansTime: Plan['implementation']['ownPlansTime'];
  const reporting: ReportPeriod[] = [];
  const funding: string[] = [];
  const contacts: string[] = [];
  for (const f of facts) {
    const x = f.facts;
    focalAgency ??= table.one(x.focalAgency);
    if (x.ownPlans !== undefined) {
      const own = typeof x.ownPlans === 'object' && !Array.isArray(x.ownPlans) ? x.ownPlans : { agencies: x.ownPlans };
      for (const a of table.resolve(refList(own.agencies))) if (!ownPlans.includes(a)) ownPlans.push(a);
      if ('time' in own && own.time) ownPlansTime ??= own.time;
    }
    funding.push(...paragraphs(x.funding));
    contacts.push(...paragraphs(x.contacts));
    const r = x.reporting;
    (r?.periods ?? []).forEach((p, i) => reporting.push(reportPeriod(p, i, f, r!, table, reporting.length)));
  }
  return { ...(focalAgency ? { focalAgency } : {}), ownPlans, ...(ownPlansTime ? { ownPlansTime } : {}), reporting, funding, contacts };
}
