import { defineRule } from '../rule.js';

/** `Lưu: VT, …`: the archive line starts with the văn thư (VT). */
export default defineRule({
  meta: {
    id: 'archive-line',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2 (Nơi nhận) và Phụ lục I mục II.9b',
    fixable: true,
    docs: {
      title: { vi: 'Dòng “Lưu: VT”', en: 'Archive line' },
      vi: 'Dòng lưu của Nơi nhận phải bắt đầu bằng “VT” (văn thư cơ quan), rồi đến đơn vị soạn thảo: `Lưu: VT, NC (Loan).`',
      en: 'The archive line of the recipients must start with "VT" (the records office), then the drafting unit: `Lưu: VT, NC (Loan).`',
    },
    examples: {
      valid: ['recipients: { to: [ { agency: cong-an-tinh } ], archive: "VT, NC" }'],
      invalid: [
        {
          code: 'recipients: { to: [ { agency: cong-an-tinh } ], archive: "VPUBND, CAX" }',
          errors: [
            { message: 'Dòng lưu “Lưu: VPUBND, CAX.” thiếu “VT”: Nghị định 30 yêu cầu “Lưu: VT, <đơn vị soạn thảo>”.', path: '/recipients/archive', text: 'VPUBND, CAX' },
          ],
          output: 'recipients: { to: [ { agency: cong-an-tinh } ], archive: "VT, VPUBND, CAX" }',
        },
        {
          // “Văn thư” written out: its abbreviation
          code: 'recipients: { to: [ { agency: cong-an-tinh } ], archive: "Văn thư, NC" }',
          errors: [
            { message: 'Dòng lưu “Lưu: Văn thư, NC.” thiếu “VT”: Nghị định 30 yêu cầu “Lưu: VT, <đơn vị soạn thảo>”.', path: '/recipients/archive', text: 'Văn thư, NC' },
          ],
          output: 'recipients: { to: [ { agency: cong-an-tinh } ], archive: "VT, NC" }',
        },
      ],
    },
  },
  check({ plan, report }) {
    const archive = plan.input.recipients?.archive;
    if (archive === undefined || /^VT(?![\p{L}])/u.test(archive.trim())) return;
    report({
      path: '/recipients/archive',
      span: { index: 0, length: archive.length },
      message: `Dòng lưu “Lưu: ${archive}.” thiếu “VT”: Nghị định 30 yêu cầu “Lưu: VT, <đơn vị soạn thảo>”.`,
      messageEn: `The archive line "Lưu: ${archive}." lacks "VT": Decree 30 wants "Lưu: VT, <drafting unit>".`,
      params: { archive, expected: 'VT' },
      // “VT” first: in place of “Văn thư” written out, else before the units named
      fix: /^\s*văn thư(?![\p{L}])/iu.test(archive) ? archive.replace(/^\s*văn thư/iu, 'VT') : `VT, ${archive.trim()}`,
    });
  },
});
