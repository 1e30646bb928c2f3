import { documentKind } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** A plan has a Nơi nhận. */
export default defineRule({
  meta: {
    id: 'recipients-present',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2; Phụ lục I mục II.9b',
    docs: {
      vi: 'Văn bản phải có phần Nơi nhận (ít nhất một nơi nhận và dòng lưu).',
      en: 'A document needs its recipients (at least one, and the archive line).',
    },
    examples: {
      valid: ['recipients: { to: [ { agency: so-y-te } ], archive: "VT, NC" }'],
      invalid: [
        {
          code: 'recipients: null',
          errors: [
            { message: 'Kế hoạch chưa có Nơi nhận (các cơ quan nhận văn bản và dòng “Lưu: VT, …”).', path: '', text: '' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const r = plan.input.recipients;
    if (r && r.to.length) return;
    report({
      path: r ? '/recipients' : '',
      message: `${documentKind(plan.kind).name} chưa có Nơi nhận (các cơ quan nhận văn bản và dòng “Lưu: VT, …”).`,
      messageEn: 'The plan has no recipients (the bodies that receive it and the "Lưu: VT, …" line).',
    });
  },
});
