// The steps of deriveChecklist, each on its own: a task's duties and roles, its items and the
// diagnostics of its dates, the report items.
import { describe, expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { deriveContext, periodBounds, planKey } from '../src/derive/context.js';
import { reportItems, reportText } from '../src/derive/report-items.js';
import { taskItems, taskParts, taskRoles } from '../src/derive/task-items.js';
import { loadExample } from '../../../test/helpers.js';

const tq = loadExample('tuyen-quang-2025-30-7');

describe('a task\'s duties and roles', () => {
  test('one duty per table row (part), the first keeping the task\'s ids', () => {
    const t = { ...tq.tasks[0]!, parts: [{ output: 'a' }, { output: 'b' }] };
    expect(taskParts(t).map((p) => [p.key, p.timePath])).toEqual([[undefined, `${t.path}/time`], ['phan-2', `${t.path}/parts/1/time`]]);
  });
  test('lead, then support, then requested; a task naming nobody is one unassigned duty', () => {
    const t = tq.tasks.find((x) => x.support.length)!;
    expect(taskRoles(t).map(([r]) => r)).toEqual([...t.lead.map(() => 'lead'), ...t.support.map(() => 'support'), ...t.requested.map(() => 'requested')]);
    expect(taskRoles({ ...t, lead: [], support: [], requested: [] })).toEqual([[null, null]]);
  });
});

describe('task items and the diagnostics of their dates', () => {
  const plan = (time: string) => loadPlan(`schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã A, abbreviation: UBND, place: A }
title: Thử
period: { year: 2025 }
agencies: { ca: { name: Công an xã, level: xa, kind: cong-an } }
body:
  - title: NHIỆM VỤ
    items:
      - tasks:
          tasks:
            - { id: t, text: Tuyên truyền., lead: ca, time: ${time} }
`).plan!;
  test('a date copied from last year is one warning at the task\'s time', () => {
    const ctx = deriveContext(plan('{ from: "2024-07-01", to: "2024-09-30" }'), {});
    taskItems(ctx);
    expect(ctx.diagnostics.map((d) => [d.code, d.path, d.params?.date])).toEqual([['CHECKLIST_DATE_OUTSIDE_PERIOD', '/body/0/items/0/tasks/tasks/0/time', '01/7/2024']]);
    expect(ctx.items.map((i) => [i.id.split('/').slice(1).join('/'), i.due])).toEqual([['t/lead/ca', '2024-09-30']]);
  });
  test('a recurrence that never falls in the period is an error', () => {
    const ctx = deriveContext(plan('{ every: year, months: [2], day: 30 }'), {});
    taskItems(ctx);
    expect(ctx.diagnostics.map((d) => [d.code, d.severity])).toEqual([['CHECKLIST_RECURRENCE_EMPTY', 'error']]);
  });
});

describe('report items', () => {
  test('one per period, year and reporter, addressed to the receiving body', () => {
    const ctx = deriveContext(tq, {});
    reportItems(ctx);
    expect(ctx.items.length).toBeGreaterThan(0);
    for (const i of ctx.items) {
      expect(i.kind).toBe('report');
      expect(i.id.startsWith(`${planKey(tq)}/bao-cao/`)).toBe(true);
      expect(i.text).toMatch(/^Báo cáo /);
    }
  });
  test('report wording', () => {
    expect(reportText('Quý I', 2025)).toBe('Báo cáo quý I năm 2025');
    expect(reportText('Báo cáo năm', 2025)).toBe('Báo cáo năm 2025');
    expect(reportText('Báo cáo kết quả', undefined)).toBe('Báo cáo kết quả');
  });
  test('the period as days: years, a month, a school year', () => {
    expect(periodBounds({ year: 2025 })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodBounds({ year: 2025, month: 2 })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(periodBounds({ schoolYear: 2025 })).toEqual({ from: '2025-09-01', to: '2026-05-31' });
    expect(periodBounds({})).toBeUndefined();
  });
});
