import type { AgencyRefsInput, BlockInput, DayMonthInput, FactsInput, PlanInput, TableInput, TaskBlockInput, TaskGroupInput, TaskInput, TimeInput } from '@kehoach/schema';
import { pointDay } from './spoken-period.js';
import { findTypedNumbers } from './typed-numbers.js';
import { DEFAULT_KIND, documentKind, documentKinds, hasDocumentKind } from './kinds/registry.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { locate, toPointer } from './locate.js';
import { placeIn } from './source-map.js';
import { coreDiagnostic } from './codes.js';
import { closest, suggester } from './suggest.js';
import type { SourceContext } from './validate-schema.js';
import type { Code } from './codes.js';

/** Turns an agency reference (one id or a list) into a list. */
export function refList(refs: AgencyRefsInput | undefined): string[] {
  if (refs === undefined) return [];
  return Array.isArray(refs) ? refs : [refs];
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Checks what the schema cannot: agency references exist, ids are unique, periods and
 * windows are ordered, days exist, the document kind has what it needs.
 * Diagnostics are appended to `out` as they are found, so that on data the schema rejected
 * (where a malformed part may stop the walk) everything found before that point is kept.
 */
export function checkPlan(plan: PlanInput, ctx: SourceContext, out: Diagnostic[] = []): Diagnostic[] {
  const at = (segments: Array<string | number>, key?: string) => {
    const path = toPointer(segments);
    const pos = ctx.map ? placeIn({ file: ctx.file, map: ctx.map }, path) : locate(ctx.doc, ctx.lineCounter, path, key);
    return { file: ctx.file, path: key === undefined ? path : `${path}/${key}`, ...pos };
  };
  const add = (code: Code, segments: Array<string | number>, params: Record<string, string | number>, suggestion?: string) =>
    out.push(coreDiagnostic(code, at(segments), params, suggestion ? { suggestion } : {}));

  const ids = Object.keys(plan.agencies);
  const suggest = suggester(ids);
  const byName = new Map<string, string>();
  const declared = (id: string) => Object.hasOwn(plan.agencies, id);
  for (const [id, a] of Object.entries(plan.agencies)) {
    if (!a) continue;
    byName.set(a.name.toLocaleLowerCase('vi'), id);
    for (const alias of a.aliases ?? []) byName.set(alias.toLocaleLowerCase('vi'), id);
  }
  const checkAgency = (id: string | undefined, segments: Array<string | number>) => {
    if (id === undefined || declared(id)) return;
    const near = byName.get(id.toLocaleLowerCase('vi')) ?? suggest(id);
    add('UNKNOWN_AGENCY', segments, { id }, near
      ? `có phải ý bạn là “${near}”? — did you mean "${near}"?`
      : 'khai báo cơ quan này trong agencies — declare it under agencies');
  };
  const checkRefs = (refs: AgencyRefsInput | undefined, segments: Array<string | number>) => {
    if (refs === undefined) return;
    if (Array.isArray(refs)) refs.forEach((r, i) => checkAgency(r, [...segments, i]));
    else checkAgency(refs, segments);
  };

  checkAgency(plan.issuer.agency, ['issuer', 'agency']);
  checkAgency(plan.issuer.parent?.agency, ['issuer', 'parent', 'agency']);

  // Period.
  const p = plan.period ?? {};
  const hasYear = p.year !== undefined;
  const hasRange = p.from !== undefined || p.to !== undefined;
  const hasSchool = p.schoolYear !== undefined;
  if ([hasYear, hasRange, hasSchool].filter(Boolean).length > 1) {
    add('PERIOD_INVALID', ['period'], {
      detail: 'ghi một trong: year, from và to, hoặc schoolYear',
      detailEn: 'give one of: year, from and to, or schoolYear',
    });
  } else if (hasRange && (p.from === undefined || p.to === undefined)) {
    add('PERIOD_INVALID', ['period'], { detail: 'cần cả from và to', detailEn: 'both from and to are needed' });
  } else if (hasRange && p.from! > p.to!) {
    add('PERIOD_INVALID', ['period', 'to'], {
      detail: `năm kết thúc ${p.to} trước năm bắt đầu ${p.from}`,
      detailEn: `end year ${p.to} is before start year ${p.from}`,
    });
  }
  if (p.month !== undefined && !hasYear) {
    add('PERIOD_INVALID', ['period', 'month'], { detail: 'kế hoạch tháng cần year', detailEn: 'a monthly plan needs year' });
  }
  if (p.orientation !== undefined && p.orientation < (p.to ?? p.year ?? p.schoolYear ?? 0)) {
    add('PERIOD_INVALID', ['period', 'orientation'], {
      detail: 'năm định hướng phải sau thời kỳ',
      detailEn: 'the orientation year must come after the period',
    });
  }

  // Document kind and draft.
  if (plan.kind !== undefined && !hasDocumentKind(plan.kind)) {
    const known = documentKinds().map((k) => k.id);
    const near = closest(plan.kind, known);
    add('UNKNOWN_DOCUMENT_KIND', ['kind'], { kind: plan.kind, known: known.join(', ') }, near ? `có phải ý bạn là “${near}”? — did you mean "${near}"?` : undefined);
  } else {
    const kindInfo = documentKind(plan.kind ?? DEFAULT_KIND);
    if (kindInfo.header.addressees === 'required' && !plan.addressees) {
      add('DOCUMENT_INCONSISTENT', [], {
        detail: `${kindInfo.name} cần danh sách “addressees” (Kính gửi).`,
        detailEn: `A ${kindInfo.name} needs "addressees" (Kính gửi).`,
      });
    }
    if (!kindInfo.symbolPrefix && !plan.symbol) {
      add('DOCUMENT_INCONSISTENT', [], {
        detail: `${kindInfo.name} cần “symbol” (ví dụ UBND-VX): loại văn bản này không có chữ viết tắt tên loại.`,
        detailEn: `A ${kindInfo.name} needs "symbol": it has no type abbreviation.`,
      });
    }
  }
  if (!plan.draft && (plan.number === undefined) !== (plan.date === undefined)) {
    const present = plan.number !== undefined ? 'số' : 'ngày';
    const missing = plan.number !== undefined ? 'ngày' : 'số';
    out.push(coreDiagnostic('DRAFT_PARTIAL', at([plan.number !== undefined ? 'number' : 'date']), { present, missing }));
  }

  // Agencies: a person's agency exists.
  for (const [id, a] of Object.entries(plan.agencies)) checkAgency(a?.of, ['agencies', id, 'of']);

  // Ids: tasks, groups, sections and items share one namespace, as provenance refers to them.
  const seen = new Map<string, string>();
  const claim = (id: string | undefined, segments: Array<string | number>) => {
    if (id === undefined) return;
    const path = toPointer(segments);
    const other = seen.get(id);
    if (other !== undefined) {
      out.push(coreDiagnostic('DUPLICATE_ID', at([...segments, 'id']), { id, other }));
    } else seen.set(id, path);
  };
  const refIds = new Set<string>();
  (plan.opening?.bases ?? []).forEach((b, i) =>
    (b.references ?? []).forEach((r, j) => {
      claim(r.id, ['opening', 'bases', i, 'references', j]);
      if (r.id) refIds.add(r.id);
    }),
  );

  (plan.references ?? []).forEach((r, i) => {
    claim(r.id, ['references', i]);
    if (r.id) refIds.add(r.id);
  });

  const checkTime = (t: TimeInput | undefined, segments: Array<string | number>) => {
    if (!t) return;
    const bad = (detail: string, detailEn: string, seg = segments) => add('TIME_INVALID', seg, { detail, detailEn });
    const window = t.from !== undefined || t.to !== undefined;
    const deadline = t.before !== undefined || t.by !== undefined;
    const kinds = [t.on !== undefined, window || deadline || t.within !== undefined, t.every !== undefined, t.asRegulated === true, t.reference !== undefined];
    if (kinds.filter(Boolean).length > 1 && !(window && t.every !== undefined)) {
      bad('chỉ ghi một kiểu: on; from/to, within, before/by; every; asRegulated; reference', 'use one kind: on; from/to, within, before/by; every; asRegulated; reference');
    }
    if (t.within !== undefined && (window || deadline)) bad('within không đi cùng from/to hay before/by', 'within does not go with from/to or before/by');
    if (t.to !== undefined && t.from === undefined) bad('khoảng thời gian cần from', 'a window needs from');
    if (t.from !== undefined && t.to !== undefined) {
      const a = pointDay(t.from, false);
      const b = pointDay(t.to, true);
      if (a && b && a > b) bad(`thời gian kết thúc trước thời gian bắt đầu`, `the window ends before it starts`, [...segments, 'to']);
    }
    if (window && deadline) bad('ghi from/to hoặc before/by, không cả hai', 'give a window or a deadline, not both');
    if (t.before !== undefined && t.by !== undefined) bad('ghi before hoặc by, không cả hai', 'give before or by, not both');
    if ((t.day !== undefined || t.months !== undefined || t.weekday !== undefined || t.hour !== undefined || t.nextPeriod !== undefined || t.dueKind !== undefined) && t.every === undefined) {
      bad('day, weekday, hour, months, nextPeriod và dueKind chỉ dùng với every', 'day, weekday, hour, months, nextPeriod and dueKind go with every');
    }
    if (t.weekday !== undefined && t.every !== 'week') bad('weekday chỉ dùng với every: week', 'weekday goes with every: week');
    if (t.day !== undefined && t.every === 'week') bad('định kỳ hằng tuần dùng weekday, không dùng day', 'a weekly recurrence takes weekday, not day');
    if (t.ongoing && (t.on !== undefined || t.every !== undefined || t.to !== undefined)) {
      bad('ongoing chỉ đi cùng một hạn (before/by/within) hoặc from', 'ongoing goes only with a deadline (before/by/within) or from');
    }
    for (const k of ['from', 'to', 'before', 'by', 'within'] as const) {
      const v = t[k];
      if (v && typeof v === 'object') {
        const n = [v.month, v.quarter, v.half].filter((x) => x !== undefined).length;
        if (n > 1) bad('một kỳ chỉ ghi một trong month, quarter, half', 'a period takes one of month, quarter, half', [...segments, k]);
        if (v.schoolYear !== undefined && (v.year !== undefined || n)) bad('schoolYear đứng một mình', 'schoolYear stands alone', [...segments, k]);
        if (v.schoolYear === undefined && v.year === undefined) bad('kỳ cần year (hoặc schoolYear)', 'a period needs year (or schoolYear)', [...segments, k]);
      }
    }
    if (t.reference !== undefined && !refIds.has(t.reference)) {
      add('UNKNOWN_REFERENCE', [...segments, 'reference'], { id: t.reference }, closestRef(t.reference));
    }
  };
  const closestRef = (id: string) => {
    const near = closest(id, [...refIds]);
    return near ? `có phải ý bạn là “${near}”? — did you mean "${near}"?` : 'khai báo văn bản với id trong opening.bases[].references — give the reference an id in opening.bases[].references';
  };
  const attribution = (x: { lead?: AgencyRefsInput; support?: AgencyRefsInput; requested?: AgencyRefsInput; monitor?: AgencyRefsInput }, segments: Array<string | number>) => {
    checkRefs(x.lead, [...segments, 'lead']);
    checkRefs(x.support, [...segments, 'support']);
    checkRefs(x.requested, [...segments, 'requested']);
    checkRefs(x.monitor, [...segments, 'monitor']);
  };
  const walkTask = (t: TaskInput, segments: Array<string | number>) => {
    claim(t.id, segments);
    attribution(t, segments);
    if (t.assignedBy?.reference !== undefined && !refIds.has(t.assignedBy.reference)) {
      add('UNKNOWN_REFERENCE', [...segments, 'assignedBy', 'reference'], { id: t.assignedBy.reference }, closestRef(t.assignedBy.reference));
    }
    if (t.assignedBy && t.assignedBy.reference === undefined && t.assignedBy.note === undefined) {
      add('SCHEMA_REQUIRED', [...segments, 'assignedBy'], { property: 'reference' });
    }
    checkTime(t.time, [...segments, 'time']);
    t.parts?.forEach((part, i) => {
      attribution(part, [...segments, 'parts', i]);
      checkTime(part.time, [...segments, 'parts', i, 'time']);
    });
    t.tasks?.forEach((s, i) => walkTask(s, [...segments, 'tasks', i]));
  };
  const walkGroup = (g: TaskGroupInput, segments: Array<string | number>, layout: TaskBlockInput['layout']) => {
    claim(g.id, segments);
    attribution(g, segments);
    checkTime(g.time, [...segments, 'time']);
    if (layout === 'by-agency' && !g.title && !g.lead && !g.requested && !g.support) {
      add('DOCUMENT_INCONSISTENT', segments, {
        detail: 'Nhóm theo cơ quan cần lead, requested hoặc support (để sinh tiêu đề), hoặc title.',
        detailEn: 'A group in a by-agency layout needs lead, requested or support (for its heading), or a title.',
      });
    }
    walkBlocks(g.items, [...segments, 'items']);
    g.groups?.forEach((s, i) => walkGroup(s, [...segments, 'groups', i], layout));
    g.tasks?.forEach((t, i) => walkTask(t, [...segments, 'tasks', i]));
  };
  const walkTable = (t: TableInput, segments: Array<string | number>) => {
    claim(t.id, segments);
    const kind = t.kind ?? 'plain';
    const taskFields = ['number', 'text', 'output', 'time', 'lead', 'support', 'requested', 'monitor', 'note'];
    const targetFields = ['number', 'text', 'unit', 'baseline', 'target', 'year', 'result', 'note', 'lead'];
    t.columns.forEach((c, i) => {
      if (!c.field) return;
      const ok = kind === 'tasks' ? taskFields.includes(c.field) : kind === 'targets' ? targetFields.includes(c.field) || c.field.startsWith('value:') : false;
      if (!ok) {
        add('TABLE_INVALID', [...segments, 'columns', i, 'field'], {
          detail: kind === 'plain' ? 'bảng thường (kind: plain) không dùng field' : `trường “${c.field}” không dùng cho bảng ${kind}`,
          detailEn: kind === 'plain' ? 'a plain table has no fields' : `field "${c.field}" is not for a ${kind} table`,
        });
      }
    });
    const width = t.columns.length;
    const rowWidth = (cells: Array<string | { colSpan?: number }>) => cells.reduce((s: number, c) => s + (typeof c === 'string' ? 1 : c.colSpan ?? 1), 0);
    (t.header ?? []).forEach((r, i) => {
      if (rowWidth(r) > width) {
        add('TABLE_INVALID', [...segments, 'header', i], { detail: `dòng rộng ${rowWidth(r)} ô, bảng có ${width} cột`, detailEn: `the row is ${rowWidth(r)} cells wide, the table has ${width} columns` });
      }
    });
    const row = (r: unknown, seg: Array<string | number>) => {
      if (Array.isArray(r)) {
        if (kind !== 'plain') add('TABLE_INVALID', seg, { detail: `bảng ${kind}: mỗi dòng là một đối tượng, không phải danh sách ô`, detailEn: `a ${kind} table's rows are objects, not lists of cells` });
        else if (rowWidth(r) > width) add('TABLE_INVALID', seg, { detail: `dòng rộng ${rowWidth(r)} ô, bảng có ${width} cột`, detailEn: `the row is ${rowWidth(r)} cells wide, the table has ${width} columns` });
        return;
      }
      if (kind === 'plain') {
        add('TABLE_INVALID', seg, { detail: 'bảng thường: mỗi dòng là danh sách ô; dùng kind: tasks hoặc targets cho dòng là đối tượng', detailEn: 'a plain table row is a list of cells; use kind: tasks or targets for object rows' });
        return;
      }
      const o = r as Record<string, unknown>;
      if (kind === 'tasks') {
        if (typeof o.id !== 'string') add('SCHEMA_REQUIRED', seg, { property: 'id' });
        else walkTask(o as unknown as TaskInput, seg);
      } else {
        claim(o.id as string | undefined, seg);
        checkRefs(o.lead as AgencyRefsInput | undefined, [...seg, 'lead']);
      }
    };
    const group = (g: NonNullable<TableInput['groups']>[number], seg: Array<string | number>) => {
      claim(g.id, seg);
      (g.rows ?? []).forEach((r, i) => row(r, [...seg, 'rows', i]));
      (g.groups ?? []).forEach((sg, i) => group(sg, [...seg, 'groups', i]));
    };
    (t.rows ?? []).forEach((r, i) => row(r, [...segments, 'rows', i]));
    (t.groups ?? []).forEach((g, i) => group(g, [...segments, 'groups', i]));
  };
  const periodIds = new Set<string>();
  const walkFacts = (f: FactsInput | undefined, segments: Array<string | number>) => {
    if (!f) return;
    checkAgency(f.focalAgency, [...segments, 'focalAgency']);
    if (f.ownPlans !== undefined) {
      if (typeof f.ownPlans === 'object' && !Array.isArray(f.ownPlans)) {
        checkRefs(f.ownPlans.agencies, [...segments, 'ownPlans', 'agencies']);
        checkTime(f.ownPlans.time, [...segments, 'ownPlans', 'time']);
      } else checkRefs(f.ownPlans, [...segments, 'ownPlans']);
    }
    const r = f.reporting;
    if (!r) return;
    checkRefs(r.reporters, [...segments, 'reporting', 'reporters']);
    checkAgency(r.to, [...segments, 'reporting', 'to']);
    checkAgency(r.via, [...segments, 'reporting', 'via']);
    r.periods.forEach((period, i) => {
      const base = [...segments, 'reporting', 'periods', i];
      if (period.id !== undefined) {
        if (periodIds.has(period.id)) add('DUPLICATE_ID', [...base, 'id'], { id: period.id, other: 'reporting/periods' });
        periodIds.add(period.id);
      }
      checkRefs(period.reporters, [...base, 'reporters']);
      checkAgency(period.to, [...base, 'to']);
      checkTime(period.time, [...base, 'time']);
      if (period.time && (period.due || period.window)) {
        add('TIME_INVALID', [...base, 'time'], { detail: 'ghi time hoặc due/window, không cả hai', detailEn: 'give time or due/window, not both' });
      }
      const days: Array<[DayMonthInput, Array<string | number>]> = period.due ? [[period.due, [...base, 'due']]] : [];
      if (period.window) days.push([period.window.from, [...base, 'window', 'from']], [period.window.to, [...base, 'window', 'to']]);
      for (const [dm, seg] of days) {
        const max = dm.month === 2 && dm.year !== undefined && !isLeap(dm.year) ? 28 : DAYS_IN_MONTH[dm.month - 1]!;
        if (dm.day > max) add('DATE_INVALID', seg, { detail: `ngày ${dm.day}/${dm.month}` }, `tháng ${dm.month} có ${max} ngày`);
      }
    });
  };
  function walkBlocks(items: BlockInput[] | undefined, segments: Array<string | number>): void {
    (items ?? []).forEach((b, i) => {
      const seg = [...segments, i];
      if (typeof b !== 'object' || b === null) return;
      if ('tasks' in b && b.tasks && typeof b.tasks === 'object') {
        const block = b.tasks as TaskBlockInput;
        claim(block.id, [...seg, 'tasks']);
        block.groups?.forEach((g, k) => walkGroup(g, [...seg, 'tasks', 'groups', k], block.layout));
        block.tasks?.forEach((t, k) => walkTask(t, [...seg, 'tasks', 'tasks', k]));
      } else if ('table' in b && b.table) walkTable(b.table, [...seg, 'table']);
      else if ('title' in b || 'text' in b || 'items' in b || 'facts' in b) {
        const item = b as { id?: string; items?: BlockInput[]; facts?: FactsInput };
        claim(item.id, seg);
        walkFacts(item.facts, [...seg, 'facts']);
        walkBlocks(item.items, [...seg, 'items']);
      }
    });
  }
  const walkSection = (s: { id?: string; items?: BlockInput[]; facts?: FactsInput }, seg: Array<string | number>) => {
    claim(s.id, seg);
    walkFacts(s.facts, [...seg, 'facts']);
    walkBlocks(s.items, [...seg, 'items']);
  };
  (plan.body ?? []).forEach((e, i) => {
    if ('part' in e && Array.isArray((e as { sections?: unknown }).sections)) {
      const part = e as { id?: string; sections: Array<{ id?: string; items?: BlockInput[]; facts?: FactsInput }> };
      claim(part.id, ['body', i]);
      part.sections.forEach((s, k) => walkSection(s, ['body', i, 'sections', k]));
    } else walkSection(e as { id?: string; items?: BlockInput[]; facts?: FactsInput }, ['body', i]);
  });
  (plan.appendices ?? []).forEach((a, i) => {
    claim(a.id, ['appendices', i]);
    walkBlocks(a.items, ['appendices', i, 'items']);
  });

  const signatures = plan.signature === undefined ? [] : Array.isArray(plan.signature) ? plan.signature : [plan.signature];
  signatures.forEach((sg, i) => {
    if (!sg.authority?.length && !sg.titles?.length) {
      add('DOCUMENT_INCONSISTENT', Array.isArray(plan.signature) ? ['signature', i] : ['signature'], {
        detail: 'Chữ ký cần ít nhất một dòng thẩm quyền (authority) hoặc chức danh (titles).',
        detailEn: 'A signature needs an authority line or a title.',
      });
    }
  });
  for (const t of findTypedNumbers(plan)) {
    add('TYPED_NUMBER', t.path, { number: t.number }, `bỏ “${t.number}” ở đầu đoạn: số thứ tự được sinh tự động — remove the typed number, numbering is generated`);
  }
  plan.recipients?.to.forEach((r, i) => {
    checkAgency(r.agency, ['recipients', 'to', i, 'agency']);
    if (!r.agency && !r.name) {
      add('SCHEMA_REQUIRED', ['recipients', 'to', i], { property: 'name' });
    }
  });
  return out;
}
