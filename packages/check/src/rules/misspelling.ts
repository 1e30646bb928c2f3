import { defineRule } from '../rule.js';
import { MISSPELLINGS } from '../data/misspellings.js';
import { phrasePattern } from '../text-helpers.js';

/** Frequent misspellings of administrative words. */
export default defineRule({
  meta: {
    id: 'misspelling',
    phase: 'content',
    severity: 'warning',
    category: 'language',
    fixable: true,
    docs: {
      title: { vi: 'Lỗi chính tả', en: 'Misspelling' },
      vi: 'Lỗi chính tả thường gặp trong văn bản hành chính (danh sách chọn lọc: “chỉ dạo” → “chỉ đạo”, “chúc năng” → “chức năng”, “lòng ghép” → “lồng ghép” …). Sửa an toàn: thay bằng từ đúng.',
      en: 'A frequent misspelling of administrative Vietnamese (a curated list: "chỉ dạo" → "chỉ đạo", "chúc năng" → "chức năng" …). Safe fix: the right word.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Phối hợp với các cơ quan chức năng, Ban Chỉ đạo tỉnh." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Phối hợp với các cơ quan chúc năng." ] } ]',
          errors: [
            { message: 'Lỗi chính tả: “chúc năng” → “chức năng”.', path: '/body/0/items/0', text: 'chúc năng' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Phối hợp với các cơ quan chức năng." ] } ]',
        },
        {
          code: 'title: Kế hoạch của Ban Chỉ dạo 138 tỉnh năm 2025',
          errors: [
            { message: 'Lỗi chính tả: “Chỉ dạo” → “Chỉ đạo”.', path: '/title', text: 'Chỉ dạo' },
          ],
          output: 'title: Kế hoạch của Ban Chỉ đạo 138 tỉnh năm 2025',
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const { wrong, right } of MISSPELLINGS) {
      const pattern = phrasePattern(wrong);
      for (const p of prose) {
        for (const m of p.text.matchAll(pattern)) {
          report({
            path: p.path,
            span: { index: m.index!, length: m[0].length },
            message: `Lỗi chính tả: “${m[0].replace(/\s+/g, ' ')}” → “${right}”.`,
            messageEn: `Misspelling: "${m[0].replace(/\s+/g, ' ')}" → "${right}".`,
            params: { found: wrong, expected: right },
            fix: right,
          });
        }
      }
    }
  },
});
