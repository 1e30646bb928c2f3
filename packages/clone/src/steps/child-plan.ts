import { documentKind, valueAt, type OutlineNode } from '@kehoach/core';
import type { PlanInput, SectionInput, SignatureInput, TaskGroupInput } from '@kehoach/schema';
import { dutyUnits } from '../duty-units.js';
import { shortHash } from '../hash.js';
import { cachedTaskHashes, planHash } from '../parent-facts.js';
import { canonicalName, lowerFirst, rewrite, rewriteDeep } from '../rewrite-text.js';
import { taskHashes, type CarriedTasks } from './carry-tasks.js';
import type { CloneContext } from './context.js';
import type { UnitReports } from './report-periods.js';

/** The parent's sections the child keeps or follows: its goals, its first task section, its implementation section. */
function parentSections(ctx: CloneContext): { goals: OutlineNode[]; tasks?: OutlineNode; implementation?: OutlineNode } {
  const top = ctx.parent.sections.flatMap((n) => (n.kind === 'part' ? n.children : [n]));
  const hasTask = (n: OutlineNode): boolean => !!n.task || !!n.tableTasks?.length || n.children.some(hasTask);
  const goals = top.filter((n) => ['goals', 'purposes', 'requirements', 'objectives', 'targets'].includes(n.role ?? '') || (!n.role && /^(MỤC ĐÍCH|MỤC TIÊU|YÊU CẦU)/iu.test(n.title ?? '')));
  const tasks = top.find(hasTask);
  const implementation = top.find((n) => n.role === 'implementation' || /TỔ CHỨC THỰC HIỆN/iu.test(n.title ?? ''));
  return { goals, ...(tasks ? { tasks } : {}), ...(implementation ? { implementation } : {}) };
}

/** `Kế hoạch số 15/KH-UBND`: how the child cites its parent. */
function parentCitation(ctx: CloneContext): string {
  return `${documentKind(ctx.parent.kind).name}${ctx.number ? ` số ${ctx.number}` : ''}`;
}

/** The child's implementation paragraphs: its focal body, its bodies and villages, and each report it owes. */
function implementationItems(ctx: CloneContext, reports: UnitReports): { items: string[]; focal: string | null | undefined } {
  const { profile, parent } = ctx;
  const focal = parent.implementation.focalAgency ? ctx.target(parent.implementation.focalAgency) : null;
  const focalName = focal ? ctx.agencies[focal]!.name : profile.unit.name;
  const items = [
    `${focalName} là cơ quan thường trực, theo dõi, hướng dẫn, đôn đốc các ban, ngành, đoàn thể xã và các thôn triển khai thực hiện Kế hoạch này; tổng hợp kết quả, báo cáo ${profile.unit.name}.`,
    `Các ban, ngành, đoàn thể xã, trưởng các thôn căn cứ chức năng, nhiệm vụ tổ chức thực hiện; báo cáo kết quả về ${focalName} để tổng hợp.`,
    ...reports.periods.map((p) => `${profile.unit.name} ${lowerFirst(p.label)} gửi ${p.to ? (reports.externals[p.to]?.name ?? p.to) : 'cấp trên'}${p.due ? ` trước ngày ${p.due.day}/${p.due.month}${p.due.year ? `/${p.due.year}` : ''}` : ''} theo ${parentCitation(ctx)} của ${parent.issuer.name}.`),
  ];
  return { items, focal };
}

/** The child's body: the parent's goals rewritten, the unit's task block, its implementation section. */
export function childBody(ctx: CloneContext, groups: TaskGroupInput[], reports: UnitReports): SectionInput[] {
  const sections = parentSections(ctx);
  const { items, focal } = implementationItems(ctx, reports);
  const inputAt = (n: OutlineNode) => valueAt(ctx.parent.input, n.path) as SectionInput;
  const { periods } = reports;
  return [
    ...sections.goals.map((n) => rewriteDeep(inputAt(n), ctx.replacements)),
    { title: sections.tasks?.title ?? 'NHIỆM VỤ', role: 'tasks', items: [{ tasks: { layout: 'by-agency', itemStyle: 'dash', singleTask: 'paragraph', groups } }] },
    {
      title: sections.implementation?.title ?? 'TỔ CHỨC THỰC HIỆN',
      role: 'implementation',
      items,
      ...(focal || periods.length ? { facts: { ...(focal ? { focalAgency: focal } : {}), ...(periods.length ? { reporting: { periods } } : {}) } } : {}),
    },
  ];
}

/** The unit profile's signature (v1 shape `{authority: 'TM', for}` accepted), or the commune default. */
export function unitSignature(s: unknown): SignatureInput {
  if (!s || typeof s !== 'object') return { authority: [{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }], titles: ['CHỦ TỊCH'], name: '(họ và tên)' };
  const x = s as { authority?: unknown; for?: string; titles?: string[]; name: string };
  if (typeof x.authority === 'string') {
    return { authority: [{ type: x.authority as 'TM', ...(x.for ? { of: x.for } : {}) }], titles: x.titles ?? [], name: x.name };
  }
  return s as SignatureInput;
}

