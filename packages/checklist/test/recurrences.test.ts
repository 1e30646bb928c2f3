import { describe, expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { loadPlan } from '@kehoach/core';

// Recurrences run inside the plan's period, whatever its shape: a school year is September to May,
// a plan with no period (a công văn) uses the year of its date, and the dates a recurrence makes
// itself (“trước ngày 05 của tháng liền kề” in December) are never reported as stale.

const plan = (period: string, time: string) => {
  const yaml = [
    'schemaVersion: 2',
    'issuer: { name: Trường THCS Hòa Khánh, abbreviation: THCS, place: Hòa Khánh }',
    'number: 3',
    'date: 2025-09-12',
    'title: Kiểm tra nội bộ',
    ...(period ? [`period: ${period}`] : []),
    'agencies: { ht: { name: Lê Thị Thu, kind: ca-nhan } }',
    'body:',
    '  - title: NHIỆM VỤ',
    '    items:',
    '      - tasks:',
    '          tasks:',
    '            - { id: t1, lead: ht, text: Báo cáo., time: ' + time + ' }',
  ].join('\n');
  const { plan: p, diagnostics } = loadPlan(yaml);
  expect(diagnostics).toEqual([]);
  return deriveChecklist(p!);
};

describe('recurrences inside the period', () => {
  test('a school year: “trước ngày 05 hằng tháng” from 05/9/2025 to 05/5/2026, nine items', () => {
    const { checklist, diagnostics } = plan('{ schoolYear: 2025 }', '{ every: month, day: 5 }');
    expect(checklist.items.map((i) => i.due)).toEqual([
      '2025-09-05', '2025-10-05', '2025-11-05', '2025-12-05', '2026-01-05', '2026-02-05', '2026-03-05', '2026-04-05', '2026-05-05',
    ]);
    expect(diagnostics).toEqual([]);
  });
  test('a school year: “Hằng năm” is one undated item', () => {
    const { checklist } = plan('{ schoolYear: 2025 }', '{ every: year }');
    expect(checklist.items.map((i) => [i.due, i.recurrence, i.ongoing])).toEqual([[null, 'year', true]]);
  });
  test('a dated task outside the school year is still a stale date', () => {
    const { diagnostics } = plan('{ schoolYear: 2025 }', '{ before: 2025-08-15 }');
    expect(diagnostics.map((d) => d.code)).toEqual(['CHECKLIST_DATE_OUTSIDE_PERIOD']);
    expect(diagnostics[0]!.message).toContain('01/9/2025–31/5/2026');
  });
  test('“trước ngày 05 của tháng liền kề” in a year plan: December’s falls on 05/01 of the next year, no warning', () => {
    const { checklist, diagnostics } = plan('{ year: 2026 }', '{ every: month, day: 5, nextPeriod: true }');
    expect(checklist.items).toHaveLength(12);
    expect(checklist.items.at(-1)!.due).toBe('2027-01-05');
    expect(diagnostics).toEqual([]);
  });
  test('no period: a weekly report runs in its own window, in the year of the date', () => {
    const { checklist, diagnostics } = plan('', '{ every: week, weekday: 4, from: 2025-12-01, to: 2025-12-31 }');
    expect(checklist.items.map((i) => i.due)).toEqual(['2025-12-04', '2025-12-11', '2025-12-18', '2025-12-25']);
    expect(diagnostics).toEqual([]);
  });
  test('no period: a dated task is not “outside the period”', () => {
    expect(plan('', '{ within: { month: 8, year: 2025 } }').diagnostics).toEqual([]);
  });
});

describe('a recurring deadline with an hour', () => {
  test('“thứ Năm hằng tuần, trước 11 giờ”: due on the Thursday itself, with the hour, in every format', async () => {
    const { toCsv, toIcs, toMarkdown } = await import('@kehoach/checklist');
    const { checklist } = plan('', '{ every: week, weekday: 4, hour: "11:00", from: 2025-12-01, to: 2025-12-14 }');
    expect(checklist.items.map((i) => [i.due, i.dueKind, i.hour])).toEqual([['2025-12-04', 'by', '11:00'], ['2025-12-11', 'by', '11:00']]);
    // The date, and beside it the time as the plan words it.
    expect(toMarkdown(checklist)).toContain('(chủ trì; hạn: trước 11 giờ 00 ngày 4/12/2025 — thứ Năm hằng tuần, trước 11 giờ 00, từ 01/12/2025 đến 14/12/2025)');
    expect(toCsv(checklist)).toContain(',trước 11 giờ 00 ngày 04/12/2025,"Thứ Năm hằng tuần, trước 11 giờ 00, từ 01/12/2025 đến 14/12/2025",,2025-12-04,chậm nhất,11:00,');
    // The calendar shows the report on the Thursday (a “before” day would move it to Wednesday).
    expect(toIcs(checklist)).toContain('DTSTART;VALUE=DATE:20251204');
  });
  test('without an hour, “trước ngày 05” still excludes the day', () => {
    const { checklist } = plan('{ year: 2026 }', '{ every: month, day: 5, months: [ 3 ] }');
    expect(checklist.items.map((i) => [i.due, i.dueKind, i.hour])).toEqual([['2026-03-05', 'before', null]]);
  });
});
