import { documentKind } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** “Như Điều 3” in Nơi nhận of a document with no articles. */
export default defineRule({
  meta: {
    id: 'nhu-dieu-without-articles',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    notFixable: {
      vi: 'Tên các nơi nhận thay cho “Như Điều …” chỉ người soạn biết.',
      en: 'The recipients meant by "Như Điều …" are known only to the writer.',
    },
    docs: {
      title: { vi: '“Như Điều …” không có điều', en: '“Như Điều …” without articles' },
      vi: '“Như Điều 3” ở Nơi nhận chỉ dùng cho văn bản có các điều (quyết định); kế hoạch, công văn không có Điều 3: ghi tên nơi nhận.',
      en: '"Như Điều 3" (as in Article 3) in the recipients fits documents with articles (decisions); a plan or letter has none: name the recipients.',
    },
    examples: {
      valid: ['recipients: { to: [ { agency: cong-an-tinh } ], archive: "VT, NC" }'],
      invalid: [
        {
          code: 'recipients: { to: [ { name: Như Điều 3 } ], archive: "VT, NC" }',
          errors: [
            { message: '“Như Điều 3”: kế hoạch này không có điều nào; hãy ghi tên nơi nhận.', path: '/recipients/to/0/name', text: 'Như Điều 3' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    const kind = documentKind(plan.kind);
    if (kind.body === 'articles') return;
    for (const p of prose) {
      const m = /Như Điều \d+/u.exec(p.text);
      if (m) {
        report({
          path: p.path,
          span: { index: m.index, length: m[0].length },
          message: `“${m[0]}”: ${kind.name.toLocaleLowerCase('vi')} này không có điều nào; hãy ghi tên nơi nhận.`,
          messageEn: `"${m[0]}": this document has no articles; name the recipients.`,
          params: { found: m[0] },
        });
      }
    }
  },
});
