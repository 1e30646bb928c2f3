import { defineRule } from '../rule.js';

/** In a section that assigns tasks, every task has a lead (or is a request). */
export default defineRule({
  meta: {
    id: 'task-without-lead',
    phase: 'content',
    severity: 'warning',
    category: 'structure',
    docs: {
      vi: 'Nhiệm vụ không có cơ quan nào (chủ trì `lead`, phối hợp `support` hay được đề nghị `requested`) trong một mục có phân công: không ai nhận việc này trong danh mục nhiệm vụ.',
      en: 'A task with no agency at all (no lead, support or requested body) in a section that assigns tasks: nobody gets it in the checklists.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. }, { id: b, lead: cong-an-tinh, text: Trấn áp tội phạm. } ] } } ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. }, { id: b, text: Trấn áp tội phạm. } ] } } ] } ]',
          errors: [
            { message: 'Nhiệm vụ I.2 chưa có cơ quan chủ trì.', path: '/body/0/items/0/tasks/tasks/1', text: 'id: b\n              text: Trấn áp tội phạm.\n' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const section = (path: string) => path.split('/').slice(0, 3).join('/');
    const assigning = new Set(plan.tasks.filter((t) => t.lead.length).map((t) => section(t.path)));
    for (const t of plan.tasks) {
      if (t.lead.length || t.support.length || t.requested.length || !assigning.has(section(t.path))) continue;
      report({ path: t.path, message: `Nhiệm vụ ${t.ref} chưa có cơ quan chủ trì.`, messageEn: `Task ${t.ref} has no lead agency.`, params: { task: t.id } });
    }
  },
});
