import { toPointer } from '../../locate.js';
import { asData } from '../index-plan.js';
import { defineRule } from '../rule.js';

// A list with a line (a string written instead of a list is the schema's to report).
const filled = (v: unknown) => (Array.isArray(v) || typeof v === 'string') && v.length > 0;

/** Each signature block has an authority line or a title to print above the name. */
export default defineRule({
  meta: {
    id: 'signature-lines',
    phase: 'load',
    severity: 'error',
    category: 'nd30',
    required: true,
    codes: ['DOCUMENT_INCONSISTENT'],
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.7 (quyền hạn, chức vụ của người ký)',
    notFixable: {
      vi: 'Dòng thẩm quyền hay chức vụ còn thiếu chỉ cơ quan ban hành biết.',
      en: 'The missing authority line or title is known only to the issuer.',
    },
    docs: {
      title: { vi: 'Khối chữ ký', en: 'Signature block' },
      vi: 'Mỗi khối chữ ký có ít nhất một dòng thẩm quyền (`authority`, ví dụ “TM. ỦY BAN NHÂN DÂN”) hoặc chức vụ (`titles`, ví dụ “CHỦ TỊCH”) in trên tên người ký.',
      en: 'Each signature block has an authority line (TM. ỦY BAN NHÂN DÂN) or a title (CHỦ TỊCH) printed above the name.',
    },
    examples: {
      valid: ['signature: { authority: null, titles: [ CHỦ TỊCH ] }'],
      invalid: [
        {
          code: 'signature: { authority: null, titles: null }',
          errors: [
            { message: 'Văn bản chưa đủ thành phần: Chữ ký cần ít nhất một dòng thẩm quyền (authority) hoặc chức danh (titles).', path: '/signature', text: 'name: Nguyễn Văn A\n' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    for (const { signature, path } of index.signatures) {
      const s = asData(signature);
      if (!s || filled(s.authority) || filled(s.titles)) continue;
      report({
        code: 'DOCUMENT_INCONSISTENT',
        path: toPointer(path),
        params: { detail: 'Chữ ký cần ít nhất một dòng thẩm quyền (authority) hoặc chức danh (titles).', detailEn: 'A signature needs an authority line or a title.' },
      });
    }
  },
});
