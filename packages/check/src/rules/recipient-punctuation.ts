import { defineRule } from '../rule.js';

/** Recipient names carry no `;` or `.` of their own: the generator ends each line. */
export default defineRule({
  meta: {
    id: 'recipient-punctuation',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9b',
    fixable: true,
    docs: {
      title: { vi: 'Dấu câu ở Nơi nhận', en: 'Recipient punctuation' },
      vi: 'Mỗi dòng Nơi nhận kết thúc bằng “;”, dòng cuối bằng “.” — dấu được sinh tự động; tên nơi nhận không tự ghi dấu, và hai nơi nhận trên một dòng (“Viện KSND tỉnh; TAND tỉnh”) phải tách thành hai dòng.',
      en: 'Each recipient line ends with ";" and the last with "." — generated; a name carries no punctuation of its own, and two recipients on one line must be two lines.',
    },
    examples: {
      valid: ['recipients: { to: [ { name: Viện Kiểm sát nhân dân tỉnh }, { name: Tòa án nhân dân tỉnh } ], archive: "VT, NC" }'],
      invalid: [
        {
          code: 'recipients: { to: [ { name: "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh" } ], archive: "VT, NC" }',
          errors: [
            { message: '“Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh” ghi hai nơi nhận trên một dòng; mỗi nơi nhận một dòng.', path: '/recipients/to/0/name', text: ';' },
          ],
        },
        {
          code: 'recipients: { to: [ { name: Công an tỉnh; } ], archive: "VT, NC" }',
          errors: [
            { message: 'Tên nơi nhận “Công an tỉnh;” tự ghi dấu “;” ở cuối; dấu cuối dòng được sinh tự động.', path: '/recipients/to/0/name', text: ';' },
          ],
          output: 'recipients: { to: [ { name: Công an tỉnh } ], archive: "VT, NC" }',
        },
      ],
    },
  },
  check({ plan, report }) {
    plan.input.recipients?.to.forEach((r, i) => {
      if (!('name' in r) || typeof r.name !== 'string') return;
      const path = `/recipients/to/${i}/name`;
      const trailing = /\s*[;.,]+$/.exec(r.name);
      if (trailing) {
        report({
          path,
          span: { index: trailing.index, length: trailing[0].length },
          message: `Tên nơi nhận “${r.name}” tự ghi dấu “${trailing[0].trim()}” ở cuối; dấu cuối dòng được sinh tự động.`,
          messageEn: `The recipient "${r.name}" ends with its own "${trailing[0].trim()}"; line punctuation is generated.`,
          params: { name: r.name },
          fix: '',
        });
      } else if (r.name.includes(';')) {
        report({
          path,
          span: { index: r.name.indexOf(';'), length: 1 },
          message: `“${r.name}” ghi hai nơi nhận trên một dòng; mỗi nơi nhận một dòng.`,
          messageEn: `"${r.name}" puts two recipients on one line; give each its own.`,
          params: { name: r.name },
        });
      }
    });
  },
});
