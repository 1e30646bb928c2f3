import type { AgencyRefsInput, DayMonthInput, PlanInput, TaskGroupInput, TaskInput } from '@kehoach/schema';
import type { Diagnostic } from './diagnostic.js';
import { locate, toPointer } from './locate.js';
import { makeDiagnostic } from './make-diagnostic.js';
import { closest } from './suggest.js';
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
    const pos = locate(ctx.doc, ctx.lineCounter, path, key);
    return { file: ctx.file, path: key === undefined ? path : `${path}/${key}`, ...pos };
  };
  const add = (code: Code, segments: Array<string | number>, params: Record<string, string | number>, suggestion?: string) =>
    out.push(makeDiagnostic(code, at(segments), params, suggestion ? { suggestion } : {}));

  const ids = Object.keys(plan.agencies);
  const byName = new Map<string, string>();
  for (const [id, a] of Object.entries(plan.agencies)) {
    byName.set(a.name.toLocaleLowerCase('vi'), id);
    for (const alias of a.aliases ?? []) byName.set(alias.toLocaleLowerCase('vi'), id);
  }
  const checkAgency = (id: string | undefined, segments: Array<string | number>) => {
    if (id === undefined || id in plan.agencies) return;
    const near = byName.get(id.toLocaleLowerCase('vi')) ?? closest(id, ids);
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
  const p = plan.period;
  const hasYear = p.year !== undefined;
  const hasRange = p.from !== undefined || p.to !== undefined;
  if (hasYear === hasRange) {
    add('PERIOD_INVALID', ['period'], {
      detail: 'ghi hoặc year, hoặc from và to',
      detailEn: 'give either year, or from and to',
    });
  } else if (hasRange && (p.from === undefined || p.to === undefined)) {
    add('PERIOD_INVALID', ['period'], { detail: 'cần cả from và to', detailEn: 'both from and to are needed' });
  } else if (hasRange && p.from! > p.to!) {
    add('PERIOD_INVALID', ['period', 'to'], {
      detail: `năm kết thúc ${p.to} trước năm bắt đầu ${p.from}`,
      detailEn: `end year ${p.to} is before start year ${p.from}`,
    });
  }
  if (p.orientation !== undefined && p.orientation < (p.to ?? p.year ?? 0)) {
    add('PERIOD_INVALID', ['period', 'orientation'], {
      detail: 'năm định hướng phải sau thời kỳ',
      detailEn: 'the orientation year must come after the period',
    });
  }

  // Document kind and draft.
  if (plan.kind === 'cong-van') {
    if (!plan.addressees) {
      add('DOCUMENT_INCONSISTENT', [], {
        detail: 'Công văn cần danh sách “addressees” (Kính gửi).',
        detailEn: 'A công văn needs "addressees" (Kính gửi).',
      });
    }
    if (!plan.symbol) {
      add('DOCUMENT_INCONSISTENT', [], {
        detail: 'Công văn cần “symbol” (ví dụ UBND-VX): công văn không có chữ viết tắt tên loại.',
        detailEn: 'A công văn needs "symbol": it has no type abbreviation.',
      });
    }
  }
  if (!plan.draft && (plan.number === undefined) !== (plan.date === undefined)) {
    const present = plan.number !== undefined ? 'số' : 'ngày';
    const missing = plan.number !== undefined ? 'ngày' : 'số';
    out.push(makeDiagnostic('DRAFT_PARTIAL', at([plan.number !== undefined ? 'number' : 'date']), { present, missing }));
  }

  // Ids: tasks and groups share one namespace, as their ids are what provenance refers to.
  const seen = new Map<string, string>();
  const claim = (id: string | undefined, segments: Array<string | number>) => {
    if (id === undefined) return;
    const path = toPointer(segments);
    const other = seen.get(id);
    if (other !== undefined) {
      const pos = locate(ctx.doc, ctx.lineCounter, path + '/id');
      out.push(makeDiagnostic('DUPLICATE_ID', { file: ctx.file, path: path + '/id', ...pos }, { id, other }));
    } else seen.set(id, path);
  };
  const checkTime = (t: TaskInput['time'], segments: Array<string | number>) => {
    if (!t) return;
    const window = t.from !== undefined || t.to !== undefined;
    const kinds = [t.on !== undefined, window, t.before !== undefined || t.by !== undefined, t.every !== undefined, t.ongoing === true];
    if (kinds.filter(Boolean).length > 1 && !(window && t.every !== undefined)) {
      add('TIME_INVALID', segments, {
        detail: 'chỉ ghi một kiểu: on, from/to, before/by, every, hoặc ongoing',
        detailEn: 'use one kind only: on, from/to, before/by, every, or ongoing',
      });
    }
    if ((t.from === undefined) !== (t.to === undefined)) {
      add('TIME_INVALID', segments, { detail: 'khoảng thời gian cần cả from và to', detailEn: 'a window needs from and to' });
    } else if (t.from !== undefined && t.to !== undefined && t.from > t.to) {
      add('TIME_INVALID', [...segments, 'to'], {
        detail: `ngày kết thúc ${t.to} trước ngày bắt đầu ${t.from}`,
        detailEn: `the window ends (${t.to}) before it starts (${t.from})`,
      });
    }
    if (t.before !== undefined && t.by !== undefined) {
      add('TIME_INVALID', segments, { detail: 'ghi before hoặc by, không cả hai', detailEn: 'give before or by, not both' });
    }
    if ((t.day !== undefined || t.months !== undefined) && t.every === undefined) {
      add('TIME_INVALID', segments, { detail: 'day và months chỉ dùng với every', detailEn: 'day and months go with every' });
    }
  };
  const walkTask = (t: TaskInput, segments: Array<string | number>) => {
    claim(t.id, segments);
    checkRefs(t.lead, [...segments, 'lead']);
    checkRefs(t.support, [...segments, 'support']);
    checkRefs(t.requested, [...segments, 'requested']);
    checkTime(t.time, [...segments, 'time']);
    t.tasks?.forEach((s, i) => walkTask(s, [...segments, 'tasks', i]));
  };
  const walkGroup = (g: TaskGroupInput, segments: Array<string | number>) => {
    claim(g.id, segments);
    checkRefs(g.lead, [...segments, 'lead']);
    checkRefs(g.support, [...segments, 'support']);
    checkRefs(g.requested, [...segments, 'requested']);
    g.groups?.forEach((s, i) => walkGroup(s, [...segments, 'groups', i]));
    g.tasks?.forEach((t, i) => walkTask(t, [...segments, 'tasks', i]));
  };
  plan.tasks.groups.forEach((g, i) => walkGroup(g, ['tasks', 'groups', i]));

  if (plan.tasks.layout === 'by-agency') {
    plan.tasks.groups.forEach((g, i) => {
      if (!g.title && !g.lead && !g.requested && !g.support) {
        add('DOCUMENT_INCONSISTENT', ['tasks', 'groups', i], {
          detail: 'Nhóm theo cơ quan cần lead, requested hoặc support (để sinh tiêu đề), hoặc title.',
          detailEn: 'A group in a by-agency layout needs lead, requested or support (for its heading), or a title.',
        });
      }
    });
  }

  // Implementation.
  const impl = plan.implementation;
  if (impl) {
    checkAgency(impl.focalAgency, ['implementation', 'focalAgency']);
    checkRefs(impl.ownPlans, ['implementation', 'ownPlans']);
    const r = impl.reporting;
    if (r) {
      checkRefs(r.reporters, ['implementation', 'reporting', 'reporters']);
      checkAgency(r.to, ['implementation', 'reporting', 'to']);
      checkAgency(r.via, ['implementation', 'reporting', 'via']);
      const periodIds = new Set<string>();
      r.periods.forEach((period, i) => {
        const base = ['implementation', 'reporting', 'periods', i];
        if (period.id !== undefined) {
          if (periodIds.has(period.id)) {
            add('DUPLICATE_ID', [...base, 'id'], { id: period.id, other: 'implementation/reporting/periods' });
          }
          periodIds.add(period.id);
        }
        checkRefs(period.reporters, [...base, 'reporters']);
        checkAgency(period.to, [...base, 'to']);
        const days: Array<[DayMonthInput, Array<string | number>]> = period.due ? [[period.due, [...base, 'due']]] : [];
        if (period.window) {
          days.push([period.window.from, [...base, 'window', 'from']], [period.window.to, [...base, 'window', 'to']]);
        }
        for (const [dm, seg] of days) {
          const max = dm.month === 2 && dm.year !== undefined && !isLeap(dm.year) ? 28 : DAYS_IN_MONTH[dm.month - 1]!;
          if (dm.day > max) {
            add('DATE_INVALID', seg, { detail: `ngày ${dm.day}/${dm.month}` }, `tháng ${dm.month} có ${max} ngày`);
          }
        }
      });
    }
  }
  plan.recipients?.to.forEach((r, i) => {
    checkAgency(r.agency, ['recipients', 'to', i, 'agency']);
    if (!r.agency && !r.name) {
      add('SCHEMA_REQUIRED', ['recipients', 'to', i], { property: 'name' });
    }
  });
  return out;
}
