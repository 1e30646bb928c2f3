import { toPointer } from '../../locate.js';
import { asData } from '../index-plan.js';
import { defineRule } from '../rule.js';

/** Each recipient is an agency (by id) or has a name to print. */
export default defineRule({
  meta: {
    id: 'recipient-names',
    phase: 'load',
    severity: 'error',
    category: 'nd30',
    required: true,
    codes: ['SCHEMA_REQUIRED'],
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9 (nơi nhận)',
    notFixable: {
      vi: 'Tên nơi nhận còn thiếu chỉ người soạn biết.',
      en: 'The missing recipient name is known only to the writer.',
    },
    docs: {
      title: { vi: 'Nơi nhận chưa khai báo', en: 'Recipient without a name' },
      vi: 'Mỗi dòng Nơi nhận là một cơ quan đã khai báo (`agency: <mã>`) hoặc có tên để in (`name`).',
      en: 'Each recipient is a declared agency (agency: <id>) or has a name to print.',
    },
    examples: {
      valid: ['recipients: { to: [ { agency: cong-an-tinh }, { name: Thường trực Tỉnh ủy, purpose: để báo cáo } ], archive: "VT, NC" }'],
      invalid: [
        {
          code: 'recipients: { to: [ { agency: cong-an-tinh }, { purpose: để báo cáo } ], archive: "VT, NC" }',
          errors: [
            { message: 'Thiếu thuộc tính bắt buộc “name”.', path: '/recipients/to/1', text: 'purpose: để báo cáo\n' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    for (const { recipient, path } of index.recipients) {
      const r = asData(recipient);
      if (r && !r.agency && !r.name) report({ code: 'SCHEMA_REQUIRED', path: toPointer(path), params: { property: 'name' } });
    }
  },
});
