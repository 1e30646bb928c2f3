import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadPlan } from 'kehoach';
import { dutyLists } from '../src/duty-model.js';
import { moveDuty, moveDutyTo, moveTargets } from '../src/duty-move.js';
import { addSectionAfter, deleteSection, moveSection, renameSection, sectionsOf } from '../src/section-model.js';
import { timeFields, timeValue, timeWords } from '../src/time-model.js';
import { cutItem, insertItem, moveItem } from '../src/yaml-list-edit.js';

// The duty and section forms' models and their YAML edits, on a short plan of the team's own.
const PLAN = `# Kế hoạch phổ biến pháp luật năm 2026 của xã Minh Xuân (bản thử của nhóm)
schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã Minh Xuân, headerLines: [ ỦY BAN NHÂN DÂN, XÃ MINH XUÂN ], abbreviation: UBND, place: Minh Xuân }
number: 12
date: "2026-01-15"
title: Phổ biến, giáo dục pháp luật năm 2026
agencies:
  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }
  tu-phap-xa: { name: Công chức Tư pháp - Hộ tịch, level: xa, kind: chuyen-mon }
body:
  - title: MỤC ĐÍCH, YÊU CẦU
    items:
      - Nâng cao hiểu biết pháp luật của Nhân dân trên địa bàn xã.
  - title: NHIỆM VỤ
    items:
      - tasks:
          tasks:
            # Tuyên truyền trên loa
            - id: loa
              lead: cong-an-xa
              text: Tuyên truyền trên hệ thống loa truyền thanh xã.
              time: { before: "2026-03-31" }
            - id: hoi-nghi
              lead: tu-phap-xa
              text: >-
                Tổ chức hội nghị phổ biến pháp luật
                cho cán bộ thôn. # không phải chú thích
              # hội trường Ủy ban
            - id: bao-cao
              lead: tu-phap-xa
              text: Báo cáo kết quả về Ủy ban nhân dân xã.
  - title: TỔ CHỨC THỰC HIỆN
    items:
      - Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc thực hiện Kế hoạch này.
signature: { authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ], titles: [ CHỦ TỊCH ], name: Nguyễn Văn Bình }
recipients:
  to:
    - { name: Thường trực Đảng ủy xã, purpose: để báo cáo }
  archive: VT, TP
`;

const TASKS = ['body', 1, 'items', 0, 'tasks', 'tasks'];
const ids = (text: string, path = TASKS) => (parse(text) as never as Record<string, unknown>) && (path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], parse(text)) as Array<{ id: string }>).map((t) => t.id);

