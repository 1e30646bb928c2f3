import type { DayMonth } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** Dates of reporting in the printed text agree with the reporting data. */
export default defineRule({
  meta: {
    id: 'reporting-text-mismatch',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    notFixable: {
      vi: 'Không biết lời văn hay dữ liệu báo cáo mới đúng, và dữ liệu có thể có nhiều hạn.',
      en: 'Whether the words or the reporting data are right is not known, and the data may hold several deadlines.',
    },
    docs: {
      title: { vi: 'Ngày báo cáo khác lời văn', en: 'Reporting date differs from the words' },
      vi: 'Ngày báo cáo ghi trong lời văn của mục tổ chức thực hiện (“báo cáo … trước ngày 15/6”) phải là một hạn nộp hoặc mốc kỳ số liệu trong dữ liệu `reporting`: danh mục nhiệm vụ đọc dữ liệu, cán bộ đọc lời văn. (Hạn trong dữ liệu mà lời văn chưa nói được in thành câu của mục đó.)',
      en: 'A reporting date in the implementation text ("báo cáo … trước ngày 15/6") must be a due date or window bound of the `reporting` data: checklists read the data, people read the text. (A due date of the data the text does not state is printed as a sentence of that part.)',
    },
    examples: {
      valid: ['body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Báo cáo kết quả trước ngày 15/10/2025." ], facts: { reporting: { to: cong-an-tinh, periods: [ { id: kq, label: Kết quả, due: { day: 15, month: 10, year: 2025 }, reporters: so-y-te } ] } } } ]'],
      invalid: [
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Báo cáo kết quả trước ngày 10/10/2025." ], facts: { reporting: { to: cong-an-tinh, periods: [ { id: kq, label: Kết quả, due: { day: 15, month: 10, year: 2025 }, reporters: so-y-te } ] } } } ]',
          errors: [
            { message: 'Lời văn ghi ngày báo cáo 10/10/2025, nhưng dữ liệu báo cáo (reporting) có 15/10.', path: '/body/0/items/0', text: '10/10/2025' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    const bySection = new Map<string, DayMonth[]>();
    for (const r of plan.implementation.reporting) {
      const section = r.path.split('/facts')[0]!;
      const list = bySection.get(section) ?? [];
      if (r.due) list.push(r.due);
      if (r.window) list.push(r.window.from, r.window.to);
      bySection.set(section, list);
    }
    for (const [section, known] of bySection) {
      if (!known.length) continue;
      const texts = prose.filter((p) => p.path.startsWith(section + '/') && !p.path.startsWith(section + '/facts'));
      for (const p of texts) {
        for (const sentence of p.text.matchAll(/[^.;]*báo cáo[^.;]*/giu)) {
          for (const m of sentence[0].matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/g)) {
            const [day, month] = [Number(m[1]), Number(m[2])];
            if (known.some((k) => k.day === day && k.month === month)) continue;
            const data = known.filter((k) => k.day && k.month).map((k) => `${k.day}/${k.month}`).join(', ');
            report({
              path: p.path,
              span: { index: sentence.index! + m.index!, length: m[0].length },
              message: `Lời văn ghi ngày báo cáo ${m[0]}, nhưng dữ liệu báo cáo (reporting) có ${data}.`,
              messageEn: `The text gives the reporting date ${m[0]}, but the reporting data has ${data}.`,
              params: { text: m[0], data },
            });
          }
        }
      }
    }
  },
});
