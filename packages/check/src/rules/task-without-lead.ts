import { taskKinds } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** In a section that assigns tasks, every task has a lead (or is a request). */
export default defineRule({
  meta: {
    id: 'task-without-lead',
    phase: 'content',
    severity: 'warning',
    category: 'structure',
    notFixable: {
      vi: 'Cơ quan chủ trì chỉ người soạn biết.',
      en: 'The lead agency is known only to the writer.',
    },
    docs: {
      title: { vi: 'Nhiệm vụ không có cơ quan', en: 'Task without a lead' },
      vi: 'Nhiệm vụ không có cơ quan nào (chủ trì `lead`, phối hợp `support` hay được đề nghị `requested`) trong một mục có phân công: không ai nhận việc này trong danh mục nhiệm vụ. Không tính: tiêu đề có các nhiệm vụ con (mỗi nhiệm vụ con được xét riêng), các dòng của danh sách mục tiêu, chỉ tiêu (dưới “Mục tiêu”, “Chỉ tiêu:”, “Kết quả mong đợi” …), nhiệm vụ do văn bản khác phân công (“Theo phân công tại Quyết định số …”), và nhiệm vụ được nhắc lại kèm cơ quan chủ trì ở chỗ khác (bảng phân công).',
      en: 'A task with no agency at all (no lead, support or requested body) in a section that assigns tasks: nobody gets it in the checklists. Not counted: a heading over sub-tasks (each sub-task counts as itself), the lines of a list of goals or targets (under “Mục tiêu”, “Chỉ tiêu:”, “Kết quả mong đợi” …), a task assigned by another document (“Theo phân công tại Quyết định số …”), and a task restated with its lead elsewhere (a task table).',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. }, { id: b, lead: cong-an-tinh, text: Trấn áp tội phạm. } ] } } ] } ]',
        // a theme heading over its sub-tasks
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: tt, title: Công tác tuyên truyền, tasks: [ { id: a, lead: so-y-te, text: Tuyên truyền tác hại của thuốc lá. }, { id: b, lead: cong-an-tinh, text: Kiểm tra việc bán thuốc lá cho trẻ em. } ] } ] } } ] } ]',
        // a list of targets, then the duties
        'body: [ { title: "MỤC TIÊU, NHIỆM VỤ", items: [ { tasks: { layout: by-theme, groups: [ { title: Mục tiêu, tasks: [ { id: m1, text: 100% trường học treo biển cấm hút thuốc lá. } ] }, { title: Nhiệm vụ, tasks: [ { id: a, lead: so-y-te, text: Tuyên truyền tác hại của thuốc lá. } ] } ] } } ] } ]',
        // targets after a “Chỉ tiêu:” line of the same list
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: ct, text: "Chỉ tiêu:" }, { id: c1, text: 90% cơ sở y tế không khói thuốc lá. }, { id: a, lead: so-y-te, text: Tuyên truyền tác hại của thuốc lá. } ] } } ] } ]',
        // a task another document assigns
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. }, { id: b, text: Sắp xếp lại các trạm y tế xã., assignedBy: { note: Theo phân công tại Phương án số 12/PA-UBND ngày 03/3/2025 } } ] } } ] } ]',
        // a duty of the text restated, with its lead, in the task table
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, text: Tổ chức tập huấn kỹ năng tuyên truyền cho cán bộ y tế cơ sở. } ] } }, { table: { kind: tasks, columns: [ { title: Nhiệm vụ, field: text }, { title: Chủ trì, field: lead } ], rows: [ { id: a2, text: Tổ chức tập huấn kỹ năng tuyên truyền cho cán bộ y tế cơ sở., lead: so-y-te } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. }, { id: b, text: Trấn áp tội phạm. } ] } } ] } ]',
          errors: [
            { message: 'Nhiệm vụ I.2 chưa có cơ quan chủ trì.', path: '/body/0/items/0/tasks/tasks/1', text: 'id: b\n              text: Trấn áp tội phạm.\n' },
          ],
        },
        {
          // a sub-task under a heading counts as itself
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: tt, title: Công tác tuyên truyền, tasks: [ { id: a, lead: so-y-te, text: Tuyên truyền tác hại của thuốc lá. }, { id: b, text: Kiểm tra việc bán thuốc lá cho trẻ em. } ] } ] } } ] } ]',
          errors: [
            { message: 'Nhiệm vụ I.1.b chưa có cơ quan chủ trì.', path: '/body/0/items/0/tasks/tasks/0/tasks/1', text: 'id: b\n                  text: Kiểm tra việc bán thuốc lá cho trẻ em.\n' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const section = (path: string) => path.split('/').slice(0, 3).join('/');
    // a task assigned by another document (“Theo phân công tại Quyết định số …”) has its lead there
    const assigning = new Set(plan.tasks.filter((t) => t.lead.length || t.assignedBy).map((t) => section(t.path)));
    // headings, targets and duties restated with their lead (a task table) are not duties without a lead
    const kinds = taskKinds(plan);
    for (const t of plan.tasks) {
      if (t.lead.length || t.support.length || t.requested.length || t.assignedBy || !assigning.has(section(t.path))) continue;
      if (kinds.get(t.path) !== 'duty') continue;
      report({ path: t.path, message: `Nhiệm vụ ${t.ref} chưa có cơ quan chủ trì.`, messageEn: `Task ${t.ref} has no lead agency.`, params: { task: t.id } });
    }
  },
});
