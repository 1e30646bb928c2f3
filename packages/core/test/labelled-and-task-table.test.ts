import { describe, expect, test } from 'vitest';
import { loadPlan, type OutlineNode, type Plan } from '@kehoach/core';

/** A small made-up công văn (not a real document) with labelled attribution and a task table. */
const PLAN = `
schemaVersion: 2
kind: cong-van
issuer: { name: Ban Chỉ đạo chuyển đổi số tỉnh Mẫu, abbreviation: BCĐ, place: Mẫu }
symbol: BCĐ
draft: true
title: triển khai sổ tay điện tử cho bộ phận một cửa
period: { year: 2026 }
addressees: [ Các sở, ban, ngành ]
agencies:
  so-noi-vu: { name: Sở Nội vụ, level: tinh, kind: chuyen-mon }
  van-phong: { name: Văn phòng UBND tỉnh, level: tinh, kind: chuyen-mon }
  cac-so: { name: "Các sở, ban, ngành", level: tinh, kind: nhom }
  ubnd-xa: { name: "UBND các xã, phường", level: xa, kind: ubnd }
body:
  - title: Sổ tay điện tử
    items:
      - tasks:
          attribution: labelled
          labels: { lead: Đơn vị chủ trì thực hiện, time: Thời gian hoàn thành }
          tasks:
            - id: so-tay
              text: Biên soạn sổ tay điện tử cho bộ phận một cửa.
              lead: van-phong
              support: [ so-noi-vu, cac-so ]
              labels: { lead: Đơn vị thực hiện }
              attribution: Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ và các sở, ban, ngành
              time: { within: { year: 2026, month: 3 } }
            - id: tap-huan
              text: Tập huấn sử dụng sổ tay.
              lead: so-noi-vu
              support: [ cac-so, ubnd-xa ]
              time: { within: { year: 2026, month: 4 } }
  - title: Phân công
    items:
      - table:
          kind: tasks
          columns:
            - { title: TT, field: number }
            - { title: Nhiệm vụ, field: text }
            - { title: Chủ trì, field: lead }
            - { title: Phối hợp, field: support }
          rows:
            - { id: cap-nhat, text: Cập nhật sổ tay hằng quý., lead: [ so-noi-vu, van-phong ], support: [ cac-so, ubnd-xa ] }
`;

function load(): Plan {
  const { plan, diagnostics } = loadPlan(PLAN, { file: 'mau.yaml' });
  if (!plan) throw new Error(JSON.stringify(diagnostics));
  return plan;
}

const texts = (n: OutlineNode): string[] => [...n.paragraphs, ...n.children.flatMap(texts)];

describe('labelled attribution', () => {
  test('a task’s own attribution wording is printed under the lead label; its agencies stay data', () => {
    const plan = load();
    const node = plan.sections[0]!.children[0]!;
    expect(texts(node)).toEqual([
      'Biên soạn sổ tay điện tử cho bộ phận một cửa.',
      'Đơn vị thực hiện: Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ và các sở, ban, ngành.',
      'Thời gian hoàn thành: Trong tháng 3/2026.',
    ]);
    const t = plan.tasks.find((x) => x.id === 'so-tay')!;
    expect(t.lead.map((a) => a.id)).toEqual(['van-phong']);
    expect(t.support.map((a) => a.id)).toEqual(['so-noi-vu', 'cac-so']);
  });
  test('without its own wording, the lines are generated from the data', () => {
    const node = load().sections[0]!.children[1]!;
    expect(texts(node)).toEqual([
      'Tập huấn sử dụng sổ tay.',
      'Đơn vị chủ trì thực hiện: Sở Nội vụ.',
      'Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường.',
      'Thời gian hoàn thành: Trong tháng 4/2026.',
    ]);
  });
});

describe('task table cells', () => {
  test('agency names that contain commas are separated by “; ” so each agency stays readable', () => {
    const table = load().sections[1]!.children[0]!.table!;
    const cells = table.rows[0]!.cells.map((c) => c.paragraphs.join(' '));
    expect(cells).toEqual(['1', 'Cập nhật sổ tay hằng quý.', 'Sở Nội vụ, Văn phòng UBND tỉnh', 'Các sở, ban, ngành; UBND các xã, phường']);
  });
});
