import type { OutlineNode } from '@kehoach/core';
import { isUnnumbered, readLabel } from '@kehoach/nd30';
import { defineRule } from '../rule.js';

/** A level with a single numbered item: `1.` with no `2.`, `a)` with no `b)`. */
export default defineRule({
  meta: {
    id: 'single-subitem',
    phase: 'content',
    severity: 'info',
    category: 'structure',
    notFixable: {
      vi: 'Gộp vào mục cha, thêm mục, hay trình bày không đánh số là việc của người soạn.',
      en: 'Merging it, adding an item or printing it unnumbered is the writer\'s choice.',
    },
    docs: {
      title: { vi: 'Chỉ một mục con được đánh số', en: 'Single numbered sub-item' },
      vi: 'Một cấp chỉ có một mục được đánh số (có “a)” mà không có “b)”, một nhóm chỉ có một nhiệm vụ): nên gộp vào mục cha, hoặc trình bày không đánh số (`singleTask: inline`).',
      en: 'A level with a single numbered item ("a)" with no "b)", a group with one task): merge it into its parent or print it unnumbered (`singleTask: inline`).',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ { title: Tuyên truyền, items: [ { text: Trên báo chí. }, { text: Trên mạng xã hội. } ] }, { title: Hỗ trợ, items: [ { text: Nạn nhân. }, { text: Gia đình. } ] } ] } ]'],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { title: Tuyên truyền, items: [ { text: Trên báo chí. } ] }, { title: Hỗ trợ, items: [ { text: Nạn nhân. }, { text: Gia đình. } ] } ] } ]',
          errors: [
            { message: 'Mục I.1.a là mục duy nhất được đánh số “a)” trong I.1.', path: '/body/0/items/0/items/0', text: 'text: Trên báo chí.\n' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const visit = (n: OutlineNode) => {
      // A label that numbers (`1.`, `a)`), not a mark (`-`, `+`, `*`), read with @kehoach/nd30.
      const numbered = n.children.filter((c) => c.label && !isUnnumbered(readLabel(c.label)?.style ?? 'number'));
      if (n.kind !== 'part' && numbered.length === 1) {
        const c = numbered[0]!;
        report({ path: c.path, message: `Mục ${c.ref} là mục duy nhất được đánh số “${c.label}” trong ${n.ref || 'mục cha'}.`, messageEn: `Item ${c.ref} is the only numbered item "${c.label}" of ${n.ref || 'its parent'}.`, params: { ref: c.ref, label: c.label } });
      }
      n.children.forEach(visit);
    };
    plan.sections.forEach(visit);
  },
});
