import { citeShort as shortCitation, formatCitation } from '@kehoach/nd30';
import type { BasisInput, DayMonthInput, HeaderBodyInput, OpeningInput, PlanInput, ReferenceInput, SignatureInput } from '@kehoach/schema';
import { buildBlocks, buildBody, type BodyContext, type FoundFacts } from './build-body.js';
import { refList } from './check-plan.js';
import { DEFAULT_KIND, documentKind } from './kinds/registry.js';
import type { Agency, DayMonth, OutlineNode, Plan, Reference, ReportPeriod, Task } from './model.js';
import { assignNumbers, childStyle } from './numbering.js';
import { slugify } from './slug.js';
import { paragraphs } from './text-paragraphs.js';

/**
 * The full citation of a reference, each type family in its own form (@kehoach/nd30): `Quyết định số
 * 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về …`, `Luật Phòng cháy, chữa cháy ngày 29 tháng
 * 11 năm 2024`.
 */
export function citeReference(r: ReferenceInput): string {
  return formatCitation(r);
}

/** The short citation used after the first: `Quyết định số 193/QĐ-TTg`. */
export function citeShort(r: ReferenceInput): string {
  return shortCitation(r);
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
  for (const t of n.tableTasks ?? []) t.task.ref = `${n.ref}.${t.local}`;
  n.children.forEach(setTaskRefs);
}

function basisParagraphs(b: BasisInput): string[] {
  const lead = b.lead ?? 'Căn cứ';
  const refs = (b.references ?? []).map((r) => (r.prefix ? `${r.prefix} ${citeReference(r)}` : citeReference(r)));
  const tail = b.text ? ` ${b.text}` : '';
  if (!refs.length) return [(b.text ?? lead).normalize('NFC')];
  if (b.each) return refs.map((r, i) => `${lead} ${r}${i === refs.length - 1 ? tail : ';'}`.normalize('NFC'));
  return [`${lead} ${refs.join(b.separator ?? '; ')}${tail}`.normalize('NFC')];
}

/** The opening paragraphs after the situation: each basis paragraph, then the enacting formula. */
function openingParagraphs(o: OpeningInput): string[] {
  if (o.text) return paragraphs(o.text);
  const out = (o.bases ?? []).flatMap(basisParagraphs);
  // A basis paragraph followed by another opening paragraph ends with “;” (Căn cứ …; / Thực hiện …;),
  // unless its own text ends with punctuation; the last one before a joined formula is left as it is.
  const last = o.closing !== undefined && o.joinClosing === undefined ? out.length : out.length - 1;
  for (let i = 0; i < last; i++) if (!/[.;:,!?]$/.test(out[i]!)) out[i] += ';';
  if (o.closing !== undefined) {
    if (o.joinClosing !== undefined && out.length) out[out.length - 1] = (out[out.length - 1] + o.joinClosing + o.closing).normalize('NFC');
    else out.push(o.closing.normalize('NFC'));
  }
  return out;
}

/**
 * Turns schema-valid, checked input (v2) into the normalised `Plan`: agencies resolved, defaults
 * filled, citations composed, every number and reference computed; tasks collected from every
 * task block and task table of the body and the appendices; implementation facts gathered from
 * wherever the plan states them. Pure; assumes `checkPlan` found no errors.
 */
