import { defineRule } from '../rule.js';
import { nameKey } from '../agency-names.js';

/** A recipient line without its `name`. */
function withoutName(r: object): object {
  return Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'name'));
}

/** A recipient written as text that is a declared agency should name it by id. */
export default defineRule({
  meta: {
    id: 'recipient-undeclared',
    phase: 'content',
    severity: 'info',
    category: 'consistency',
    fixable: true,
    docs: {
      title: { vi: 'Nơi nhận ghi bằng chữ', en: 'Recipient written as text' },
      vi: 'Nơi nhận ghi bằng chữ trùng tên một cơ quan đã khai báo: hãy ghi `agency: <mã>` để tên in ra luôn khớp khai báo (và đổi theo khi nhân bản cho cấp dưới). Cách sửa: dòng ghi đúng tên khai báo được thay bằng `agency: <mã>`; dòng ghi tên khác (tên ngắn, cách viết khác) giữ tên đó và thêm `agency: <mã>`, nên bản in không đổi.',
      en: 'A recipient written as text that is the name of a declared agency: write `agency: <id>` so that the printed name follows the declaration (and clones rename it). The fix: a line with the declared name becomes `agency: <id>`; a line written otherwise (the short name, another spelling) keeps its words and gains `agency: <id>`, so the page prints the same.',
    },
    examples: {
      valid: ['recipients: { to: [ { agency: cong-an-tinh }, { agency: so-y-te }, { name: Thường trực Tỉnh ủy } ], archive: "VT, NC" }'],
      invalid: [
        {
          code: 'recipients: { to: [ { name: Công an tỉnh }, { agency: so-y-te } ], archive: "VT, NC" }',
          errors: [
            { message: 'Nơi nhận “Công an tỉnh” là cơ quan đã khai báo “cong-an-tinh”: ghi “agency: cong-an-tinh”.', path: '/recipients/to/0/name', text: 'Công an tỉnh' },
          ],
          output: 'recipients: { to: [ { agency: cong-an-tinh }, { agency: so-y-te } ], archive: "VT, NC" }',
        },
        {
          // written as the short name: kept beside the id, the page prints the same
          code: 'agencies: { mttq-tinh: { name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, shortName: Ủy ban MTTQVN tỉnh, level: tinh, kind: mttq-doan-the } }\nrecipients: { to: [ { agency: so-y-te }, { name: Ủy ban MTTQVN tỉnh } ], archive: "VT, NC" }',
          errors: [
            { message: 'Nơi nhận “Ủy ban MTTQVN tỉnh” là cơ quan đã khai báo “mttq-tinh”: ghi “agency: mttq-tinh”.', path: '/recipients/to/1/name', text: 'Ủy ban MTTQVN tỉnh' },
          ],
          output: 'agencies: { mttq-tinh: { name: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, shortName: Ủy ban MTTQVN tỉnh, level: tinh, kind: mttq-doan-the } }\nrecipients: { to: [ { agency: so-y-te }, { name: Ủy ban MTTQVN tỉnh, agency: mttq-tinh } ], archive: "VT, NC" }',
        },
      ],
    },
  },
  check({ plan, report }) {
    plan.input.recipients?.to.forEach((r, i) => {
      if (r.agency || !r.name) return;
      const key = nameKey(r.name);
      const a = Object.values(plan.agencies).find((x) => [x.name, x.shortName].some((n) => n && nameKey(n) === key));
      if (!a) return;
      report({
        path: `/recipients/to/${i}/name`,
        message: `Nơi nhận “${r.name}” là cơ quan đã khai báo “${a.id}”: ghi “agency: ${a.id}”.`,
        messageEn: `The recipient "${r.name}" is the declared agency "${a.id}": write "agency: ${a.id}".`,
        params: { name: r.name, agency: a.id },
        // the line names the agency by its id (anything else it says kept); a name written otherwise
        // than the declared one stays beside it, so that the page prints the same words
        edits: [r.name === a.name ? { path: `/recipients/to/${i}`, set: { agency: a.id, ...withoutName(r) } } : { path: `/recipients/to/${i}`, key: 'agency', value: a.id }],
        fixLabel: { vi: `Ghi “agency: ${a.id}”`, en: `Write "agency: ${a.id}"` },
      });
    });
  },
});
