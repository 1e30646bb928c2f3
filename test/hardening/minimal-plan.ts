/** A minimal valid plan (schema v2; line 17 holds the one task), shared by the hardening tests. */
export const MINIMAL = `schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã A, abbreviation: UBND, place: A }
number: 1
date: 2025-01-02
title: Kế hoạch thử
period: { year: 2025 }
agencies:
  cong-an: { name: Công an xã, level: xa }
body:
  - title: NHIỆM VỤ
    role: tasks
    items:
      - tasks:
          groups:
            - title: Nhóm
              tasks:
                - { id: t1, text: Làm việc một., lead: cong-an, time: { by: 2025-05-01 } }
`;
