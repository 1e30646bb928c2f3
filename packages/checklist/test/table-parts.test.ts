import { expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { loadPlan } from '@kehoach/core';

test('a task over two table rows (parts) is two duties, each with its own output and deadline', () => {
  const yaml = [
    'schemaVersion: 2',
    'issuer: { name: Ủy ban nhân dân tỉnh Đắk Lắk, abbreviation: UBND, place: Đắk Lắk }',
    'number: 38',
    'date: 2026-01-09',
    'title: Phổ biến pháp luật',
    'period: { year: 2026 }',
    'agencies: { xa: { name: UBND các xã } }',
    'body:',
    '  - title: PHÂN CÔNG',
    '    items:',
    '      - table:',
    '          kind: tasks',
    '          columns: [ { title: TT, field: number }, { title: Nhiệm vụ, field: text }, { title: Sản phẩm, field: output }, { title: Thời gian, field: time } ]',
    '          rows:',
    '            - id: ke-hoach-xa',
    '              text: Kế hoạch của cấp xã',
    '              lead: xa',
    '              parts:',
    '                - { output: Kế hoạch, time: { before: 2026-02-15 } }',
    '                - { output: Báo cáo, time: { every: year, months: [ 11 ], day: 20 } }',
  ].join('\n');
  const { plan, diagnostics } = loadPlan(yaml);
  expect(diagnostics).toEqual([]);
  const { checklist } = deriveChecklist(plan!);
  expect(checklist.items.map((i) => [i.id, i.output, i.due])).toEqual([
    ['kh-ubnd-2026-dak-lak-01186430/ke-hoach-xa/lead/xa', 'Kế hoạch', '2026-02-15'],
    ['kh-ubnd-2026-dak-lak-01186430/ke-hoach-xa/phan-2/2026-11-20/lead/xa', 'Báo cáo', '2026-11-20'],
  ]);
  expect(plan!.tasks).toHaveLength(1);
});
