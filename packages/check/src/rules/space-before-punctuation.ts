import { defineRule } from '../rule.js';

/** “chủ trì , phối hợp” — a space before a comma, or inside brackets. */
export default defineRule({
  meta: {
    id: 'space-before-punctuation',
    severity: 'warning',
    category: 'language',
    fixable: true,
    docs: {
      vi: 'Dấu cách trước dấu câu (“ ,”, “ .”, “ ;”, “ :”, “ )”) hoặc sau dấu mở ngoặc (“( ”). Sửa an toàn: bỏ dấu cách.',
      en: 'A space before punctuation (" ,", " .", " ;", " :", " )") or after an opening parenthesis ("( "). Safe fix: remove the space.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Công an tỉnh chủ trì, phối hợp (khi cần) với các sở." ] } ]'],
      invalid: ['body: [ { title: NHIỆM VỤ, items: [ "Công an tỉnh chủ trì , phối hợp với các sở." ] } ]', 'body: [ { title: NHIỆM VỤ, items: [ "Phối hợp ( khi cần) với các sở." ] } ]'],
    },
  },
  check({ prose, report }) {
    for (const p of prose) {
      for (const m of p.text.matchAll(/(?<=[\p{L}\p{N}”*)]) +(?=[,;:)](?!\)))|(?<=[\p{L}\p{N}”*)]) +(?=\.(?![.\d]))|(?<=\() +(?=\S)/gu)) {
        report({
          path: p.path,
          span: { index: m.index!, length: m[0].length },
          message: `Dấu cách thừa ${p.text[m.index! + m[0].length] === undefined || p.text[m.index! - 1] === '(' ? 'sau dấu mở ngoặc' : `trước “${p.text[m.index! + m[0].length]}”`}.`,
          messageEn: 'A space where punctuation allows none.',
          params: { at: m.index! },
          fix: '',
        });
      }
    }
  },
});
