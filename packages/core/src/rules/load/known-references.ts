import { toPointer } from '../../locate.js';
import { closest } from '../../suggest.js';
import { defineRule } from '../rule.js';

/** A time or an assignment that refers to a document names one declared with an id. */
export default defineRule({
  meta: {
    id: 'known-references',
    phase: 'load',
    severity: 'error',
    category: 'consistency',
    required: true,
    codes: ['UNKNOWN_REFERENCE', 'SCHEMA_REQUIRED'],
    fixable: true,
    notFixable: {
      vi: 'Khi không có văn bản nào có mã gần với mã đã viết, hoặc `assignedBy` thiếu cả `reference` lẫn `note`, không biết văn bản nào được nhắc.',
      en: 'When no declared document has an id close to the one written, or assignedBy has neither reference nor note, which document is meant is not known.',
    },
    docs: {
      title: { vi: 'Văn bản được nhắc chưa khai báo', en: 'Unknown reference id' },
      vi: 'Thời gian “theo văn bản” (`time: { reference: … }`) và nhiệm vụ “được giao bởi” (`assignedBy: { reference: … }`) phải trỏ tới một văn bản được khai báo với `id` (trong `opening.bases[].references` hoặc `references`); `assignedBy` cần `reference` hoặc `note`.',
      en: 'A time "as set by a document" and a task\'s assignedBy refer to a document declared with an id (in opening.bases[].references or references); assignedBy needs reference or note.',
    },
    examples: {
      valid: [
        'opening: { bases: [ { lead: Căn cứ, references: [ { id: kh-tinh, type: Kế hoạch, number: 12/KH-UBND, date: 2025-01-04, issuer: Ủy ban nhân dân tỉnh, subject: "về phòng, chống mua bán người" } ] } ] }\nbody: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân., time: { reference: kh-tinh } } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân., time: { reference: kh-tinh } } ] } } ] } ]',
          errors: [
            { message: 'Văn bản “kh-tinh” chưa được khai báo (id trong opening.bases[].references).', path: '/body/0/items/0/tasks/tasks/0/time/reference', text: 'kh-tinh' },
          ],
        },
        {
          // a declared id close to the one written: the fix writes it
          code: 'opening: { bases: [ { lead: Căn cứ, references: [ { id: kh-tinh, type: Kế hoạch, number: 12/KH-UBND, date: 2025-01-04, issuer: Ủy ban nhân dân tỉnh, subject: "về phòng, chống mua bán người" } ] } ] }\nbody: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân., time: { reference: kh-tinhh } } ] } } ] } ]',
          errors: [
            { message: 'Văn bản “kh-tinhh” chưa được khai báo (id trong opening.bases[].references).', path: '/body/0/items/0/tasks/tasks/0/time/reference', text: 'kh-tinhh' },
          ],
          output: 'opening: { bases: [ { lead: Căn cứ, references: [ { id: kh-tinh, type: Kế hoạch, number: 12/KH-UBND, date: 2025-01-04, issuer: Ủy ban nhân dân tỉnh, subject: "về phòng, chống mua bán người" } ] } ] }\nbody: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân., time: { reference: kh-tinh } } ] } } ] } ]',
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân., assignedBy: {} } ] } } ] } ]',
          errors: [
            { message: 'Thiếu thuộc tính bắt buộc “reference”.', path: '/body/0/items/0/tasks/tasks/0/assignedBy', text: '{}' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    const known = index.referenceIds;
    const unknown = (id: string, path: ReadonlyArray<string | number>) => {
      const near = closest(id, [...known]);
      report({
        code: 'UNKNOWN_REFERENCE',
        path: toPointer(path),
        params: { id },
        suggestion: near
          ? `có phải ý bạn là “${near}”? — did you mean "${near}"?`
          : 'khai báo văn bản với id trong opening.bases[].references — give the reference an id in opening.bases[].references',
        ...(near ? { edits: [{ path: toPointer(path), text: near }], fixLabel: { vi: `Sửa thành “${near}”`, en: `Change to "${near}"` } } : {}),
      });
    };
    for (const { assignedBy, path } of index.assignments) {
      const reference = assignedBy.reference;
      if (typeof reference === 'string' && !known.has(reference)) unknown(reference, [...path, 'reference']);
      if (reference === undefined && assignedBy.note === undefined) report({ code: 'SCHEMA_REQUIRED', path: toPointer(path), params: { property: 'reference' } });
    }
    for (const { time, path } of index.times) {
      if (typeof time.reference === 'string' && !known.has(time.reference)) unknown(time.reference, [...path, 'reference']);
    }
  },
});
