import { CLONE_CODES } from './codes.js';
import { capitalise, documentKind, documentNumber, findTaskBlock, placeIn, slugify, valueAt, type Agency, type Diagnostic, type OutlineNode, type Plan, type Task } from '@kehoach/core';
import type { AgencyInput, PlanInput, ReportPeriodInput, SectionInput, SignatureInput, TaskGroupInput, TaskInput } from '@kehoach/schema';
import { COMMUNE_AGENCIES, defaultTarget } from './default-map.js';
import { shortHash } from './hash.js';
import { cachedTaskHashes, planDuties, planHash } from './parent-facts.js';
import type { UnitProfile } from './load-unit.js';
import { lowerFirst, rewrite, rewriteDeep, rewriteText, type Replacements } from './rewrite-text.js';

const LEVELS = ['trung-uong', 'tinh', 'huyen', 'xa', 'thon'];

/** The child plan and what cloning found. */
export interface CloneResult {
  input?: PlanInput;
  diagnostics: Diagnostic[];
  /** Parent task ids carried into the child (with `text:` duties), those left with the higher level, and those whose agencies could not be told. */
  carried: string[];
  left: string[];
  unclassified: string[];
}

function taskInput(plan: Plan, t: Task): TaskInput {
  return valueAt(plan.input, t.path) as TaskInput;
}

/** What identifies a task's wording and its time, for drift detection. */
export function taskHashes(plan: Plan, t: Task): { hash: string; timeHash: string } {
  const src = taskInput(plan, t);
  const texts = (x: TaskInput): unknown => ({ text: x.text ?? null, tasks: (x.tasks ?? []).map(texts) });
  return { hash: shortHash(texts(src)), timeHash: shortHash(src.time ?? null) };
}

/**
 * Clones a higher-level plan into a lower unit's draft plan. The tasks that fall to the unit —
 * those whose lead maps onto one of its bodies or onto the unit itself — are carried with their
 * ids, agencies renamed through the map (profile exceptions first, then the default province →
 * commune rules), scope phrases rewritten, and provenance recorded on each task and on the plan
 * (with a content hash of the parent). Pure: plan and profile in, plan input out. What depends on
 * the parent alone (its hash, its duties in text, its tasks' hashes) is kept per parent object, for
 * batches: a loaded plan is not to be changed in place between clones.
 */
