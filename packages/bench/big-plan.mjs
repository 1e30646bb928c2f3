// A large, valid plan for measurements: `tasks` short tasks in groups of 200 (the schema's limit
// per group), each with a lead, a coordinating agency and a deadline. 10 000 tasks ≈ 1.4 MB.

/** The YAML text of a plan with `tasks` tasks. @param {number} tasks */
export function bigPlan(tasks) {
  const lines = [
    'issuer: { name: Ủy ban nhân dân tỉnh A, abbreviation: UBND, place: A }',
    'number: 1',
    'date: 2025-01-02',
    'title: Kế hoạch lớn',
    'period: { year: 2025 }',
    'agencies:',
    '  cong-an: { name: Công an tỉnh, level: tinh }',
    '  so-y-te: { name: Sở Y tế, level: tinh }',
    'tasks:',
    '  title: NHIỆM VỤ',
    '  groups:',
  ];
  for (let i = 0; i < tasks; i++) {
    if (i % 200 === 0) lines.push(`    - title: Nhóm ${i / 200 + 1}`, '      tasks:');
    lines.push(`        - { id: t${i}, text: Nhiệm vụ số ${i} cần thực hiện trong năm., lead: cong-an, support: so-y-te, time: { by: 2025-0${1 + (i % 9)}-15 } }`);
  }
  return lines.join('\n') + '\n';
}
