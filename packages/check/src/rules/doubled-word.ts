import { defineRule } from '../rule.js';

// Reduplications that Vietnamese uses on purpose (“người người”, “nhà nhà”).
// Syllables that end one word and start the next (“hành vi vi phạm”, “truyền thông thông qua”, “hệ thống thống kê”) are not doubled words.
const ALLOWED = new Set(['người', 'nhà', 'ngày', 'đời', 'lớp', 'đâu', 'ai', 'gì', 'xa', 'rất', 'đều', 'ngành', 'vi', 'thông', 'tin', 'sinh', 'hóa', 'hoá', 'nhân', 'quan', 'chính', 'trị', 'dân', 'lý', 'hợp', 'thống']);

/** The same word twice in a row: “với với”. */
export default defineRule({
  meta: {
    id: 'doubled-word',
    phase: 'content',
    severity: 'warning',
    category: 'language',
    fixable: true,
    docs: {
      title: { vi: 'Từ gõ lặp', en: 'Doubled word' },
      vi: 'Một từ bị gõ lặp liền nhau (“phù hợp với với lứa tuổi”). Các từ láy có chủ đích (“người người”, “nhà nhà”) và âm tiết nối hai từ (“hành vi vi phạm”, “truyền thông thông qua”, “hệ thống thống kê”) không bị tính. Sửa an toàn: bỏ từ lặp.',
      en: 'A word typed twice in a row ("với với"). Deliberate reduplications ("người người", "nhà nhà") are not counted. Safe fix: drop the repeat.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Phù hợp với lứa tuổi; người người, nhà nhà tham gia; cập nhật hệ thống thống kê y tế." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Nội dung phù hợp với với lứa tuổi." ] } ]',
          errors: [
            { message: 'Từ “với” bị lặp: “với với”.', path: '/body/0/items/0', text: 'với với' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Nội dung phù hợp với lứa tuổi." ] } ]',
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const p of prose) {
      for (const m of p.text.matchAll(/(?<![\p{L}\p{N}])([\p{L}]+)\s+\1(?![\p{L}\p{N}])/gu)) {
        const word = m[1]!;
        if (ALLOWED.has(word.toLocaleLowerCase('vi'))) continue;
        report({
          path: p.path,
          span: { index: m.index!, length: m[0].length },
          message: `Từ “${word}” bị lặp: “${m[0].replace(/\s+/g, ' ')}”.`,
          messageEn: `The word "${word}" is doubled.`,
          params: { word },
          fix: word,
        });
      }
    }
  },
});
