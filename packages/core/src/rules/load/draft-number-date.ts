import { defineRule } from '../rule.js';

/** An issued document has both its number and its date; with only one of them it prints as a draft. */
export default defineRule({
  meta: {
    id: 'draft-number-date',
    phase: 'load',
    severity: 'warning',
    category: 'nd30',
    codes: ['DRAFT_PARTIAL'],
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.3 và II.4 (số, ký hiệu; địa danh và thời gian ban hành)',
    notFixable: {
      vi: 'Số hay ngày còn thiếu chỉ văn thư biết.',
      en: 'The missing number or date is known only to the records office.',
    },
    docs: {
      title: { vi: 'Số và ngày của văn bản', en: 'Number and date of the document' },
      vi: 'Văn bản đã ban hành có cả số (`number`) và ngày (`date`); chỉ có một trong hai thì văn bản được in như dự thảo (để trống số và ngày). Ghi `draft: true` nếu đúng là dự thảo.',
      en: 'An issued document has both its number and its date; with only one of them it prints as a draft (number and date left blank). Write draft: true if it is one.',
    },
    examples: {
      valid: ['draft: true\ndate: null', 'number: null\ndate: null'],
      invalid: [
        {
          code: 'date: null',
          errors: [
            { message: 'Có số nhưng thiếu ngày: văn bản sẽ được in như dự thảo (để trống số và ngày).', path: '/number', text: '15' },
          ],
        },
      ],
    },
  },
  check({ input, report }) {
    if (input.draft || (input.number === undefined) === (input.date === undefined)) return;
    const hasNumber = input.number !== undefined;
    report({
      code: 'DRAFT_PARTIAL',
      path: hasNumber ? '/number' : '/date',
      params: { present: hasNumber ? 'số' : 'ngày', missing: hasNumber ? 'ngày' : 'số' },
    });
  },
});
