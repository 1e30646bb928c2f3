import { valueAt } from '@kehoach/core';
import { defineRule } from '../rule.js';
import { names } from '../agency-names.js';
import { isAsAbove, lineReaches } from '../recipient-lines.js';

/** Every agency that leads a task receives the plan. */
export default defineRule({
  meta: {
    id: 'agency-not-recipient',
    phase: 'content',
    severity: 'info',
    category: 'consistency',
    fixable: true,
    docs: {
      title: { vi: 'Cơ quan chủ trì thiếu ở Nơi nhận', en: 'Lead agency not among the recipients' },
      vi: 'Cơ quan được giao chủ trì nhiệm vụ phải có trong Nơi nhận, hoặc trong Kính gửi của công văn (theo mã, tên, tên ngắn, tên viết tắt như “Sở GD&ĐT”, một dòng chung chữ đầu như “Các Sở: Tài chính, Nội vụ”, hoặc một dòng gộp như “Các sở, ban, ngành”, “Các cơ quan chuyên môn thuộc UBND tỉnh” cho cơ quan cùng loại). Không tính: cơ quan ban hành, một tập hợp (“các địa phương”: các thành viên nhận theo dòng của mình), một người (nhận qua đơn vị của mình); dòng “Như trên” là các nơi ở Kính gửi, hoặc — khi văn bản không có Kính gửi — các cơ quan nêu ở trên.',
      en: 'An agency that leads a task must be among the recipients, or among a công văn\'s addressees (by id, name, short name, an abbreviation such as "Sở GD&ĐT", a shared head word such as "Các Sở: Tài chính, Nội vụ", or a collective line such as "Các sở, ban, ngành" for bodies of its kind). Not counted: the issuer, a collective ("các địa phương": its members receive through their own lines), a person (through their unit); "Như trên" stands for the addressees, or — with none — the bodies named above.',
    },
    examples: {
      valid: [
        'recipients: { to: [ { agency: cong-an-tinh }, { name: Sở Y tế } ], archive: "VT, NC" }',
        'recipients: { to: [ { agency: cong-an-tinh }, { name: "Các sở, ban, ngành" } ], archive: "VT, NC" }',
        'recipients: { to: [ { agency: cong-an-tinh }, { name: Các cơ quan chuyên môn thuộc UBND tỉnh } ], archive: "VT, NC" }',
        'recipients: { to: [ { agency: cong-an-tinh }, { name: "Các Sở: Y tế, Tài chính" } ], archive: "VT, NC" }',
        // “Như trên” in a plan with no Kính gửi: the bodies named above
        'recipients: { to: [ { name: Như trên }, { name: Chủ tịch UBND tỉnh } ], archive: "VT, NC" }',
      ],
      invalid: [
        {
          code: 'recipients: { to: [ { agency: cong-an-tinh } ], archive: "VT, NC" }',
          errors: [
            { message: 'Sở Y tế chủ trì nhiệm vụ II.2-1 nhưng không có trong Nơi nhận.', path: '/body/1/items/0/tasks/groups/1/tasks/0', text: 'id: ho-tro\n                  text: Hỗ trợ nạn nhân bị mua bán trở về.\n' },
          ],
          output: 'recipients: { to: [ { agency: cong-an-tinh }, { agency: so-y-te } ], archive: "VT, NC" }',
        },
      ],
    },
  },
  check({ plan, report }) {
    const to = plan.recipients?.to;
    if (!to) return;
    // “Như trên”: the Kính gửi of a công văn; in a document without one, the bodies named above — all of them
    const asAbove = to.some((r) => isAsAbove(r.name));
    if (asAbove && plan.addressees.length === 0) return;
    const issuer = plan.issuer.agency?.id;
    const written = Array.isArray(valueAt(plan.input, '/recipients/to'));
    const seen = new Set<string>();
    for (const task of plan.tasks) {
      for (const a of task.lead) {
        if (seen.has(a.id) || a.kind === 'ca-nhan' || a.kind === 'nhom' || a.id === issuer || names(plan.issuer.name, a)) continue;
        seen.add(a.id);
        const covered = to.some((r) => r.agency?.id === a.id || lineReaches(r.name, a)) || plan.addressees.some((x) => lineReaches(x, a));
        if (covered) continue;
        report({
          path: task.path,
          message: `${a.name} chủ trì nhiệm vụ ${task.ref} nhưng không có trong Nơi nhận.`,
          messageEn: `${a.name} leads task ${task.ref} but is not among the recipients.`,
          params: { agency: a.id, task: task.id },
          // the agency added at the end of Nơi nhận, by its id
          ...(written ? { edits: [{ path: '/recipients/to', append: { agency: a.id } }], fixLabel: { vi: `Thêm ${a.name} vào Nơi nhận`, en: `Add ${a.name} to the recipients` } } : {}),
        });
      }
    }
  },
});
