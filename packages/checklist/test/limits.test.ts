import { describe, expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { loadPlan } from '@kehoach/core';
import { CHECKLIST_LIMITS } from '../src/limits.js';

// Issue 23: a valid plan spanning 1900–2200 with a weekly duty made 15 706 dates for that duty, and a
// plan of many such duties ran V8 out of memory. Past a limit the checklist is refused with an error
// at the duty's time and no items, never cut short silently.

const plan = (period: string, tasks: string[]) => {
  const yaml = [
    'schemaVersion: 2',
    'issuer: { name: Ủy ban nhân dân xã An Bình, abbreviation: UBND, place: An Bình }',
    'number: 3',
    'date: 2026-01-12',
    'title: Thực hiện nhiệm vụ thường xuyên',
    `period: ${period}`,
    'agencies: { cong-an: { name: Công an xã, level: xa }, van-phong: { name: Văn phòng HĐND và UBND xã, level: xa } }',
    'body:',
    '  - title: NHIỆM VỤ',
    '    items:',
    '      - tasks:',
    '          tasks:',
    ...tasks.map((t) => `            - ${t}`),
  ].join('\n');
  const { plan: p, diagnostics } = loadPlan(yaml);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return p!;
};
const weekly = (id: string, lead = 'cong-an') => `{ id: ${id}, lead: ${lead}, text: Họp giao ban., time: { every: week, weekday: 4 } }`;
const codes = (r: ReturnType<typeof deriveChecklist>) => r.diagnostics.map((d) => `${d.code}@${d.path}`);

describe('checklist limits', () => {
  test('a weekly duty over 1900–2200 is refused at its time, with no items', () => {
    const r = deriveChecklist(plan('{ from: 1900, to: 2200 }', [weekly('t1')]));
    expect(codes(r)).toEqual(['CHECKLIST_TOO_MANY_DATES@/body/0/items/0/tasks/tasks/0/time']);
    expect(r.checklist.items).toEqual([]);
    expect(r.diagnostics[0]!.message).toContain(`hơn ${CHECKLIST_LIMITS.maxDatesPerDuty} lần`);
  });

  test('a weekly duty over ten years is within the limit (521 Thursdays)', () => {
    const r = deriveChecklist(plan('{ from: 2021, to: 2030 }', [weekly('t1')]));
    expect(r.diagnostics).toEqual([]);
    expect(r.checklist.items).toHaveLength(521);
  });

  test('more items than the checklist limit: one error, no items', () => {
    const p = plan('{ year: 2026 }', [weekly('t1'), weekly('t2', 'van-phong'), weekly('t3')]);
    const r = deriveChecklist(p, { limits: { maxItems: 120 } });
    expect(codes(r)).toEqual(['CHECKLIST_TOO_MANY_ITEMS@/body/0/items/0/tasks/tasks/2/time']);
    expect(r.checklist.items).toEqual([]);
    expect(deriveChecklist(p, { limits: { maxItems: 200 } }).checklist.items).toHaveLength(159);
  });
});
