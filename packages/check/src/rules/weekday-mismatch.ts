import { defineRule } from '../rule.js';
import { textDates } from '../text-helpers.js';

const WEEKDAYS: Record<string, number> = { 'chủ nhật': 0, 'thứ hai': 1, 'thứ ba': 2, 'thứ tư': 3, 'thứ năm': 4, 'thứ sáu': 5, 'thứ bảy': 6 };
const NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** “Thứ Hai, ngày 05/02/2025” where 05/02/2025 is not a Monday. */
export default defineRule({
  meta: {
    id: 'weekday-mismatch',
    phase: 'content',
    severity: 'warning',
    category: 'dates',
    docs: {
      vi: 'Thứ ghi kèm ngày không đúng với ngày đó (“thứ Hai, ngày 05/02/2025” trong khi 05/02/2025 là thứ Tư).',
      en: 'A weekday written with a date does not match the date ("thứ Hai, ngày 05/02/2025" while it is a Wednesday).',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Tổ chức hội nghị vào thứ Tư, ngày 05/02/2025." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Tổ chức hội nghị vào thứ Hai, ngày 05/02/2025." ] } ]',
          errors: [
            { message: '“thứ Hai, ngày 05/02/2025”: ngày 05/02/2025 là thứ tư, không phải thứ hai.', path: '/body/0/items/0', text: 'thứ Hai, ngày 05/02/2025' },
          ],
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const p of prose) {
      for (const m of p.text.matchAll(/(chủ nhật|thứ (?:hai|ba|tư|năm|sáu|bảy))\s*(?:,\s*)?(?:\(\s*)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})/giu)) {
        const d = textDates(m[2]!)[0];
        if (!d) continue;
        const actual = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
        const written = WEEKDAYS[m[1]!.toLocaleLowerCase('vi')];
        if (written === actual) continue;
        report({
          path: p.path,
          span: { index: m.index!, length: m[0].length },
          message: `“${m[0]}”: ngày ${m[2]} là ${NAMES[actual]!.toLocaleLowerCase('vi')}, không phải ${m[1]!.toLocaleLowerCase('vi')}.`,
          messageEn: `"${m[0]}": ${m[2]} is weekday ${actual} (0 = Sunday), not "${m[1]}".`,
          params: { written: m[1]!, date: m[2]!, actual: NAMES[actual]! },
        });
      }
    }
  },
});
