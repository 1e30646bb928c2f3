import { defineRule } from '../rule.js';
import { escapeRegExp, WORD_END, WORD_START } from '../text-helpers.js';

/** An abbreviation is written out in full, `… (BCĐ)`, before it is used alone. */
export default defineRule({
  meta: {
    id: 'abbreviation-before-definition',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục I.3 (viết tắt: viết đầy đủ lần đầu, chữ viết tắt trong ngoặc đơn)',
    notFixable: {
      vi: 'Viết đầy đủ ở lần dùng đầu tiên là việc của người soạn: chuyển chỗ giải thích hay viết lại câu, công cụ không biết câu nào nên viết.',
      en: 'Spelling it out at its first use is the writer\'s choice: moving the definition or rewording the sentence is not known to the tool.',
    },
    docs: {
      title: { vi: 'Viết tắt trước khi viết đầy đủ', en: 'Abbreviation before its definition' },
      vi: 'Từ viết tắt phải được viết đầy đủ ở lần dùng đầu tiên, kèm chữ viết tắt trong ngoặc đơn; quy tắc báo chữ viết tắt được dùng trước chỗ giải thích nó.',
      en: 'An abbreviation must be written out in full the first time, with the abbreviation in parentheses; the rule reports an abbreviation used before the place that defines it.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Thành lập Tổ công tác liên ngành (TCTLN).", "TCTLN họp hằng tháng." ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "TCTLN họp hằng tháng.", "Thành lập Tổ công tác liên ngành (TCTLN)." ] } ]',
          errors: [
            { message: '“TCTLN” được dùng trước khi được viết đầy đủ (ở /body/0/items/1); viết đầy đủ ở lần dùng đầu tiên.', path: '/body/0/items/0', text: 'TCTLN' },
          ],
        },
      ],
    },
  },
  check({ prose, report }) {
    const defined = new Map<string, number>();
    prose.forEach((p, i) => {
      for (const m of p.text.matchAll(/[\p{Ll}\p{Lu}][\p{L}\s,-]{6,}\((\p{Lu}[\p{Lu}Đ\d&]{1,9})\)/gu)) {
        if (!defined.has(m[1]!)) defined.set(m[1]!, i);
      }
    });
    for (const [abbr, at] of defined) {
      const pattern = new RegExp(WORD_START + escapeRegExp(abbr) + WORD_END, 'gu');
      for (let i = 0; i < at; i++) {
        const m = pattern.exec(prose[i]!.text);
        pattern.lastIndex = 0;
        if (!m) continue;
        const p = prose[i]!;
        report({
          path: p.path,
          span: { index: m.index, length: abbr.length },
          message: `“${abbr}” được dùng trước khi được viết đầy đủ (ở ${prose[at]!.path}); viết đầy đủ ở lần dùng đầu tiên.`,
          messageEn: `"${abbr}" is used before it is written out in full (at ${prose[at]!.path}).`,
          params: { abbreviation: abbr, definedAt: prose[at]!.path },
        });
        break;
      }
    }
  },
});
