import { expect, test } from 'vitest';
import { HEADING_RULES, headingRole } from '@kehoach/nd30';

test('every heading rule reads its own example; the first rule that matches decides', () => {
  for (const r of HEADING_RULES) expect(headingRole(r.example), r.example).toBe(r.role);
  expect(['I. MỤC ĐÍCH, YÊU CẦU', 'Chỉ tiêu:', 'II. NHIỆM VỤ VÀ GIẢI PHÁP', 'Mục tiêu, nhiệm vụ', 'Kết quả và đầu ra mong đợi', 'Kết quả thực hiện năm 2025', 'Sở Y tế'].map(headingRole)).toEqual(
    ['goals', 'goals', 'tasks', 'tasks', 'goals', 'situation', undefined],
  );
});