/** The child's opening: it implements the parent (cited in full), on the parent's own bases. */
function childOpening(ctx: CloneContext): NonNullable<PlanInput['opening']> {
  const { parent, profile } = ctx;
  return {
    bases: [{ lead: 'Thực hiện', references: [
      {
        id: 'ke-hoach-cap-tren',
        type: documentKind(parent.kind).name,
        ...(ctx.number ? { number: ctx.number } : {}),
        ...(parent.date ? { date: parent.date } : {}),
        issuer: parent.issuer.name,
        subject: `về việc ${lowerFirst(parent.title)}`,
      },
      ...parent.opening.references.map(({ citation: _c, ...r }) => r),
    ] }],
    closing: `${profile.unit.name} ban hành Kế hoạch triển khai thực hiện ${profile.unit.scope}, như sau:`,
    joinClosing: ', ',
  };
}

/** The provenance the child keeps: the parent's identity, content hash and every task, carried or not. */
function parentRecord(ctx: CloneContext, tasks: CarriedTasks): NonNullable<PlanInput['parent']> {
  const { parent } = ctx;
  return {
    title: parent.title,
    ...(ctx.number ? { number: ctx.number } : {}),
    ...(parent.date ? { date: parent.date } : {}),
    issuer: parent.issuer.name,
    hash: planHash(parent),
    ...(ctx.parentFile ? { file: ctx.parentFile } : {}),
    tasks: [
      ...dutyUnits(parent)
        .map((x) => ({ id: x.id, ref: x.ref, carried: tasks.carried.includes(x.id), ...(tasks.unclassified.includes(x.id) ? { unclassified: true } : {}), ...cachedTaskHashes(parent, x, () => taskHashes(parent, x)) })),
      ...tasks.duties.map((d) => ({ id: d.id, ref: d.ref, carried: true, text: true, hash: d.hash, timeHash: shortHash(null) })),
    ],
  };
}

/**
 * The child's title names the unit: the parent's own place (`… tỉnh Lâm Đồng`, `… trên địa bàn tỉnh
 * Lào Cai`) becomes the unit's (`… xã Cốc San`, `… trên địa bàn xã Cốc San`); a title that names no
 * place gets the unit's scope at its end.
 */
export function childTitle(ctx: CloneContext): string {
  const { parent, profile } = ctx;
  const area = unitArea(ctx);
  const level = parent.issuer.agency?.level === 'huyen' ? 'huyện' : 'tỉnh';
  const place = parent.issuer.place.trim();
  // the scope the parent's title ends with, whatever place it names: the unit's scope
  let title = parent.title.normalize('NFC').replace(SCOPE_PHRASE, profile.unit.scope);
  if (place) title = rewrite(title, Object.freeze([[`${level} ${place}`, area]]) as Array<[string, string]>);
  title = rewrite(title, ctx.replacements);
  return canonicalName(title).toLocaleLowerCase('vi').includes(canonicalName(area).toLocaleLowerCase('vi')) ? title : `${title} ${profile.unit.scope}`;
}

/** `trên địa bàn tỉnh Lào Cai`, `tại địa bàn xã An Phú`: a scope naming a place (capitalised words) at the end of a title. */
const SCOPE_PHRASE = /(?:trên|tại)\s+(?:địa bàn|phạm vi)\s+(?:toàn\s+)?(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)\s+\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*\s*$/u;

/** The unit as a place (`xã Minh Xuân`): its scope without `trên địa bàn`, else its name without `Ủy ban nhân dân`. */
function unitArea(ctx: CloneContext): string {
  const { unit } = ctx.profile;
  const fromScope = /^(?:trên|tại)\s+(?:địa bàn|phạm vi)\s+(?:toàn\s+)?(.+)$/iu.exec(unit.scope.trim())?.[1];
  return (fromScope ?? unit.name.replace(/^(?:Ủy ban nhân dân|UBND)\s+/iu, '')).trim();
}

/** The child plan's input, from the steps' results. */
export function childPlan(ctx: CloneContext, tasks: CarriedTasks, groups: TaskGroupInput[], reports: UnitReports): PlanInput {
  const { parent, profile } = ctx;
  return {
    schemaVersion: 2,
    issuer: {
      name: profile.unit.name,
      ...(profile.unit.headerLines ? { headerLines: profile.unit.headerLines } : {}),
      abbreviation: profile.unit.abbreviation,
      place: profile.unit.place,
      agency: ctx.self,
      ...(profile.unit.parent ? { parent: profile.unit.parent } : {}),
    },
    title: childTitle(ctx),
    ...(Object.keys(parent.period).length ? { period: parent.period } : {}),
    scope: profile.unit.scope,
    agencies: { ...ctx.agencies, ...reports.externals },
    opening: childOpening(ctx),
    body: childBody(ctx, groups, reports) as PlanInput['body'],
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
    parent: parentRecord(ctx, tasks),
  };
}
