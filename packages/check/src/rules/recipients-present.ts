import { documentKind, leadBodies } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** A plan has a Nơi nhận. */
export default defineRule({
  meta: {
    id: 'recipients-present',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2; Phụ lục I mục II.9b',
    fixable: true,
    notFixable: {
      vi: 'Sửa bằng cách thêm Nơi nhận gồm các cơ quan chủ trì nhiệm vụ (không kể cá nhân và tập hợp) và dòng “Lưu: VT” (thêm đơn vị soạn thảo sau đó); văn bản không giao cho cơ quan nào, hoặc đã có “recipients” mà danh sách rỗng, thì không biết gửi cho ai.',
      en: 'Fixed by adding recipients made of the bodies that lead tasks (not persons or collectives) and "Lưu: VT" (add the drafting unit after it); a document that assigns no body, or has "recipients" with an empty list, does not say whom to send it to.',
    },
    docs: {
      title: { vi: 'Thiếu Nơi nhận', en: 'No recipients' },
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
          output: 'recipients: { to: [ { agency: cong-an-tinh }, { agency: so-y-te } ], archive: VT }',
        },
      ],
    },
  },
  check({ plan, report }) {
    const r = plan.input.recipients;
    if (r && r.to.length) return;
    // the bodies agency-not-recipient asks for: not a person, not a collective (its members receive it)
    const bodies = leadBodies(plan).filter((a) => a.kind !== 'ca-nhan' && a.kind !== 'nhom');
    report({
      // the bodies that lead its tasks, and the archive line
      ...(!r && bodies.length ? {
        edits: [{ path: '', key: 'recipients', value: { to: bodies.map((a) => ({ agency: a.id })), archive: 'VT' } }],
        fixLabel: { vi: `Thêm Nơi nhận: ${bodies.map((a) => a.name).join(', ')}; Lưu: VT`, en: `Add recipients: ${bodies.map((a) => a.id).join(', ')}; Lưu: VT` },
      } : {}),
      path: r ? '/recipients' : '',
      message: `${documentKind(plan.kind).name} chưa có Nơi nhận (các cơ quan nhận văn bản và dòng “Lưu: VT, …”).`,
      messageEn: 'The plan has no recipients (the bodies that receive it and the "Lưu: VT, …" line).',
    });
  },
});
