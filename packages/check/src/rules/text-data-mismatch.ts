import { statedFactsOf, valueAt, type FactConflict } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** How each fact is named in a message: the role's verb and the data's key. */
const FACT_WORDS: Record<FactConflict['fact'], { vi: string; en: string }> = {
  lead: { vi: 'cơ quan chủ trì', en: 'the lead' },
  support: { vi: 'cơ quan phối hợp', en: 'the coordinating body' },
  requested: { vi: 'cơ quan được đề nghị', en: 'the requested body' },
  time: { vi: 'thời gian', en: 'the time' },
};

/** A task's words say another time, or name another declared body, than its data. */
export default defineRule({
  meta: {
    id: 'text-data-mismatch',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    docs: {
      vi: 'Lời văn của nhiệm vụ ghi một thời gian, hoặc nêu một cơ quan (đã khai báo) chủ trì, phối hợp, được đề nghị, khác với dữ liệu của nhiệm vụ (`time`, `lead`, `support`, `requested`). Dữ liệu được in ra khi lời văn chưa nói; khi lời văn đã nói khác, văn bản và danh mục nhiệm vụ sẽ nói hai điều: sửa một trong hai.',
      en: "A task's words give another time, or name another declared lead, coordinating or requested body, than the task's data (`time`, `lead`, `support`, `requested`). The data is printed where the words do not say it; where they say something else, the document and the checklists disagree: change one of them.",
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: "Hỗ trợ nạn nhân, hoàn thành trước ngày 30/9/2025.", time: { before: 2025-09-30 } }, { id: b, lead: so-y-te, text: "Tiếp nhận nạn nhân (Sở Y tế chủ trì thực hiện)." } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: "Hỗ trợ nạn nhân, hoàn thành trước ngày 15/9/2025.", time: { before: 2025-09-30 } } ] } } ] } ]',
          errors: [
            {
              message: 'Lời văn ghi thời gian “trước ngày 15/9/2025”, còn dữ liệu của nhiệm vụ ghi “Trước 30/9/2025”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.',
              path: '/body/0/items/0/tasks/tasks/0/text',
              text: 'trước ngày 15/9/2025',
            },
          ],
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: [ "Tiếp nhận nạn nhân.", "Hỗ trợ nạn nhân trở về (Công an tỉnh chủ trì thực hiện)." ] } ] } } ] } ]',
          errors: [
            {
              message: 'Lời văn ghi cơ quan chủ trì “Công an tỉnh”, còn dữ liệu của nhiệm vụ ghi “Sở Y tế”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.',
              path: '/body/0/items/0/tasks/tasks/0/text/1',
              text: 'Công an tỉnh',
            },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    for (const task of plan.tasks) {
      // A task table's row has a column for each fact: its words are the task's name, not its assignment.
      if (task.path.includes('/table/')) continue;
      const text = valueAt(plan.input, `${task.path}/text`);
      for (const c of statedFactsOf(plan, task).conflicts) {
        const words = FACT_WORDS[c.fact];
        report({
          path: Array.isArray(text) ? `${task.path}/text/${c.paragraph}` : `${task.path}/text`,
          ...(c.length ? { span: { index: c.index, length: c.length } } : {}),
          message: `Lời văn ghi ${words.vi} “${c.said}”, còn dữ liệu của nhiệm vụ ghi “${c.data}”: văn bản và danh mục nhiệm vụ sẽ nói khác nhau.`,
          messageEn: `The words give ${words.en} "${c.said}", but the task's data gives "${c.data}": the document and the checklists would disagree.`,
          params: { fact: c.fact, said: c.said, data: c.data },
        });
      }
    }
  },
});
