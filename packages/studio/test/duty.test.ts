import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dutyLists, idsValue, newDutyId, timeFields, timeValue } from '../src/duty-model.js';
import { appendItem, removeItem, setValue } from '../src/yaml-text-edit.js';

// The duty form's model and its in-place YAML edits, on a short plan of the team's own.
const PLAN = `# Kế hoạch tuyên truyền pháp luật năm 2026 của xã Minh Xuân
agencies:
  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }
  tu-phap-xa: { name: Công chức Tư pháp - Hộ tịch, level: xa, kind: chuyen-mon }
body:
  - title: NHIỆM VỤ
    role: tasks
    items:
      - tasks:
          # Tuyên truyền
          - id: tuyen-truyen-loa
            lead: cong-an-xa
            text: Tuyên truyền trên hệ thống loa truyền thanh xã.
            time: { before: "2026-03-31" }
          - id: hoi-nghi
            text: >-
              Tổ chức hội nghị phổ biến pháp luật cho cán bộ thôn.
            time: { within: { quarter: 2, year: 2026 } }
  - title: TỔ CHỨC THỰC HIỆN
    items:
      - tasks:
          groups:
            - id: cong-an
              lead: cong-an-xa
              tasks:
                - id: bao-cao
                  text: Báo cáo kết quả về Ủy ban nhân dân xã.
`;

describe('the duties of a plan, as the form sees them', () => {
  test('every list of tasks with its label; times as form fields, other forms kept', () => {
    const lists = dutyLists(parse(PLAN), (id) => ({ 'cong-an-xa': 'Công an xã' })[id] ?? id);
    expect(lists.map((l) => [l.label, l.path.join('.'), l.duties.map((d) => d.id)])).toEqual([
      ['NHIỆM VỤ', 'body.0.items.0.tasks', ['tuyen-truyen-loa', 'hoi-nghi']],
      ['TỔ CHỨC THỰC HIỆN › Công an xã', 'body.1.items.0.tasks.groups.0.tasks', ['bao-cao']],
    ]);
    expect(lists[0]!.duties[0]).toMatchObject({ lead: 'cong-an-xa', support: '', time: { kind: 'before', date: '2026-03-31', to: '' } });
    // A spoken period is a kind of its own now (time-model.ts); a recurrence with an hour is still kept as written.
    expect(lists[0]!.duties[1]!.time).toEqual({ kind: 'within', date: '', to: '', period: { unit: 'quarter', n: '2', year: '2026' } });
    expect(dutyLists({ body: [{ items: [{ tasks: [{ id: 'x', text: 'x', time: { every: 'week', weekday: 4, hour: '11:00' } }] }] }] })[0]!.duties[0]!.time.kind).toBe('other');
    expect(timeFields({ from: '2026-01-01', to: '2026-06-30' })).toEqual({ kind: 'range', date: '2026-01-01', to: '2026-06-30' });
    expect(timeValue({ kind: 'by', date: '2026-05-01', to: '' }, undefined)).toEqual({ by: '2026-05-01' });
    expect(timeValue({ kind: 'other', date: '', to: '' }, { every: 'month', day: 20 })).toEqual({ every: 'month', day: 20 });
    expect(() => timeValue({ kind: 'range', date: '2026-06-30', to: '2026-01-01' }, undefined)).toThrow('Ngày kết thúc đứng trước ngày bắt đầu.');
    expect(idsValue('@cong-an-xa, tu-phap-xa')).toEqual(['cong-an-xa', 'tu-phap-xa']);
    expect(idsValue(' cong-an-xa ')).toBe('cong-an-xa');
    expect(newDutyId('Tuyên truyền trên hệ thống loa', parse(PLAN))).toBe('tuyen-truyen-tren-he-thong');
    expect(newDutyId('Báo cáo', { body: [{ id: 'bao-cao' }] })).toBe('bao-cao-2');
  });

  test('a task appended, changed and removed in place: comments and the other tasks untouched', () => {
    const added = appendItem(PLAN, ['body', 0, 'items', 0, 'tasks'], { id: 'thi-tim-hieu', support: ['tu-phap-xa', 'cong-an-xa'], text: 'Tổ chức cuộc thi tìm hiểu pháp luật.', time: { by: '2026-10-15' } });
    expect(added).toContain(
      '              Tổ chức hội nghị phổ biến pháp luật cho cán bộ thôn.\n            time: { within: { quarter: 2, year: 2026 } }\n' +
        '          - id: thi-tim-hieu\n            support: [ tu-phap-xa, cong-an-xa ]\n            text: Tổ chức cuộc thi tìm hiểu pháp luật.\n            time: { by: "2026-10-15" }\n  - title: TỔ CHỨC THỰC HIỆN\n',
    );
    const changed = setValue(added, ['body', 0, 'items', 0, 'tasks', 2, 'time'], { from: '2026-09-01', to: '2026-10-15' }, ['text']);
    expect(changed).toContain('            time: { from: "2026-09-01", to: "2026-10-15" }\n');
    const removed = removeItem(changed, ['body', 0, 'items', 0, 'tasks'], 0);
    expect(removed).not.toContain('tuyen-truyen-loa');
    expect(removed).toContain('          # Tuyên truyền\n          - id: hoi-nghi\n');
    expect(parse(removed).body[0].items[0].tasks.map((t: { id: string }) => t.id)).toEqual(['hoi-nghi', 'thi-tim-hieu']);
  });
});
