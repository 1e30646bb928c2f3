// A large, valid plan for measurements: `tasks` one-line tasks in groups of 200 (the schema's limit
// per group), each with a lead and a deadline. 10 000 tasks ≈ 1.2 MB, 100 000 values (the limit
// is 120 000); `support` adds a coordinating agency to each (130 000 values: over the limit).

/** The YAML text of a plan with `tasks` tasks. @param {number} tasks @param {boolean} [support] */
export function bigPlan(tasks, support = false) {
  const lines = [
    'schemaVersion: 2',
    'issuer: { name: Ủy ban nhân dân tỉnh A, abbreviation: UBND, place: A }',
    'number: 1',
    'date: 2025-01-02',
    'title: Kế hoạch lớn',
    'period: { year: 2025 }',
    'agencies:',
    '  cong-an: { name: Công an tỉnh, level: tinh }',
    '  so-y-te: { name: Sở Y tế, level: tinh }',
    'body:',
    '  - title: NHIỆM VỤ',
    '    role: tasks',
    '    items:',
    '      - tasks:',
    '          groups:',
  ];
  for (let i = 0; i < tasks; i++) {
    if (i % 200 === 0) lines.push(`            - title: Nhóm ${i / 200 + 1}`, '              tasks:');
    lines.push(`                - { id: t${i}, text: Nhiệm vụ số ${i} cần thực hiện trong năm., lead: cong-an,${support ? ' support: so-y-te,' : ''} time: { by: 2025-0${1 + (i % 9)}-15 } }`);
  }
  return lines.join('\n') + '\n';
}