describe('times the duty form writes and reads', () => {
  test('spoken periods and recurrences as fields, both ways, with the printed words from nd30', () => {
    const q3 = { kind: 'within', date: '', to: '', period: { unit: 'quarter', n: '3', year: '2026' } } as const;
    expect(timeValue(q3, undefined)).toEqual({ within: { quarter: 3, year: 2026 } });
    expect(timeWords(q3, undefined)).toEqual({ words: 'Trong quý III/2026', ok: true });
    expect(timeFields({ within: { quarter: 3, year: 2026 } })).toEqual(q3);
    expect(timeFields({ by: { half: 1, year: 2026 } })).toEqual({ kind: 'by-period', date: '', to: '', period: { unit: 'half', n: '1', year: '2026' } });
    expect(timeWords(timeFields({ by: { half: 1, year: 2026 } }), undefined).words).toBe('Hoàn thành trong 6 tháng đầu năm 2026');
    expect(timeValue({ kind: 'before-period', date: '', to: '', period: { unit: 'month', n: '5', year: '2026' } }, undefined)).toEqual({ before: { month: 5, year: 2026 } });
    expect(timeValue({ kind: 'within', date: '', to: '', period: { unit: 'schoolYear', n: '', year: '2026' } }, undefined)).toEqual({ within: { schoolYear: 2026 } });
    const monthly = { kind: 'every', date: '', to: '', every: { every: 'month', day: '25', weekday: '', month: '', dueKind: 'before' } } as const;
    expect(timeValue(monthly, undefined)).toEqual({ every: 'month', day: 25 });
    expect(timeWords(monthly, undefined).words).toBe('Trước ngày 25 hằng tháng');
    expect(timeFields({ every: 'month', day: 25 })).toEqual(monthly);
    expect(timeValue({ ...monthly, every: { ...monthly.every, every: 'year', day: '20', month: '11', dueKind: 'by' } }, undefined)).toEqual({ every: 'year', day: 20, months: [11], dueKind: 'by' });
    expect(timeWords(timeFields({ every: 'week', weekday: 4 }), undefined).words).toBe('Thứ Năm hằng tuần');
    expect(timeWords({ kind: 'on', date: '2026-07-30', to: '' }, undefined).words).toBe('Ngày 30/7/2026');
    // What the form cannot show stays as written.
    for (const t of [{ every: 'week', weekday: 4, hour: '11:00' }, { every: 'month', day: 5, nextPeriod: true }, { by: '2026-03-31', ongoing: true }, { within: { quarter: 2 }, ongoing: true }, { every: 'year', day: 15, months: [6, 12] }])
      expect(timeFields(t).kind, JSON.stringify(t)).toBe('other');
    expect(timeValue({ kind: 'other', date: '', to: '' }, { every: 'week', weekday: 4, hour: '11:00' })).toEqual({ every: 'week', weekday: 4, hour: '11:00' });
    // Wrong fields: Vietnamese messages, shown beside the fields instead of the words.
    expect(timeWords({ kind: 'within', date: '', to: '', period: { unit: 'quarter', n: '5', year: '2026' } }, undefined)).toEqual({ words: 'Quý phải là số từ 1 đến 4.', ok: false });
    expect(() => timeValue({ ...monthly, every: { ...monthly.every, every: 'year', day: '', month: '4' } }, undefined)).toThrow('Định kỳ hằng năm theo tháng cần ghi cả ngày.');
  });
});

describe('duties moved as their lines', () => {
  test('up and down in their list: comments and folded text travel with the duty', () => {
    const lists = dutyLists(parse(PLAN));
    const down = moveDuty(PLAN, lists[0]!, 0, 1);
    expect(ids(down)).toEqual(['hoi-nghi', 'loa', 'bao-cao']);
    expect(down).toContain(
      '            - id: hoi-nghi\n              lead: tu-phap-xa\n              text: >-\n                Tổ chức hội nghị phổ biến pháp luật\n                cho cán bộ thôn. # không phải chú thích\n              # hội trường Ủy ban\n' +
        '            # Tuyên truyền trên loa\n            - id: loa\n',
    );
    expect(moveDuty(down, dutyLists(parse(down))[0]!, 1, -1)).toBe(PLAN);
    expect(moveDuty(PLAN, lists[0]!, 0, -1)).toBe(PLAN);
    expect(moveItem(PLAN, TASKS, 2, 0).split('\n').length).toBe(PLAN.split('\n').length);
  });

  test('to another section: a new block of tasks where it has none; the plan still loads with the duty there', () => {
    const data = parse(PLAN);
    const targets = moveTargets(dutyLists(data), sectionsOf(data));
    expect(targets.map((t) => t.label)).toEqual(['NHIỆM VỤ', 'MỤC ĐÍCH, YÊU CẦU (danh sách nhiệm vụ mới)', 'TỔ CHỨC THỰC HIỆN (danh sách nhiệm vụ mới)']);
    const moved = moveDutyTo(PLAN, dutyLists(data)[0]!, 2, targets[2]!);
    expect(moved).toContain(
      '      - Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc thực hiện Kế hoạch này.\n      - tasks:\n          tasks:\n            - id: bao-cao\n              lead: tu-phap-xa\n              text: Báo cáo kết quả về Ủy ban nhân dân xã.\nsignature:',
    );
    expect(ids(moved)).toEqual(['loa', 'hoi-nghi']);
    const plan = loadPlan(moved).plan!;
    expect(plan.tasks.map((t) => t.id)).toEqual(['loa', 'hoi-nghi', 'bao-cao']);
    // And back into the existing list: to its end.
    const back = moveDutyTo(moved, dutyLists(parse(moved))[1]!, 0, moveTargets(dutyLists(parse(moved)), sectionsOf(parse(moved)))[0]!);
    expect(ids(back)).toEqual(['loa', 'hoi-nghi', 'bao-cao']);
    expect(back).toContain('      - Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc thực hiện Kế hoạch này.\n      - tasks:\n          tasks: []\nsignature:');
  });

  test('the only item of a list leaves an empty list; an empty or flow list takes block lines', () => {
    const text = 'a:\n  - x: 1\n    # mine\nb: []\nc: [ 1 ]\n';
    const cut = cutItem(text, ['a'], 0);
    expect(cut).toEqual({ text: 'a: []\nb: []\nc: [ 1 ]\n', block: '- x: 1\n  # mine\n' });
    expect(insertItem(cut.text, ['b'], cut.block)).toBe('a: []\nb:\n  - x: 1\n    # mine\nc: [ 1 ]\n');
    expect(insertItem(cut.text, ['c'], cut.block)).toBe('a: []\nb: []\nc:\n  - 1\n  - x: 1\n    # mine\n');
    expect(insertItem(cut.text, ['d'], cut.block)).toBe('a: []\nb: []\nc: [ 1 ]\nd:\n  - x: 1\n    # mine\n');
  });
});

