// Cloning plans as they are received (issue 20), on the team's own text: a department's plan keeps
// its own work with the province; a heading's sub-tasks are classified each as itself; targets and
// duties restated in the task table are not duties; the child names the commune in its title; a
// task-table row's parts keep no provincial body.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clonePlan, loadUnit, planToYaml, tracePlan } from '@kehoach/clone';
import { loadPlan, type Plan } from '@kehoach/core';
import { ROOT } from '../../../test/helpers.js';

const unit = loadUnit(readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8'), 'xa-minh-xuan.yaml').unit!;

function plan(yaml: string): Plan {
  const r = loadPlan(yaml, { file: 'tinh.yaml' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.plan!;
}

function cloned(parent: Plan) {
  const r = clonePlan(parent, unit, { parentFile: 'tinh.yaml' });
  const child = loadPlan(planToYaml(r.input!), { file: 'xa.yaml' });
  expect(child.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { r, child: child.plan!, trace: tracePlan(child.plan!, parent) };
}

const leads = (p: Plan) => Object.fromEntries(p.tasks.filter((t) => t.lead.length).map((t) => [t.id, t.lead.map((a) => a.id).join(',')]));

describe('a department’s own plan: its duties stay with the province', () => {
  const parent = plan(`schemaVersion: 2
issuer:
  name: Sở Công Thương tỉnh Hà Giang
  abbreviation: SCT
  place: Hà Giang
  parent: { name: Ủy ban nhân dân tỉnh Hà Giang }
date: 2025-03-10
title: Kiểm tra việc bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Hà Giang
period: { year: 2025 }
agencies:
  so-cong-thuong: { name: Sở Công Thương, level: tinh, kind: chuyen-mon }
  doan-kiem-tra: { name: Đoàn kiểm tra của Sở Công Thương, level: tinh, kind: doan-kiem-tra }
  ubnd-xa: { name: "Ủy ban nhân dân các xã, phường", level: xa, kind: ubnd }
body:
  - title: NỘI DUNG KIỂM TRA
    role: tasks
    items:
      - tasks:
          layout: by-agency
          groups:
            - lead: doan-kiem-tra
              tasks:
                - { id: kt-mo-da, text: Kiểm tra kho vật liệu nổ của mỏ đá Lũng Cú., time: { before: 2025-04-15 } }
                - { id: kt-thuy-dien, text: Kiểm tra việc sử dụng vật liệu nổ tại công trình thủy điện Sông Miện., time: { before: 2025-05-20 } }
            - lead: so-cong-thuong
              tasks:
                - { id: bao-cao, text: "Tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh." }
            - lead: ubnd-xa
              tasks:
                - { id: xa-phoi-hop, text: Cử cán bộ phối hợp với Đoàn kiểm tra khi kiểm tra trên địa bàn. }
`);
  const { r, child } = cloned(parent);
  test('only the communes’ duty comes down; the team’s inspections and the department’s report stay', () => {
    expect(r.carried).toEqual(['xa-phoi-hop']);
    expect(r.left).toEqual(['kt-mo-da', 'kt-thuy-dien', 'bao-cao']);
    expect(leads(child)).toEqual({ 'xa-phoi-hop': 'ubnd-xa' });
  });
  test('the title names the commune, not the province', () => {
    expect(child.title).toBe('Kiểm tra việc bảo quản vật liệu nổ công nghiệp trên địa bàn xã Minh Xuân');
  });
});

describe('a province’s plan as it is received', () => {
  const parent = plan(`schemaVersion: 2
issuer: { name: Ủy ban nhân dân tỉnh Hà Giang, abbreviation: UBND, place: Hà Giang }
date: 2025-02-20
title: Phòng, chống tác hại của thuốc lá năm 2025 tỉnh Hà Giang
period: { year: 2025 }
agencies:
  so-y-te: { name: Sở Y tế, level: tinh, kind: chuyen-mon }
  cong-an-tinh: { name: Công an tỉnh, level: tinh, kind: cong-an }
  so-tai-chinh: { name: Sở Tài chính, level: tinh, kind: chuyen-mon }
body:
  - title: "MỤC TIÊU, NHIỆM VỤ"
    role: tasks
    items:
      - tasks:
          layout: by-theme
          groups:
            - title: Mục tiêu
              tasks:
                - { id: muc-tieu-1, text: 100% trường học treo biển cấm hút thuốc lá. }
            - title: Nhiệm vụ
              tasks:
                - id: tuyen-truyen
                  title: Công tác tuyên truyền
                  tasks:
                    - { id: tt-y-te, text: Tuyên truyền tác hại của thuốc lá trên mạng xã hội., lead: so-y-te }
                    - { id: tt-cong-an, text: Xử lý việc bán thuốc lá cho người dưới 18 tuổi., lead: cong-an-tinh }
                - { id: tap-huan, text: Tập huấn cho cán bộ y tế cơ sở về tư vấn cai nghiện thuốc lá. }
      - table:
          kind: tasks
          columns: [ { title: Nhiệm vụ, field: text }, { title: Sản phẩm, field: output }, { title: Chủ trì, field: lead } ]
          rows:
            - id: tap-huan-2
              text: Tập huấn cho cán bộ y tế cơ sở về tư vấn cai nghiện thuốc lá.
              lead: so-y-te
              parts:
                - { output: Lớp tập huấn đợt 1, lead: so-y-te, support: so-tai-chinh }
                - { output: Lớp tập huấn đợt 2, lead: so-y-te }
`);
  const { r, child, trace } = cloned(parent);
  test('each sub-task under a heading goes as itself; the target and the restated duty are not duties; the row keeps no provincial body in its parts', () => {
    expect(r.carried.sort()).toEqual(['tap-huan-2', 'tt-cong-an', 'tt-y-te']);
    expect([...r.left, ...r.unclassified]).toEqual([]);
    expect(leads(child)).toEqual({ 'tt-y-te': 'tram-y-te', 'tt-cong-an': 'cong-an-xa', 'tap-huan-2': 'tram-y-te' });
    expect(trace).toMatchObject({ notCovered: [], unclassified: [], coverage: 1 });
    expect(trace.covered.map((c) => c.id).sort()).toEqual(['tap-huan-2', 'tt-cong-an', 'tt-y-te']);
  });
  test('the title names the commune in place of the province', () => {
    expect(child.title).toBe('Phòng, chống tác hại của thuốc lá năm 2025 xã Minh Xuân');
  });
});
