import { defineRule } from '../rule.js';

const PAIRS: Array<[string, string, string]> = [['(', ')', 'ngoặc đơn'], ['“', '”', 'ngoặc kép'], ['[', ']', 'ngoặc vuông']];

/** An opening bracket or quote with no closing one, in one paragraph. */
export default defineRule({
  meta: {
    id: 'unbalanced-brackets',
    phase: 'content',
    severity: 'warning',
    category: 'language',
    notFixable: {
      vi: 'Dấu ngoặc thiếu ở đâu (hay dấu thừa nào cần bỏ) chỉ người đọc câu biết.',
      en: 'Where the missing bracket goes (or which one is extra) only a reader of the sentence knows.',
    },
    docs: {
      title: { vi: 'Ngoặc không khớp', en: 'Unbalanced brackets' },
      vi: 'Trong một đoạn văn, dấu mở và đóng ngoặc đơn, ngoặc kép “ ”, ngoặc vuông không khớp nhau, hoặc số dấu nháy thẳng " là số lẻ.',
      en: 'Within a paragraph, opening and closing parentheses, curly quotes or brackets do not match, or the straight quotes are odd in number.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Hưởng ứng “Ngày toàn dân phòng, chống mua bán người 30/7” (hằng năm)." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Hưởng ứng “Ngày toàn dân phòng, chống mua bán người 30/7 (hằng năm)." ] } ]',
          errors: [
            { message: 'Dấu ngoặc kép ““” không có dấu đóng tương ứng trong đoạn.', path: '/body/0/items/0', text: '“' },
          ],
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const p of prose) {
      for (const [open, close, name] of PAIRS) {
        let depth = 0;
        let firstBad = -1;
        let lastOpen = -1;
        for (let i = 0; i < p.text.length; i++) {
          if (p.text[i] === open) {
            depth++;
            lastOpen = i;
          } else if (p.text[i] === close) {
            depth--;
            if (depth < 0 && firstBad < 0) firstBad = i;
          }
        }
        const at = firstBad >= 0 ? firstBad : depth > 0 ? lastOpen : -1;
        if (at < 0) continue;
        report({
          path: p.path,
          span: { index: at, length: 1 },
          message: `Dấu ${name} “${p.text[at]}” không có dấu ${firstBad >= 0 ? 'mở' : 'đóng'} tương ứng trong đoạn.`,
          messageEn: `The ${firstBad >= 0 ? 'closing' : 'opening'} "${p.text[at]}" has no match in the paragraph.`,
          params: { mark: p.text[at]! },
        });
      }
      const straight = [...p.text.matchAll(/"/g)];
      if (straight.length % 2) {
        report({ path: p.path, span: { index: straight[straight.length - 1]!.index!, length: 1 }, message: 'Số dấu nháy thẳng " trong đoạn là số lẻ.', messageEn: 'An odd number of straight quotes in the paragraph.', params: { mark: '"' } });
      }
    }
  },
});
