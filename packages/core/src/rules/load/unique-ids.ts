import { toPointer } from '../../locate.js';
import { defineRule } from '../rule.js';

/** Ids are unique: tasks, groups, sections, items, tables and references share one namespace; reporting periods have their own. */
export default defineRule({
  meta: {
    id: 'unique-ids',
    phase: 'load',
    severity: 'error',
    category: 'consistency',
    required: true,
    codes: ['DUPLICATE_ID'],
    notFixable: {
      vi: 'Mã mới cho mục trùng là việc của người soạn (mã được nhắc ở nơi khác).',
      en: 'A new id for the duplicate is the writer\'s choice (ids are referred to elsewhere).',
    },
    docs: {
      title: { vi: 'Mã trùng nhau', en: 'Duplicate id' },
      vi: 'Mỗi mã (`id`) chỉ dùng một lần: nhiệm vụ, nhóm, mục, phần, bảng và văn bản được trích dẫn dùng chung một không gian mã (danh mục nhiệm vụ, bản nhân cho cấp dưới và nguồn gốc nhiệm vụ trỏ tới chúng); các kỳ báo cáo có không gian mã riêng.',
      en: 'Every id is used once: tasks, groups, sections, parts, tables and cited documents share one namespace (checklists, clones and provenance refer to them); reporting periods have their own.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. }, { id: b, lead: cong-an-tinh, text: Trấn áp tội phạm. } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân. }, { id: a, lead: cong-an-tinh, text: Trấn áp tội phạm. } ] } } ] } ]',
          errors: [
            { message: 'Mã “a” bị trùng (đã dùng ở /body/0/items/0/tasks/tasks/0).', path: '/body/0/items/0/tasks/tasks/1/id', text: 'a' },
          ],
        },
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, id: to-chuc, items: [ "Các sở, ngành báo cáo kết quả." ], facts: { reporting: { to: cong-an-tinh, periods: [ { id: q, label: Quý I, due: { day: 15, month: 3 } }, { id: q, label: Quý II, due: { day: 15, month: 6 } } ] } } }, { id: to-chuc, title: KINH PHÍ, items: [ Ngân sách tỉnh. ] } ]',
          errors: [
            { message: 'Mã “q” bị trùng (đã dùng ở reporting/periods).', path: '/body/0/facts/reporting/periods/1/id', text: 'q' },
            { message: 'Mã “to-chuc” bị trùng (đã dùng ở /body/0).', path: '/body/1/id', text: 'to-chuc' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    const seen = new Map<string, string>();
    for (const { id, path } of index.ids) {
      const other = seen.get(id);
      if (other === undefined) seen.set(id, toPointer(path));
      else report({ code: 'DUPLICATE_ID', path: toPointer([...path, 'id']), params: { id, other } });
    }
    const periods = new Set<string>();
    for (const { id, path } of index.periodIds) {
      if (periods.has(id)) report({ code: 'DUPLICATE_ID', path: toPointer([...path, 'id']), params: { id, other: 'reporting/periods' } });
      periods.add(id);
    }
  },
});
