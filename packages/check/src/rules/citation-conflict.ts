import { defineRule } from '../rule.js';
import { iso, textDates } from '../text-helpers.js';

/** One document number cited with two dates. */
export default defineRule({
  meta: {
    id: 'citation-conflict',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    notFixable: {
      vi: 'Không biết ngày nào trong hai ngày là đúng.',
      en: 'Which of the two dates is right is not known.',
    },
    docs: {
      title: { vi: 'Một văn bản trích dẫn hai ngày', en: 'One document cited with two dates' },
      vi: 'Cùng một số, ký hiệu văn bản được trích dẫn với hai ngày khác nhau (trong căn cứ và trong lời văn): một trong hai chỗ sai.',
      en: 'The same document number is cited with two different dates (in the bases and in the text): one of them is wrong.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Thực hiện Kế hoạch số 12/KH-UBND ngày 04/01/2025.", "Theo Kế hoạch số 12/KH-UBND ngày 04/01/2025." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Thực hiện Kế hoạch số 12/KH-UBND ngày 04/01/2025.", "Theo Kế hoạch số 12/KH-UBND ngày 14/01/2025." ] } ]',
          errors: [
            { message: 'Văn bản số 12/KH-UBND được trích dẫn với ngày 14/01/2025, nhưng ở /body/0/items/0 là ngày 04/01/2025.', path: '/body/0/items/1', text: '14/01/2025' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    const first = new Map<string, { date: string; where: string }>();
    const seen = (number: string, date: string, path: string, span?: { index: number; length: number }) => {
      const f = first.get(number);
      if (!f) return void first.set(number, { date, where: path });
      if (f.date === date) return;
      const show = (d: string) => d.split('-').reverse().join('/');
      report({
        path,
        ...(span ? { span } : {}),
        message: `Văn bản số ${number} được trích dẫn với ngày ${show(date)}, nhưng ở ${f.where} là ngày ${show(f.date)}.`,
        messageEn: `Document ${number} is cited as of ${date} here but as of ${f.date} at ${f.where}.`,
        params: { number, date, otherDate: f.date },
      });
    };
    plan.input.opening?.bases?.forEach((b, i) => b.references?.forEach((r, j) => {
      if (r.number && r.date) seen(r.number, r.date, `/opening/bases/${i}/references/${j}/date`);
    }));
    for (const p of prose) {
      for (const m of p.text.matchAll(/số\s+(\d+[\p{L}\d/.-]*\/[\p{Lu}Đ][\p{L}\d/.-]*?)\s*,?\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/gu)) {
        const d = textDates(m[2]!)[0];
        if (!d) continue;
        const at = m.index! + m[0].length - m[2]!.length;
        seen(m[1]!, iso(d.year, d.month, d.day), p.path, { index: at, length: m[2]!.length });
      }
    }
  },
});
