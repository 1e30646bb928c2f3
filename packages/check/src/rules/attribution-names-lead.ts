import { defineRule } from '../rule.js';
import { names } from '../agency-names.js';

/** A task's attribution literal names its lead. */
export default defineRule({
  meta: {
    id: 'attribution-names-lead',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    notFixable: {
      vi: 'Không biết lời phân công hay dữ liệu `lead` mới đúng.',
      en: 'Whether the attribution words or the `lead` data are right is not known.',
    },
    docs: {
      title: { vi: 'Lời phân công khác cơ quan chủ trì', en: 'Attribution does not name the lead' },
      vi: 'Khi nhiệm vụ giữ nguyên lời văn phân công (`attribution: …`), lời văn đó phải nêu tên cơ quan chủ trì trong dữ liệu (`lead`): nếu không, văn bản in ra và danh mục nhiệm vụ nói khác nhau.',
      en: 'When a task keeps its attribution wording (`attribution: …`), the wording must name the lead agency of the data (`lead`); otherwise the printed plan and the checklists disagree.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, attribution: Sở Y tế chủ trì thực hiện, text: Hỗ trợ nạn nhân. } ] } } ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, attribution: Công an tỉnh chủ trì thực hiện, text: Hỗ trợ nạn nhân. } ] } } ] } ]',
          errors: [
            { message: 'Lời văn phân công “Công an tỉnh chủ trì thực hiện” không nêu cơ quan chủ trì “Sở Y tế” (lead: so-y-te).', path: '/body/0/items/0/tasks/tasks/0/attribution', text: 'Công an tỉnh chủ trì thực hiện' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    const byPath = new Map(prose.filter((p) => p.key === 'attribution').map((p) => [p.path, p.text]));
    for (const task of plan.tasks) {
      const literal = byPath.get(`${task.path}/attribution`);
      if (!literal) continue;
      for (const a of task.lead) {
        if (names(literal, a)) continue;
        report({
          path: `${task.path}/attribution`,
          span: { index: 0, length: literal.length },
          message: `Lời văn phân công “${literal}” không nêu cơ quan chủ trì “${a.name}” (lead: ${a.id}).`,
          messageEn: `The attribution "${literal}" does not name the lead "${a.name}" (lead: ${a.id}).`,
          params: { attribution: literal, lead: a.id },
        });
      }
    }
  },
});