describe('sections edited through the section form', () => {
  test('listed with their duties; renamed, added, moved and deleted in place; deleting one with duties is refused', () => {
    const s = sectionsOf(parse(PLAN));
    expect(s.map((x) => [x.title, x.list.join('.'), x.index, x.duties])).toEqual([
      ['MỤC ĐÍCH, YÊU CẦU', 'body', 0, 0],
      ['NHIỆM VỤ', 'body', 1, 3],
      ['TỔ CHỨC THỰC HIỆN', 'body', 2, 0],
    ]);
    const added = addSectionAfter(PLAN, s[1]!, 'KINH PHÍ: thực hiện');
    expect(added).toContain("              text: Báo cáo kết quả về Ủy ban nhân dân xã.\n  - title: \"KINH PHÍ: thực hiện\"\n  - title: TỔ CHỨC THỰC HIỆN\n");
    const s2 = sectionsOf(parse(added));
    const renamed = renameSection(added, s2[2]!, '  KINH PHÍ  THỰC HIỆN ');
    expect(renamed).toContain('\n  - title: KINH PHÍ THỰC HIỆN\n  - title: TỔ CHỨC THỰC HIỆN\n');
    const up = moveSection(renamed, sectionsOf(parse(renamed))[2]!, -1);
    expect(sectionsOf(parse(up)).map((x) => x.title)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'KINH PHÍ THỰC HIỆN', 'NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN']);
    expect(up).toContain('# Tuyên truyền trên loa');
    expect(loadPlan(up).plan?.tasks.length).toBe(3);
    expect(() => deleteSection(up, sectionsOf(parse(up))[2]!)).toThrow('Mục “NHIỆM VỤ” còn 3 nhiệm vụ: chuyển các nhiệm vụ sang mục khác hoặc xóa chúng trước khi xóa mục.');
    expect(deleteSection(up, sectionsOf(parse(up))[1]!)).toBe(PLAN);
    expect(() => renameSection(PLAN, s[0]!, '  ')).toThrow('Hãy viết tiêu đề mục.');
    // A duty moved into a section just added (a title only): its items and block of tasks are written under the title.
    const fresh = sectionsOf(parse(added))[2]!;
    const into = moveDutyTo(added, dutyLists(parse(added))[0]!, 0, moveTargets(dutyLists(parse(added)), [fresh])[1]!);
    expect(into).toContain(
      '  - title: "KINH PHÍ: thực hiện"\n    items:\n      - tasks:\n          tasks:\n            # Tuyên truyền trên loa\n            - id: loa\n              lead: cong-an-xa\n              text: Tuyên truyền trên hệ thống loa truyền thanh xã.\n              time: { before: "2026-03-31" }\n  - title: TỔ CHỨC THỰC HIỆN\n',
    );
    expect(loadPlan(into).plan?.tasks.map((t) => t.id)).toEqual(['hoi-nghi', 'bao-cao', 'loa']);
    // A flow list is written again, reordered.
    expect(moveItem('a: [ x, y, z ] # ba\n', ['a'], 0, 2)).toBe('a: [ y, z, x ] # ba\n');
  });
});
