import { defineRule } from '../rule.js';
import { names } from '../agency-names.js';

/** Every agency that leads a task receives the plan. */
export default defineRule({
  meta: {
    id: 'agency-not-recipient',
    phase: 'content',
    severity: 'info',
    category: 'consistency',
    docs: {
      vi: 'Cơ quan được giao chủ trì nhiệm vụ phải có trong Nơi nhận, hoặc trong Kính gửi của công văn (theo mã, tên, tên ngắn, hoặc một dòng gộp như “Các sở, ban, ngành” cho cơ quan chuyên môn). Một người (ca-nhan) nhận văn bản qua đơn vị của mình nên không cần có tên riêng.',
      en: 'An agency that leads a task must be among the recipients, or among a công văn\'s addressees (by id, name, short name, or a collective line such as "Các sở, ban, ngành" for departments). A person receives it through their unit.',
    },
    examples: {
      valid: ['recipients: { to: [ { agency: cong-an-tinh }, { name: Sở Y tế } ], archive: "VT, NC" }', 'recipients: { to: [ { agency: cong-an-tinh }, { name: "Các sở, ban, ngành" } ], archive: "VT, NC" }'],
      invalid: [
        {
          code: 'recipients: { to: [ { agency: cong-an-tinh } ], archive: "VT, NC" }',
          errors: [
            { message: 'Sở Y tế chủ trì nhiệm vụ II.2-1 nhưng không có trong Nơi nhận.', path: '/body/1/items/0/tasks/groups/1/tasks/0', text: 'id: ho-tro\n                  text: Hỗ trợ nạn nhân bị mua bán trở về.\n' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const to = plan.recipients?.to;
    if (!to) return;
    const seen = new Set<string>();
    for (const task of plan.tasks) {
      for (const a of task.lead) {
        if (seen.has(a.id) || a.kind === 'ca-nhan') continue;
        seen.add(a.id);
        const collective = (text: string) => a.kind === 'chuyen-mon' && /các sở/iu.test(text);
        const covered =
          to.some((r) => r.agency?.id === a.id || names(r.name, a) || collective(r.name)) ||
          plan.addressees.some((x) => names(x, a) || collective(x));
        if (covered) continue;
        report({
          path: task.path,
          message: `${a.name} chủ trì nhiệm vụ ${task.ref} nhưng không có trong Nơi nhận.`,
          messageEn: `${a.name} leads task ${task.ref} but is not among the recipients.`,
          params: { agency: a.id, task: task.id },
        });
      }
    }
  },
});