export function normalise(input: PlanInput, source: Plan['source'] = { file: 'plan.yaml', map: {} }): Plan {
  const agencies: Record<string, Agency> = Object.create(null);
  for (const [id, a] of Object.entries(input.agencies)) {
    if (!a) continue;
    agencies[id] = {
      id,
      name: a.name.normalize('NFC'),
      shortName: (a.shortName ?? a.name).normalize('NFC'),
      ...(a.level ? { level: a.level } : {}),
      kind: a.kind ?? 'khac',
      aliases: a.aliases ?? [],
      ...(a.role ? { role: a.role } : {}),
      ...(a.of ? { of: a.of } : {}),
    } as Agency;
  }
  const resolve = (ids: string[]) => ids.filter((id) => Object.hasOwn(agencies, id)).map((id) => agencies[id]!);
  const one = (id: string | undefined) => (id !== undefined && Object.hasOwn(agencies, id) ? agencies[id] : undefined);

  const kind = input.kind ?? DEFAULT_KIND;
  const period = input.period ?? {};
  const draft = input.draft === true || input.number === undefined || input.date === undefined;
  const year = input.date ? Number(input.date.slice(0, 4)) : input.draftDate?.year ?? period.year ?? period.from ?? period.schoolYear ?? 0;

  const o = input.opening ?? {};
  const references: Reference[] = (o.bases ?? []).flatMap((b) => b.references ?? []).map((r) => ({ ...r, citation: citeReference(r) }));
  const cited: Reference[] = [...references, ...(input.references ?? []).map((r) => ({ ...r, citation: citeReference(r) }))];
  const byRef = new Map(cited.filter((r) => r.id).map((r) => [r.id!, citeShort(r)]));

  const list: Task[] = [];
  const facts: FoundFacts[] = [];
  const info = documentKind(kind);
  const ctx: BodyContext = {
    resolve,
    list,
    numbering: input.numbering ?? {},
    bodyShape: info.body,
    facts,
    citeShort: (id) => byRef.get(id),
    blocks: (items, style, path, depth) => buildBlocks(items, style, path, depth, ctx),
  };
  const sections = buildBody(input.body, ctx);
  assignNumbers({ label: '', ref: '', children: sections });
  sections.forEach(setTaskRefs);

  const appendices = (input.appendices ?? []).map((a, i) => {
    const ref = `PL${i + 1}`;
    const items = buildBlocks(a.items, a.itemStyle ?? childStyle('roman'), ['appendices', i, 'items'], 1, ctx);
    assignNumbers({ label: '', ref, children: items });
    items.forEach(setTaskRefs);
    return { title: a.title, paragraphs: paragraphs(a.text), items, landscape: a.landscape ?? false, ref, path: `/appendices/${i}`, ...(a.attachedLead ? { attachedLead: a.attachedLead } : {}) };
  });

  // Implementation facts, wherever stated: the first focal agency, all own plans, every report period.
  let focalAgency: Agency | undefined;
  const ownPlans: Agency[] = [];
  let ownPlansTime: Plan['implementation']['ownPlansTime'];
  const reporting: ReportPeriod[] = [];
  const funding: string[] = [];
  const contacts: string[] = [];
  for (const f of facts) {
    const x = f.facts;
    focalAgency ??= one(x.focalAgency);
    if (x.ownPlans !== undefined) {
      const own = typeof x.ownPlans === 'object' && !Array.isArray(x.ownPlans) ? x.ownPlans : { agencies: x.ownPlans };
      for (const a of resolve(refList(own.agencies))) if (!ownPlans.includes(a)) ownPlans.push(a);
      if ('time' in own && own.time) ownPlansTime ??= own.time;
    }
    funding.push(...paragraphs(x.funding));
    contacts.push(...paragraphs(x.contacts));
    const r = x.reporting;
    (r?.periods ?? []).forEach((p, i) => {
      reporting.push({
        id: p.id ?? (slugify(p.label) || `ky-${reporting.length + 1}`),
        label: p.label,
        path: `${f.path}/facts/reporting/periods/${i}`,
        ref: f.node.ref,
        ...(p.window ? { window: { from: dayMonth(p.window.from), to: dayMonth(p.window.to) } } : {}),
        ...(p.due ? { due: dayMonth(p.due) } : {}),
        ...(p.time ? { time: p.time } : {}),
        reporters: resolve(refList(p.reporters ?? r?.reporters)),
        ...(one(p.to ?? r?.to) ? { to: one(p.to ?? r?.to)! } : {}),
        ...(one(r?.via) ? { via: one(r?.via)! } : {}),
      });
    });
  }

  const firstBlock = findTaskBlock(input);
  const signatures: SignatureInput[] = input.signature === undefined ? [] : Array.isArray(input.signature) ? input.signature : [input.signature];

  const plan: Plan = {
    kind,
    issuer: {
      name: input.issuer.name,
      headerLines: headerLines(input.issuer),
      abbreviation: input.issuer.abbreviation,
      place: input.issuer.place,
      ...(input.issuer.authority ? { authority: input.issuer.authority } : {}),
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
    symbol: input.symbol ?? (info.symbolPrefix ? `${info.symbolPrefix}-${input.issuer.abbreviation}` : input.issuer.abbreviation),
    ...(input.date !== undefined && !draft ? { date: input.date } : {}),
    draft,
    ...(input.draftDate && draft ? { draftDate: input.draftDate } : {}),
    ...(input.typeLine ?? info.header.typeLine ? { typeLine: input.typeLine ?? info.header.typeLine } : {}),
    references: cited,
    year,
    title: input.title.normalize('NFC'),
    period,
    ...(input.scope ? { scope: input.scope } : {}),
    addressees: input.addressees ?? [],
    agencies,
    opening: { situation: paragraphs(o.situation), paragraphs: openingParagraphs(o), references },
    sections,
    tasks: list,
    taskLayout: firstBlock?.layout ?? 'by-theme',
    implementation: {
      ...(focalAgency ? { focalAgency } : {}),
      ownPlans,
      ...(ownPlansTime ? { ownPlansTime } : {}),
      reporting,
      funding,
      contacts,
    },
    signatures,
    ...(input.recipients
      ? {
          recipients: {
            to: input.recipients.to.map((x) => ({
              name: x.name ?? (x.agency ? one(x.agency)?.name ?? x.agency : ''),
              ...(x.purpose ? { purpose: x.purpose } : {}),
              ...(one(x.agency) ? { agency: one(x.agency)! } : {}),
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

/** The first task block of the body (what `relayout` rearranges), with its pointer. */
export function findTaskBlock(input: PlanInput): (import('@kehoach/schema').TaskBlockInput & { pointer: string }) | undefined {
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string): (import('@kehoach/schema').TaskBlockInput & { pointer: string }) | undefined => {
    if (!v || typeof v !== 'object' || seen.has(v)) return undefined;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const hit = walk(v[i], `${path}/${i}`);
        if (hit) return hit;
      }
      return undefined;
    }
    const o = v as Record<string, unknown>;
    if (o.tasks && typeof o.tasks === 'object' && !Array.isArray(o.tasks) && !('id' in o)) {
      return { ...(o.tasks as import('@kehoach/schema').TaskBlockInput), pointer: `${path}/tasks` };
    }
    for (const k of ['sections', 'items']) {
      const hit = walk(o[k], `${path}/${k}`);
      if (hit) return hit;
    }
    return undefined;
  };
  return walk(input.body, '/body');
}
