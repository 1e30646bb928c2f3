import type { DayMonthInput, HeaderBodyInput, PlanInput, ReferenceInput } from '@kehoach/schema';
import { buildGoals, buildImplementation, buildItems, buildTasks } from './build-outline.js';
import { refList } from './check-plan.js';
import { formatShortDate } from './format-date.js';
import type { Agency, DayMonth, OutlineNode, Plan, Reference, ReportPeriod } from './model.js';
import { assignNumbers } from './numbering.js';
import { slugify } from './slug.js';
import { paragraphs } from './text-paragraphs.js';

/** The full citation of a reference: `Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về …`. */
export function citeReference(r: ReferenceInput): string {
  let s = r.type;
  if (r.number) s += ` số ${r.number}`;
  if (r.date) s += ` ngày ${formatShortDate(r.date)}`;
  if (r.issuer) s += ` của ${r.issuer}`;
  if (r.subject) s += ` ${r.subject}`;
  return s.normalize('NFC');
}

function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

function headerLines(b: HeaderBodyInput): string[] {
  return b.headerLines ?? [upper(b.name)];
}

function dayMonth(d: DayMonthInput): DayMonth {
  return {
    day: d.day,
    month: d.month,
    ...(d.year !== undefined ? { year: d.year } : {}),
    previousYear: d.previousYear ?? false,
    before: d.before ?? true,
  };
}

function setTaskRefs(n: OutlineNode): void {
  if (n.task) n.task.ref = n.ref;
  n.children.forEach(setTaskRefs);
}

/**
 * Turns schema-valid, checked input into the normalised `Plan`: agencies resolved,
 * defaults filled, citations composed, every number and reference computed.
 * Pure; assumes `checkPlan` found no errors.
 */
export function normalise(input: PlanInput, source: Plan['source'] = { file: 'plan.yaml', map: {} }): Plan {
  const agencies: Record<string, Agency> = {};
  for (const [id, a] of Object.entries(input.agencies)) {
    agencies[id] = {
      id,
      name: a.name.normalize('NFC'),
      shortName: (a.shortName ?? a.name).normalize('NFC'),
      level: a.level,
      kind: a.kind ?? 'khac',
      aliases: a.aliases ?? [],
    };
  }
  const resolve = (ids: string[]) => ids.map((id) => agencies[id]!).filter(Boolean);
  const one = (id: string | undefined) => (id === undefined ? undefined : agencies[id]);

  const kind = input.kind ?? 'ke-hoach';
  const draft = input.draft === true || input.number === undefined || input.date === undefined;
  const year = input.date ? Number(input.date.slice(0, 4)) : input.period.year ?? input.period.from ?? 0;

  const o = input.opening ?? {};
  const references: Reference[] = (o.references ?? []).map((r) => ({ ...r, citation: citeReference(r) }));
  const openingParas: string[] = [];
  if (o.text) openingParas.push(...paragraphs(o.text));
  else if (references.length || o.closing) {
    const refs = references.map((r) => (r.prefix ? `${r.prefix} ${r.citation}` : r.citation)).join('; ');
    const head = refs ? `${o.lead ?? 'Thực hiện'} ${refs}` : '';
    const closing = o.closing ?? '';
    openingParas.push((head && closing ? head + (o.separator ?? ', ') + closing : head + closing).normalize('NFC'));
  }

  const sections: OutlineNode[] = [];
  if (input.goals) sections.push(buildGoals(input.goals));
  const built = buildTasks(input.tasks, resolve);
  sections.push(built.section);
  if (input.implementation) sections.push(buildImplementation(input.implementation));
  const root = { label: '', ref: '', children: sections };
  assignNumbers(root);
  sections.forEach(setTaskRefs);

  const appendices = (input.appendices ?? []).map((a, i) => {
    const items = buildItems(a.items, 'number', ['appendices', i, 'items']);
    assignNumbers({ label: '', ref: `PL${i + 1}`, children: items });
    return { title: a.title, paragraphs: paragraphs(a.text), items, landscape: a.landscape ?? false };
  });

  const impl = input.implementation;
  const r = impl?.reporting;
  const reporting: ReportPeriod[] = (r?.periods ?? []).map((p, i) => ({
    id: p.id ?? (slugify(p.label) || `ky-${i + 1}`),
    label: p.label,
    path: `/implementation/reporting/periods/${i}`,
    ...(p.window ? { window: { from: dayMonth(p.window.from), to: dayMonth(p.window.to) } } : {}),
    ...(p.due ? { due: dayMonth(p.due) } : {}),
    reporters: resolve(refList(p.reporters ?? r?.reporters)),
    ...(one(p.to ?? r?.to) ? { to: one(p.to ?? r?.to)! } : {}),
    ...(one(r?.via) ? { via: one(r?.via)! } : {}),
  }));

  const plan: Plan = {
    kind,
    issuer: {
      name: input.issuer.name,
      headerLines: headerLines(input.issuer),
      abbreviation: input.issuer.abbreviation,
      place: input.issuer.place,
      ...(one(input.issuer.agency) ? { agency: one(input.issuer.agency)! } : {}),
      ...(input.issuer.parent
        ? {
            parent: {
              name: input.issuer.parent.name,
              headerLines: headerLines(input.issuer.parent),
              ...(one(input.issuer.parent.agency) ? { agency: one(input.issuer.parent.agency)! } : {}),
            },
          }
        : {}),
    },
    ...(input.number !== undefined && !draft ? { number: input.number } : {}),
    symbol: input.symbol ?? `KH-${input.issuer.abbreviation}`,
    ...(input.date !== undefined && !draft ? { date: input.date } : {}),
    draft,
    year,
    title: input.title.normalize('NFC'),
    period: input.period,
    ...(input.scope ? { scope: input.scope } : {}),
    addressees: input.addressees ?? [],
    agencies,
    opening: { situation: paragraphs(o.situation), paragraphs: openingParas, references },
    sections,
    tasks: built.list,
    taskLayout: input.tasks.layout ?? 'by-theme',
    implementation: {
      ...(one(impl?.focalAgency) ? { focalAgency: one(impl?.focalAgency)! } : {}),
      ownPlans: resolve(refList(impl?.ownPlans)),
      reporting,
      funding: paragraphs(impl?.funding),
      contacts: paragraphs(impl?.contacts),
    },
    ...(input.signature ? { signature: input.signature } : {}),
    ...(input.recipients
      ? {
          recipients: {
            to: input.recipients.to.map((x) => ({
              name: x.name ?? (x.agency ? agencies[x.agency]?.name ?? x.agency : ''),
              ...(x.purpose ? { purpose: x.purpose } : {}),
            })),
            archive: input.recipients.archive,
          },
        }
      : {}),
    appendices,
    ...(input.parent ? { parent: input.parent } : {}),
    input,
    source,
  };
  return plan;
}
