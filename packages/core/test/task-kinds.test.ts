// What each task of a plan is (issue 20): a duty, a heading, a target, a duty restated by the task table.
import { describe, expect, test } from 'vitest';
import { examplePlan, loadPlan, taskKinds } from '@kehoach/core';

describe('what a task is: a duty, a heading, a target, a duty restated', () => {
  const plan = loadPlan(
    examplePlan(`body:
  - title: "MỤC TIÊU, NHIỆM VỤ"
    role: tasks
    items:
      - tasks:
          layout: by-theme
          groups:
            - title: Mục tiêu
              tasks:
                - { id: m1, text: 100% trạm y tế xã có bác sĩ làm việc. }
            - title: Nhiệm vụ
              tasks:
                - id: nang-cao
                  title: Nâng cao chất lượng khám chữa bệnh
                  tasks:
                    - { id: dao-tao, text: Đào tạo lại cán bộ y tế cơ sở., lead: so-y-te }
                    - { id: chi-tieu, text: "Chỉ tiêu:" }
                    - { id: ct1, text: 90% người dân có sổ sức khỏe điện tử. }
                    - { id: nhiem-vu, text: "Nhiệm vụ cụ thể:" }
                    - { id: kiem-tra, text: Kiểm tra các cơ sở hành nghề y tư nhân. }
      - table:
          kind: tasks
          columns: [ { title: Nhiệm vụ, field: text }, { title: Chủ trì, field: lead } ]
          rows:
            - { id: kiem-tra-2, text: Kiểm tra các cơ sở hành nghề y tư nhân., lead: so-y-te }
`),
    { file: 'x.yaml' },
  ).plan!;
  test('a heading over sub-tasks, a target under “Mục tiêu” or after “Chỉ tiêu:”, a duty after “Nhiệm vụ cụ thể:”, restated by the task table’s row', () => {
    const kinds = taskKinds(plan);
    expect(plan.tasks.map((t) => `${t.id}: ${kinds.get(t.path)}`)).toEqual([
      'm1: target', 'nang-cao: heading', 'dao-tao: duty', 'chi-tieu: heading', 'ct1: target', 'nhiem-vu: heading', 'kiem-tra: restated', 'kiem-tra-2: duty',
    ]);
  });
});

