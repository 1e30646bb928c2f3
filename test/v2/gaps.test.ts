// What the corpus plans needed beyond the first cut of schema v2, each asserted on its output.
import { describe, expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { loadPlan, type Plan } from '@kehoach/core';
import { renderText } from '@kehoach/render-text';

const PLAN = `schemaVersion: 2
issuer: { name: Ủy ban nhân dân tỉnh Sơn Hà, abbreviation: UBND, place: Sơn Hà, authority: Chủ tịch Ủy ban nhân dân tỉnh Sơn Hà }
draftDate: { year: 2025, month: 12 }
typeLine: KẾ HOẠCH HÀNH ĐỘNG
title: Cải cách hành chính năm 2026
period: { year: 2026 }
agencies:
  noi-vu: { name: Sở Nội vụ, level: tinh, kind: chuyen-mon }
  tu-phap: { name: Sở Tư pháp, level: tinh, kind: chuyen-mon }
  xa: { name: "Ủy ban nhân dân các xã, phường", level: xa, kind: ubnd }
references:
  - { id: qd-1441, type: Quyết định, number: 1441/QĐ-UBND, date: 2025-06-30, issuer: Ủy ban nhân dân tỉnh }
body:
  - title: Hoàn thiện thể chế
    titleCase: as-written
    items:
      - tasks:
          itemStyle: paren-number
          tasks:
            - { id: t1, text: Rà soát văn bản., lead: tu-phap, time: { every: year, months: [1], day: 31, nextPeriod: true } }
            - { id: t2, text: Đánh giá chỉ số., lead: noi-vu, time: { by: 2026-03-31, ongoing: true } }
      - { text: Năm 2026, style: star }
  - title: TỔ CHỨC THỰC HIỆN
    facts:
      reporting:
        periods:
          - { label: Báo cáo tiến độ, reporters: xa, to: noi-vu, time: { every: week, weekday: 4, hour: '11:00', from: 2026-01-01, to: 2026-01-31 } }
    items: ["Các sở, ban, ngành báo cáo hằng tuần."]
  - items: [Trên đây là Kế hoạch cải cách hành chính năm 2026.]
appendices:
  - title: Phân công
    attachedLead: Ban hành kèm theo
    items:
      - table:
          kind: tasks
          columns:
            - { title: TT, field: number }
            - { title: Nhiệm vụ, field: text }
            - { title: Chủ trì, field: lead }
            - { title: Phối hợp, field: support }
            - { title: Theo dõi, field: monitor }
          rows:
            - { id: r1, text: Sắp xếp bộ máy., assignedBy: { reference: qd-1441 }, monitor: noi-vu }
            - id: r2
              text: Số hóa hồ sơ.
              lead: noi-vu
              parts: [{ monitor: noi-vu }, { monitor: tu-phap }]
signature: { authority: [{ type: KT, of: CHỦ TỊCH }], titles: [PHÓ CHỦ TỊCH], name: Lê Văn D }
`;

let plan: Plan;
test('loads without diagnostics', () => {
  const r = loadPlan(PLAN);
  expect(r.diagnostics).toEqual([]);
  plan = r.plan!;
});

describe('printed', () => {
  const text = () => renderText(plan);
  test('a draft with its month and year; the type line as the plan says', () => {
    expect(text()).toContain('Sơn Hà, ngày      tháng 12 năm 2025');
    expect(text()).toContain('KẾ HOẠCH HÀNH ĐỘNG\nCải cách hành chính năm 2026');
  });
  test('a heading as written, (1) (2) numbering, a * line, an untitled closing section', () => {
    // Each task's time, given as data, is printed with its lead (issue 21).
    expect(text()).toContain(
      'I. Hoàn thiện thể chế\n\n(1) Rà soát văn bản (Sở Tư pháp thực hiện; thời gian hoàn thành: hằng năm, trước ngày 31/01 của năm liền kề).\n\n(2) Đánh giá chỉ số (Sở Nội vụ thực hiện; thời gian hoàn thành: chậm nhất 31/3/2026 và thực hiện thường xuyên).\n\n* Năm 2026',
    );
    expect(text()).toContain('II. TỔ CHỨC THỰC HIỆN');
    // The weekly report given as data, which the section's words say less precisely (“báo cáo hằng tuần”), is its sentence.
    expect(text()).toMatch(/báo cáo hằng tuần\.\n\n2\. Ủy ban nhân dân các xã, phường báo cáo tiến độ về Sở Nội vụ thứ Năm hằng tuần, trước 11 giờ 00, từ 01\/01\/2026 đến 31\/01\/2026\.\n\nTrên đây là Kế hoạch cải cách hành chính năm 2026\.\n/);
    expect(text()).not.toContain('III.');
  });
  test('the attachment line names the issuing authority, in its own words', () => {
    expect(text()).toContain('(Ban hành kèm theo Kế hoạch số       /KH-UBND ngày      /12/2025 của Chủ tịch Ủy ban nhân dân tỉnh Sơn Hà)');
  });
  test('an assignment by another document spans the lead and support columns; follow-up per row', () => {
    expect(text()).toContain('1 | Sắp xếp bộ máy. | Theo phân công tại Quyết định số 1441/QĐ-UBND | Sở Nội vụ\n2 | Số hóa hồ sơ. | Sở Nội vụ |  | Sở Nội vụ\nSở Tư pháp');
    const table = plan.appendices[0]!.items[0]!.table!;
    expect(table.rows[0]!.cells.map((c) => c.colSpan)).toEqual([1, 1, 2, 1]);
    expect(plan.tasks.find((t) => t.id === 'r1')!.assignedBy).toBe('Theo phân công tại Quyết định số 1441/QĐ-UBND');
  });
});

describe('checklist', () => {
  const result = () => deriveChecklist(plan);
  test('“trước ngày 31/01 năm liền kề”: due 31/01/2027, no error and no stale-date warning', () => {
    const t1 = result().checklist.items.filter((i) => i.source.endsWith('/tasks/0'));
    expect(t1.map((i) => i.due)).toEqual(['2027-01-31']);
    expect(result().diagnostics).toEqual([]);
  });
  test('a weekly report with its hour: one item per Thursday of the window', () => {
    const reports = result().checklist.items.filter((i) => i.kind === 'report');
    expect(reports.map((i) => i.due)).toEqual(['2026-01-01', '2026-01-08', '2026-01-15', '2026-01-22', '2026-01-29']);
    expect(reports[0]!.text).toBe('Báo cáo tiến độ (tuần 01/01/2026) gửi Sở Nội vụ');
    expect(reports[0]!.ref).toBe('II');
  });
  test('a stale deadline followed by “thường xuyên” is warned once', () => {
    const stale = loadPlan(PLAN.replace('by: 2026-03-31', 'by: 2025-03-31')).plan!;
    expect(deriveChecklist(stale).diagnostics.map((d) => d.code)).toEqual(['CHECKLIST_DATE_OUTSIDE_PERIOD']);
  });
});

test('references used by an assignment must be declared', () => {
  const [d] = loadPlan(PLAN.replace('assignedBy: { reference: qd-1441 }', 'assignedBy: { reference: qd-1442 }')).diagnostics;
  expect([d!.code, d!.suggestion]).toEqual(['UNKNOWN_REFERENCE', 'có phải ý bạn là “qd-1441”? — did you mean "qd-1441"?']);
});
