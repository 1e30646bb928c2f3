import { toPointer } from '../../locate.js';
import { defineRule } from '../rule.js';

/** A group of a by-agency layout has what its heading is made from: an agency, or a title. */
export default defineRule({
  meta: {
    id: 'group-heading',
    phase: 'load',
    severity: 'error',
    category: 'structure',
    required: true,
    codes: ['DOCUMENT_INCONSISTENT'],
    notFixable: {
      vi: 'Cơ quan hay tiêu đề của nhóm chỉ người soạn biết.',
      en: 'The group\'s agency or title is known only to the writer.',
    },
    docs: {
      title: { vi: 'Tiêu đề nhóm nhiệm vụ', en: 'Task group heading' },
      vi: 'Trong mục nhiệm vụ trình bày theo cơ quan (`layout: by-agency`), tiêu đề mỗi nhóm được sinh từ cơ quan của nhóm: nhóm cần `lead`, `requested` hoặc `support`, hoặc một tiêu đề (`title`).',
      en: 'In a by-agency task layout each group\'s heading is made from its agency: a group needs lead, requested or support, or a title.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { lead: so-y-te, tasks: [ { id: a, text: Hỗ trợ nạn nhân. } ] }, { title: Các địa phương, tasks: [ { id: b, text: Rà soát địa bàn. } ] } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-agency, groups: [ { tasks: [ { id: a, text: Hỗ trợ nạn nhân. } ] } ] } } ] } ]',
          errors: [
            { message: 'Văn bản chưa đủ thành phần: Nhóm theo cơ quan cần lead, requested hoặc support (để sinh tiêu đề), hoặc title.', path: '/body/0/items/0/tasks/groups/0', text: 'tasks:\n                - id: a\n                  text: Hỗ trợ nạn nhân.\n' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    for (const { group, path, layout } of index.groups) {
      if (layout !== 'by-agency' || group.title || group.lead || group.requested || group.support) continue;
      report({
        code: 'DOCUMENT_INCONSISTENT',
        path: toPointer(path),
        params: {
          detail: 'Nhóm theo cơ quan cần lead, requested hoặc support (để sinh tiêu đề), hoặc title.',
          detailEn: 'A group in a by-agency layout needs lead, requested or support (for its heading), or a title.',
        },
      });
    }
  },
});
