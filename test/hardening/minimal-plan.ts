/** A minimal valid plan (line 13 holds the one task), shared by the hardening tests. */
export const MINIMAL = `issuer: { name: Ủy ban nhân dân xã A, abbreviation: UBND, place: A }
number: 1
date: 2025-01-02
title: Kế hoạch thử
period: { year: 2025 }
agencies:
  cong-an: { name: Công an xã, level: xa }
tasks:
  title: NHIỆM VỤ
  groups:
    - title: Nhóm
      tasks:
        - { id: t1, text: Làm việc một., lead: cong-an, time: { by: 2025-05-01 } }
`;