export function clonePlan(parent: Plan, profile: UnitProfile, options: { parentFile?: string } = {}): CloneResult {
  const diagnostics: Diagnostic[] = [];
  const place = { file: options.parentFile ?? parent.source.file, path: '', line: 1, column: 1 };
  const parentLevel = parent.issuer.agency?.level ?? 'tinh';
  if (LEVELS.indexOf(profile.unit.level) <= LEVELS.indexOf(parentLevel)) {
    return { diagnostics: [CLONE_CODES.create('CLONE_LEVEL', place, { unit: profile.unit.level, parent: parentLevel })], carried: [], left: [], unclassified: [] };
  }
  const self = profile.self ?? 'ubnd-xa';
  const agencies: Record<string, AgencyInput> = { ...COMMUNE_AGENCIES, ...(profile.agencies ?? {}) };
  agencies[self] = { ...((Object.hasOwn(agencies, self) ? agencies[self] : undefined) ?? { level: profile.unit.level, kind: 'ubnd' }), name: profile.unit.name } as AgencyInput;
  if (profile.unit.kind === 'phuong' && !profile.agencies?.['phong-kinh-te']) {
    agencies['phong-kinh-te'] = { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', level: 'xa', kind: 'chuyen-mon' };
  }

  const warned = new Set<string>();
  /** The unit's body for a higher body: an id, null (stays with the higher level), undefined (unknown). */
  const target = (a: Agency): string | null | undefined => {
    const explicit = profile.map && Object.hasOwn(profile.map, a.id) ? profile.map[a.id] : undefined;
    const declared = { ...(a.level ? { level: a.level } : {}), kind: a.kind };
    let t = explicit !== undefined ? explicit : defaultTarget(a.name, declared);
    for (const alias of a.aliases) if (t === undefined) t = defaultTarget(alias, declared);
    if (t === undefined) {
      if (!warned.has(a.id)) diagnostics.push(CLONE_CODES.create('CLONE_UNMAPPED_AGENCY', { ...placeIn(parent.source, `/agencies/${a.id}`), ...(options.parentFile ? { file: options.parentFile } : {}) }, { id: a.id, name: a.name }));
      warned.add(a.id);
      return undefined;
    }
    return t === 'self' ? self : t;
  };
  const mapAll = (list: Agency[]) => [...new Set(list.map(target).filter((x): x is string => typeof x === 'string'))];

  // Words to rewrite: each mapped agency's name (and aliases) → its counterpart; the scope.
  const replacements: Replacements = [];
  for (const a of Object.values(parent.agencies)) {
    const t = target(a);
    if (t && Object.hasOwn(agencies, t)) for (const n of [a.name, ...a.aliases]) replacements.push([n, agencies[t]!.name]);
  }
  if (parent.scope) replacements.push([parent.scope, profile.unit.scope]);
  replacements.push(['trên địa bàn tỉnh', 'trên địa bàn xã'], ['toàn tỉnh', 'toàn xã'], ['trên phạm vi toàn tỉnh', 'trên phạm vi toàn xã']);
  // Frozen: `rewrite` then compiles the list once for every text of this clone.
  Object.freeze(replacements);

  const inline = findTaskBlock(parent.input)?.attribution === 'inline';
  const number = documentNumber(parent);
  const carried: string[] = [];
  const left: string[] = [];
  const unclassified: string[] = [];
  const groups = new Map<string, TaskGroupInput>();
  const subtask = (x: TaskInput): TaskInput => {
    const { lead: _l, support: _s, requested: _r, monitor: _m, attribution: _a, showAttribution: _h, origin: _o, labels: _b, ...rest } = x;
    const text = rewriteText(rest.text, replacements);
    return { ...rest, ...(text !== undefined ? { text } : {}), ...(rest.tasks ? { tasks: rest.tasks.map(subtask) } : {}) };
  };
  for (const t of parent.tasks.filter((x) => x.parentId === undefined)) {
    const lead = mapAll(t.lead);
    // A body requested at the higher level is requested at this level too (MTTQ → MTTQ xã);
    // courts and procuracy have no counterpart, so their tasks stay with the higher level.
    const requested = lead.length ? [] : mapAll(t.requested);
    if (!lead.length && !requested.length) {
      // Nobody named, or only bodies the map does not know: whether it falls to this level is
      // unknown — said out loud, and counted by trace (never a silent “full coverage”).
      const named = t.lead.length ? t.lead : t.requested;
      if (!named.length || named.every((a) => target(a) === undefined)) {
        unclassified.push(t.id);
        diagnostics.push(CLONE_CODES.create('CLONE_UNCLASSIFIED_TASK', { ...placeIn(parent.source, t.path), ...(options.parentFile ? { file: options.parentFile } : {}) }, { ref: t.ref, id: t.id }));
      } else left.push(t.id);
      continue;
    }
    carried.push(t.id);
    const support = mapAll(t.support).filter((s) => !lead.includes(s) && !requested.includes(s));
    const src = subtask(taskInput(parent, t));
    if (inline && typeof src.text === 'string') src.text = capitalise(src.text);
    if (inline && Array.isArray(src.text) && src.text.length) src.text = [capitalise(src.text[0]!), ...src.text.slice(1)];
    const key = lead.length ? lead.join(',') : `requested:${requested.join(',')}`;
    if (!groups.has(key)) groups.set(key, lead.length ? { lead: lead.length === 1 ? lead[0]! : lead, tasks: [] } : { requested, tasks: [] });
    groups.get(key)!.tasks!.push({
      ...src,
      ...(support.length ? { support } : {}),
      origin: { ...(number ? { plan: number } : {}), task: t.id, ref: t.ref, ...cachedTaskHashes(parent, t, () => taskHashes(parent, t)) },
    });
  }
  // Duties of the lower level written only as text (“Ủy ban nhân dân các xã, phường căn cứ …”):
  // carried as tasks of the body they name, with their provenance.
  const duties = planDuties(parent);
  for (const d of duties) {
    const t = d.agency ? target(d.agency) : self;
    const lead = typeof t === 'string' ? t : self;
    if (!groups.has(lead)) groups.set(lead, { lead, tasks: [] });
    groups.get(lead)!.tasks!.push({
      id: `vb-${slugify(d.id.slice(5)) || 'doan'}`,
      text: rewrite(d.text, replacements),
      origin: { ...(number ? { plan: number } : {}), task: d.id, ref: d.ref, hash: d.hash, timeHash: shortHash(null) },
    });
  }
  // The unit's own tasks first, then its bodies in the order they appear.
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === self ? -1 : b === self ? 1 : 0) || (a.startsWith('requested:') ? 1 : 0) - (b.startsWith('requested:') ? 1 : 0)).map(([, g]) => g);

  // Reports the unit owes upwards: the parent's periods in which the lower units themselves
  // report (“UBND xã, phường”, “UBND các huyện” → the unit). A report of the higher focal agency
  // (Công an tỉnh → Bộ Công an) is not the commune's, even though Công an tỉnh maps to Công an xã.
  const externals: Record<string, AgencyInput> = {};
  const addExternal = (a: Agency | undefined) => {
    if (!a) return undefined;
    externals[a.id] = { name: a.name, ...(a.shortName !== a.name ? { shortName: a.shortName } : {}), ...(a.level ? { level: a.level } : {}), kind: a.kind };
    return a.id;
  };
  const periods: ReportPeriodInput[] = [];
  for (const p of parent.implementation.reporting) {
    if (!p.reporters.some((r) => target(r) === self)) continue;
    const to = addExternal(p.to);
    periods.push({
      id: p.id,
      label: p.label,
      ...(p.window ? { window: { from: dm(p.window.from), to: dm(p.window.to) } } : {}),
      ...(p.due ? { due: dm(p.due) } : {}),
      reporters: self,
      ...(to ? { to } : {}),
    });
  }
  const focal = parent.implementation.focalAgency ? target(parent.implementation.focalAgency) : null;
  const focalName = focal ? agencies[focal]!.name : profile.unit.name;
  const kindName = documentKind(parent.kind).name;
  const parentCitation = `${kindName}${number ? ` số ${number}` : ''}`;
  // The parent's goal sections, rewritten; its first task section's heading; its implementation heading.
  const top = parent.sections.flatMap((n) => (n.kind === 'part' ? n.children : [n]));
  const inputAt = (n: OutlineNode) => valueAt(parent.input, n.path) as SectionInput;
  const hasTask = (n: OutlineNode): boolean => !!n.task || !!n.tableTasks?.length || n.children.some(hasTask);
  const goalSections = top.filter((n) => ['goals', 'purposes', 'requirements', 'objectives', 'targets'].includes(n.role ?? '') || (!n.role && /^(MỤC ĐÍCH|MỤC TIÊU|YÊU CẦU)/iu.test(n.title ?? '')));
  const taskSection = top.find(hasTask);
  const implSection = top.find((n) => n.role === 'implementation' || /TỔ CHỨC THỰC HIỆN/iu.test(n.title ?? ''));

  const title = rewrite(parent.title, replacements);
  const items = [
    `${focalName} là cơ quan thường trực, theo dõi, hướng dẫn, đôn đốc các ban, ngành, đoàn thể xã và các thôn triển khai thực hiện Kế hoạch này; tổng hợp kết quả, báo cáo ${profile.unit.name}.`,
    `Các ban, ngành, đoàn thể xã, trưởng các thôn căn cứ chức năng, nhiệm vụ tổ chức thực hiện; báo cáo kết quả về ${focalName} để tổng hợp.`,
    ...periods.map((p) => `${profile.unit.name} ${lowerFirst(p.label)} gửi ${p.to ? (externals[p.to]?.name ?? p.to) : 'cấp trên'}${p.due ? ` trước ngày ${p.due.day}/${p.due.month}${p.due.year ? `/${p.due.year}` : ''}` : ''} theo ${parentCitation} của ${parent.issuer.name}.`),
  ];
  const body: SectionInput[] = [
    ...goalSections.map((n) => rewriteDeep(inputAt(n), replacements)),
    { title: taskSection?.title ?? 'NHIỆM VỤ', role: 'tasks', items: [{ tasks: { layout: 'by-agency', itemStyle: 'dash', singleTask: 'paragraph', groups: ordered } }] },
    {
      title: implSection?.title ?? 'TỔ CHỨC THỰC HIỆN',
      role: 'implementation',
      items,
      ...(focal || periods.length ? { facts: { ...(focal ? { focalAgency: focal } : {}), ...(periods.length ? { reporting: { periods } } : {}) } } : {}),
    },
  ];
  const input: PlanInput = {
    schemaVersion: 2,
    issuer: {
      name: profile.unit.name,
      ...(profile.unit.headerLines ? { headerLines: profile.unit.headerLines } : {}),
      abbreviation: profile.unit.abbreviation,
      place: profile.unit.place,
      agency: self,
      ...(profile.unit.parent ? { parent: profile.unit.parent } : {}),
    },
    title,
    ...(Object.keys(parent.period).length ? { period: parent.period } : {}),
    scope: profile.unit.scope,
    agencies: { ...agencies, ...externals },
    opening: {
      bases: [{ lead: 'Thực hiện', references: [
        {
          id: 'ke-hoach-cap-tren',
          type: kindName,
          ...(number ? { number } : {}),
          ...(parent.date ? { date: parent.date } : {}),
          issuer: parent.issuer.name,
          subject: `về việc ${lowerFirst(parent.title)}`,
        },
        ...parent.opening.references.map(({ citation: _c, ...r }) => r),
      ] }],
      closing: `${profile.unit.name} ban hành Kế hoạch triển khai thực hiện ${profile.unit.scope}, như sau:`,
      joinClosing: ', ',
    },
    body: body as PlanInput['body'],
    signature: unitSignature(profile.signature),
    recipients: profile.recipients ?? {
      to: [
        { name: parent.issuer.name, purpose: 'để báo cáo' },
        ...(parent.implementation.focalAgency ? [{ name: parent.implementation.focalAgency.name, purpose: 'để báo cáo' }] : []),
        { name: 'Các ban, ngành, đoàn thể xã' },
        { name: 'Trưởng các thôn' },
      ],
      archive: 'VT',
    },
    parent: {
      title: parent.title,
      ...(number ? { number } : {}),
      ...(parent.date ? { date: parent.date } : {}),
      issuer: parent.issuer.name,
      hash: planHash(parent),
      ...(options.parentFile ? { file: options.parentFile } : {}),
      tasks: [
        ...parent.tasks
          .filter((x) => x.parentId === undefined)
          .map((x) => ({ id: x.id, ref: x.ref, carried: carried.includes(x.id), ...(unclassified.includes(x.id) ? { unclassified: true } : {}), ...cachedTaskHashes(parent, x, () => taskHashes(parent, x)) })),
        ...duties.map((d) => ({ id: d.id, ref: d.ref, carried: true, text: true, hash: d.hash, timeHash: shortHash(null) })),
      ],
    },
  };
  return { input, diagnostics, carried: [...carried, ...duties.map((d) => d.id)], left, unclassified };
}

/** The unit profile's signature (v1 shape `{authority: 'TM', for}` accepted), or the commune default. */
function unitSignature(s: unknown): SignatureInput {
  if (!s || typeof s !== 'object') return { authority: [{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }], titles: ['CHỦ TỊCH'], name: '(họ và tên)' };
  const x = s as { authority?: unknown; for?: string; titles?: string[]; name: string };
  if (typeof x.authority === 'string') {
    return { authority: [{ type: x.authority as 'TM', ...(x.for ? { of: x.for } : {}) }], titles: x.titles ?? [], name: x.name };
  }
  return s as SignatureInput;
}

function dm(d: { day: number; month: number; year?: number; previousYear: boolean; before: boolean }) {
  return { day: d.day, month: d.month, ...(d.year !== undefined ? { year: d.year } : {}), ...(d.previousYear ? { previousYear: true } : {}), ...(!d.before ? { before: false } : {}) };
}
