// Schema v2 structures, each asserted on what it prints and what the checklist derives from it.
import { describe, expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { loadPlan, type Plan } from '@kehoach/core';
import { formatTime as timeInWords } from '@kehoach/nd30';
import { renderDocx } from '@kehoach/render-docx';
import { renderMarkdown, renderText } from '@kehoach/render-text';
import { openDocx } from '../render/docx-helpers.js';

const PLAN = `schemaVersion: 2
issuer: { name: Sở Thông tin và Truyền thông tỉnh An Lạc, abbreviation: STTTT, place: An Lạc, agency: so, parent: { name: Ủy ban nhân dân tỉnh An Lạc } }
number: 7
date: 2026-03-02
title: Chuyển đổi số năm 2026
period: { year: 2026 }
numbering: { sections: roman, levels: [number, subnumber, letter] }
agencies:
  so: { name: Sở Thông tin và Truyền thông, level: tinh, kind: chuyen-mon }
  tc: { name: Sở Tài chính, level: tinh, kind: chuyen-mon }
  xa: { name: "Ủy ban nhân dân các xã, phường", level: xa, kind: ubnd }
  vp: { name: Văn phòng Ủy ban nhân dân tỉnh, level: tinh, kind: chuyen-mon }
  an: { name: Nguyễn Thị An, kind: ca-nhan, role: Trưởng nhóm, of: so }
opening:
  situation: Năm 2025, tỉnh đã hoàn thành các chỉ tiêu chuyển đổi số.
  bases:
    - lead: Căn cứ
      references:
        - { id: nq-57, type: Nghị quyết, number: 57-NQ/TW, date: 2024-12-22, issuer: Bộ Chính trị }
    - lead: Thực hiện
      references:
        - { type: Kế hoạch, number: 12/KH-UBND, date: 2026-01-15, issuer: Ủy ban nhân dân tỉnh }
  closing: "Sở Thông tin và Truyền thông ban hành Kế hoạch như sau:"
body:
  - part: THỰC TRẠNG
    sections:
      - title: KẾT QUẢ NĂM 2025
        items: [Đã số hóa 80% hồ sơ.]
  - part: KẾ HOẠCH NĂM 2026
    sections:
      - title: MỤC TIÊU
        role: targets
        items:
          - text: Tăng trưởng kinh tế số đạt từ 5 - 6% GRDP.
            measures: [{ min: 5, max: 6, unit: '%', subject: GRDP, year: 2026 }]
      - title: NHIỆM VỤ
        items:
          - title: Hạ tầng
            items:
              - tasks:
                  attribution: labelled
                  labels: { lead: Đơn vị chủ trì thực hiện }
                  tasks:
                    - id: ha-tang
                      text: Nâng cấp trung tâm dữ liệu.
                      lead: so
                      support: [tc, xa]
                      time: { by: { quarter: 1, year: 2026 }, ongoing: true }
                    - id: bao-cao-tuan
                      text: Báo cáo tiến độ.
                      lead: xa
                      time: { every: week, weekday: 4, hour: '11:00', from: 2026-03-01, to: 2026-03-31 }
          - title: Dữ liệu
            inline: true
            text: làm sạch dữ liệu dân cư.
      - title: TỔ CHỨC THỰC HIỆN
        facts:
          focalAgency: so
          ownPlans: { agencies: xa, time: { before: 2026-04-10 } }
          reporting:
            periods:
              - { label: Báo cáo tháng, reporters: xa, to: so, due: { day: 5, month: 4 } }
        items: ["Sở Thông tin và Truyền thông theo dõi, tổng hợp."]
signature:
  - { authority: [{ type: KT, of: GIÁM ĐỐC }], titles: [PHÓ GIÁM ĐỐC], name: Lê Văn C }
  - { titles: [TRƯỞNG NHÓM], name: Nguyễn Thị An }
recipients: { to: [{ agency: vp, purpose: để báo cáo }], archive: VT }
appendices:
  - title: Phân công thực hiện
    landscape: true
    items:
      - table:
          kind: tasks
          columns:
            - { title: TT, field: number, width: 1 }
            - { title: Nhiệm vụ, field: text, width: 6 }
            - { title: Sản phẩm, field: output, width: 3 }
            - { title: Thời gian, field: time, width: 3 }
            - { title: Chủ trì, field: lead, width: 3 }
          header:
            - [TT, Nhiệm vụ, { text: Kết quả, colSpan: 2 }, Chủ trì]
          groups:
            - title: Hạ tầng số
              rows:
                - id: mang
                  text: Phủ sóng 5G.
                  lead: so
                  parts:
                    - { output: Khu đô thị, time: { within: { month: 6, year: 2026 } } }
                    - { output: Khu công nghiệp, time: { every: year } }
                - { id: wifi, text: Wifi công cộng., lead: an, output: 20 điểm, time: { every: month, day: 5, nextPeriod: true } }
`;

let plan: Plan;
test('the plan loads without diagnostics', () => {
  const r = loadPlan(PLAN, { file: 'v2.yaml' });
  expect(r.diagnostics).toEqual([]);
  plan = r.plan!;
});

describe('structure and numbering', () => {
  test('PHẦN I and II, sections restart in each part, levels as the plan asks', () => {
    expect(plan.sections.map((p) => [p.label, p.title, p.children.map((s) => `${s.label} ${s.title}`)])).toEqual([
      ['Phần I', 'THỰC TRẠNG', ['I. KẾT QUẢ NĂM 2025']],
      ['Phần II', 'KẾ HOẠCH NĂM 2026', ['I. MỤC TIÊU', 'II. NHIỆM VỤ', 'III. TỔ CHỨC THỰC HIỆN']],
    ]);
    const tasks = plan.sections[1]!.children[1]!;
    expect(tasks.children.map((c) => c.label)).toEqual(['1.', '2.']);
    expect(tasks.children[0]!.children.map((c) => c.label)).toEqual(['1.1.', '1.2.']);
  });
  test('every task anywhere is in plan.tasks with its reference', () => {
    expect(plan.tasks.map((t) => [t.id, t.ref])).toEqual([
      ['ha-tang', 'PII.II.1.1'],
      ['bao-cao-tuan', 'PII.II.1.2'],
      ['mang', 'PL1.I.1'],
      ['wifi', 'PL1.I.2'],
    ]);
    expect(plan.tasks.find((t) => t.id === 'wifi')!.lead.map((a) => [a.name, a.role])).toEqual([['Nguyễn Thị An', 'Trưởng nhóm']]);
  });
  test('implementation facts are found where the plan states them, with their reference', () => {
    expect(plan.implementation.focalAgency?.id).toBe('so');
    expect(plan.implementation.ownPlans.map((a) => a.id)).toEqual(['xa']);
    expect(plan.implementation.reporting.map((r) => [r.label, r.ref])).toEqual([['Báo cáo tháng', 'PII.III']]);
  });
});

describe('printed words', () => {
  const text = () => renderText(plan);
  test('opening: situation, then each basis with its own lead word, then the formula', () => {
    expect(text()).toContain('Năm 2025, tỉnh đã hoàn thành các chỉ tiêu chuyển đổi số.\n\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh;\n\nSở Thông tin và Truyền thông ban hành Kế hoạch như sau:');
  });
  test('labelled attribution generated from the data, names with commas joined by “; ”', () => {
    expect(text()).toContain('1.1. Nâng cấp trung tâm dữ liệu.\n\n- Đơn vị chủ trì thực hiện: Sở Thông tin và Truyền thông.\n\n- Đơn vị phối hợp: Sở Tài chính; Ủy ban nhân dân các xã, phường.\n\n- Thời gian hoàn thành: Hoàn thành trong quý I/2026 và thực hiện thường xuyên.');
    expect(text()).toContain('- Thời gian hoàn thành: Thứ Năm hằng tuần, trước 11 giờ 00, từ 01/3/2026 đến 31/3/2026.');
  });
  test('a heading and its text in one paragraph', () => {
    expect(text()).toContain('2. Dữ liệu: làm sạch dữ liệu dân cư.');
  });
  test('two signers side by side; the task table as rows with merged cells', () => {
    const doc = openDocx(renderDocx(plan).docx!);
    const xml = doc.text('word/document.xml');
    expect(xml).toMatch(/<w:t xml:space="preserve">KT\. GIÁM ĐỐC<\/w:t>[\s\S]*PHÓ GIÁM ĐỐC[\s\S]*Lê Văn C[\s\S]*TRƯỞNG NHÓM[\s\S]*Nguyễn Thị An/);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect((xml.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length).toBe(3);
    expect((xml.match(/<w:vMerge\/>/g) ?? []).length).toBe(3);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:orient="landscape"');
    expect(text()).toContain('TT | Nhiệm vụ | Kết quả | Chủ trì\nI | Hạ tầng số\n1 | Phủ sóng 5G. | Khu đô thị | Trong tháng 6/2026 | Sở Thông tin và Truyền thông\nKhu công nghiệp | Hằng năm\n2 | Wifi công cộng. | 20 điểm | Hằng tháng, trước ngày 05 của tháng liền kề | Nguyễn Thị An');
  });
  test('Markdown prints the table as a pipe table', () => {
    expect(renderMarkdown(plan)).toContain(
      '| TT | Nhiệm vụ | Kết quả |  | Chủ trì |\n| --- | --- | --- | --- | --- |\n| **I** | **Hạ tầng số** |  |  |  |\n| 1 | Phủ sóng 5G. | Khu đô thị | Trong tháng 6/2026 | Sở Thông tin và Truyền thông |\n|  |  | Khu công nghiệp | Hằng năm |  |',
    );
  });
});

describe('times as people write them', () => {
  test.each([
    [{ by: { quarter: 1, year: 2023 }, ongoing: true }, 'Hoàn thành trong quý I/2023 và thực hiện thường xuyên'],
    [{ from: { quarter: 1, year: 2023 } }, 'Từ quý I/2023'],
    [{ from: '2026-02-01', ongoing: true }, 'Thực hiện thường xuyên từ 01/02/2026'],
    [{ within: { half: 1, year: 2026 } }, 'Trong 6 tháng đầu năm 2026'],
    [{ within: { schoolYear: 2020 } }, 'Trong năm học 2020 - 2021'],
    [{ every: 'month', day: 18 }, 'Trước ngày 18 hằng tháng'],
    [{ every: 'year' }, 'Hằng năm'],
    [{ asRegulated: true }, 'Theo quy định'],
    [{ before: '2026-01-15', ongoing: true }, 'Hoàn thành trước 15/01/2026 và thực hiện thường xuyên'],
    [{ note: 'Trước ngày 31/01 năm liền kề', every: 'year', months: [12], day: 31, nextPeriod: true }, 'Trước ngày 31/01 năm liền kề'],
  ] as const)('%j → %s', (time, words) => {
    expect(timeInWords(time as never)).toBe(words);
  });
  test('a deadline set by another document names it', () => {
    expect(timeInWords({ reference: 'nq-57' }, (id) => (id === 'nq-57' ? 'Nghị quyết số 57-NQ/TW' : undefined))).toBe('Theo thời hạn tại Nghị quyết số 57-NQ/TW');
  });
});

describe('checklist items with concrete dates where the plan makes them determinate', () => {
  const items = () => deriveChecklist(plan).checklist.items;
  test('deadline then ongoing: a dated item and an ongoing one', () => {
    const lead = items().filter((i) => i.source.endsWith('/tasks/0') && i.role === 'lead');
    expect(lead.map((i) => [i.due, i.dueKind, i.ongoing])).toEqual([['2026-03-31', 'by', false], [null, null, true]]);
  });
  test('weekly on Thursdays inside the window', () => {
    const weekly = items().filter((i) => i.recurrence === 'week');
    expect(weekly.map((i) => i.due)).toEqual(['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26']);
  });
  test('“hằng năm” without a day is undated (no invented 31/12); “trước ngày 05 của tháng liền kề” falls in the next month', () => {
    const mang = items().filter((i) => i.source.includes('/rows/0'));
    // Two rows (parts): “Trong tháng 6/2026”, then “Hằng năm” — a duty of its own, undated.
    expect(mang.map((i) => [i.due, i.window?.from ?? null, i.output])).toEqual([['2026-06-30', '2026-06-01', 'Khu đô thị'], [null, null, 'Khu công nghiệp']]);
    const wifi = items().filter((i) => i.source.includes('/rows/1'));
    expect(wifi.slice(0, 2).map((i) => i.due)).toEqual(['2026-02-05', '2026-03-05']);
    expect(wifi[wifi.length - 1]!.due).toBe('2027-01-05');
  });
  test('report items carry the reference of the part that states the schedule', () => {
    expect(items().filter((i) => i.kind === 'report').map((i) => [i.ref, i.due])).toEqual([['PII.III', '2026-04-05']]);
  });
});
