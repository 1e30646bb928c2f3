import { WEEKDAYS, upperFirst, weekdayNumber, weekdayOf } from '@kehoach/nd30';
import { defineRule } from '../rule.js';
import { iso, textDates } from '../text-helpers.js';

/** A weekday's name as a sentence starts it (`Thứ Hai`, `Chủ nhật`), by 0 (Sunday) … 6, from @kehoach/nd30's weekdays. */
const NAMES = [7, 1, 2, 3, 4, 5, 6].map((d) => upperFirst(WEEKDAYS[d]!));

/** `name` written in the case of `like` word by word (“thứ Hai” → “thứ Tư”, “Thứ hai” → “Thứ tư”). */
function inCaseOf(like: string, name: string): string {
  const shape = like.split(/\s+/u);
  return name.split(' ').map((w, i) => {
    const c = shape[i]?.[0];
    const lower = w.toLocaleLowerCase('vi');
    return c && c !== c.toLocaleLowerCase('vi') ? upperFirst(lower) : lower;
  }).join(' ');
}

/** “Thứ Hai, ngày 05/02/2025” where 05/02/2025 is not a Monday. */
export default defineRule({
  meta: {
    id: 'weekday-mismatch',
    phase: 'content',
    severity: 'warning',
    category: 'dates',
    fixable: true,
    docs: {
      title: { vi: 'Thứ không khớp ngày', en: 'Weekday does not match the date' },
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
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Tổ chức hội nghị vào thứ Tư, ngày 05/02/2025." ] } ]',
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const p of prose) {
      for (const m of p.text.matchAll(/(chủ nhật|thứ (?:hai|ba|tư|năm|sáu|bảy))\s*(?:,\s*)?(?:\(\s*)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})/giu)) {
        const d = textDates(m[2]!)[0];
        if (!d) continue;
        const actual = weekdayOf(iso(d.year, d.month, d.day)) % 7;
        const written = weekdayNumber(m[1]!)! % 7;
        if (written === actual) continue;
        report({
          path: p.path,
          span: { index: m.index!, length: m[0].length },
          message: `“${m[0]}”: ngày ${m[2]} là ${NAMES[actual]!.toLocaleLowerCase('vi')}, không phải ${m[1]!.toLocaleLowerCase('vi')}.`,
          messageEn: `"${m[0]}": ${m[2]} is weekday ${actual} (0 = Sunday), not "${m[1]}".`,
          params: { written: m[1]!, date: m[2]!, actual: NAMES[actual]! },
          // the date is the fact: the weekday is written again, in the case the writer used
          fix: inCaseOf(m[1]!, NAMES[actual]!) + m[0].slice(m[1]!.length),
        });
      }
    }
  },
});
