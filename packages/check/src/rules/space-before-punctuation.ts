import { defineRule } from '../rule.js';

/** “chủ trì , phối hợp” — a space before a comma, or inside brackets. */
export default defineRule({
  meta: {
    id: 'space-before-punctuation',
    phase: 'content',
    severity: 'warning',
    category: 'language',
    fixable: true,
    docs: {
      title: { vi: 'Dấu cách trước dấu câu', en: 'Space before punctuation' },
      vi: 'Dấu cách trước dấu câu (“ ,”, “ .”, “ ;”, “ :”, “ )”) hoặc sau dấu mở ngoặc (“( ”). Sửa an toàn: bỏ dấu cách.',
      en: 'A space before punctuation (" ,", " .", " ;", " :", " )") or after an opening parenthesis ("( "). Safe fix: remove the space.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Công an tỉnh chủ trì, phối hợp (khi cần) với các sở." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Công an tỉnh chủ trì , phối hợp với các sở." ] } ]',
          errors: [
            { message: 'Dấu cách thừa trước “,”.', path: '/body/0/items/0', text: ' ,' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Công an tỉnh chủ trì, phối hợp với các sở." ] } ]',
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Phối hợp ( khi cần) với các sở." ] } ]',
          errors: [
            { message: 'Dấu cách thừa sau dấu mở ngoặc “(”.', path: '/body/0/items/0', text: '( ' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Phối hợp (khi cần) với các sở." ] } ]',
        },
      ],
    },
  },
  check({ prose, report }) {
    for (const p of prose) {
      // The span covers the spaces and the mark, so that the fix (the mark alone) is a real edit.
      for (const m of p.text.matchAll(/(?<=[\p{L}\p{N}”*)]) +([,;:)]|\.(?![.\d]))|(\() +(?=\S)/gu)) {
        const mark = m[1] ?? m[2]!;
        report({
          path: p.path,
          span: { index: m.index!, length: m[0].length },
          message: mark === '(' ? 'Dấu cách thừa sau dấu mở ngoặc “(”.' : `Dấu cách thừa trước “${mark}”.`,
          messageEn: mark === '(' ? 'A space after "(".' : `A space before "${mark}".`,
          params: { mark },
          fix: mark,
        });
      }
    }
  },
});
