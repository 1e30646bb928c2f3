import type { OutlineNode } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** A heading that carries its content after a colon: “Thời gian thực hiện: Từ tháng 4 đến tháng 12.” (three words or more). */
const inlineContent = (title: string | undefined): boolean => /:\s*\S+(?:\s+\S+){2,}/u.test(title ?? '');

/** A section (mục) with nothing in it. */
export default defineRule({
  meta: {
    id: 'empty-section',
    phase: 'content',
    severity: 'warning',
    category: 'structure',
    notFixable: {
      vi: 'Nội dung của mục (hay bỏ mục) là việc của người soạn.',
      en: 'What the section should say (or dropping it) is the writer\'s choice.',
    },
    docs: {
      title: { vi: 'Mục không có nội dung', en: 'Empty section' },
      vi: 'Mục hoặc phần chỉ có tiêu đề, không có nội dung (đoạn văn, mục con, nhiệm vụ hay bảng). Một tiêu đề mang nội dung ngay sau dấu hai chấm (“4. Thời gian thực hiện: Từ tháng 4 đến tháng 12 năm 2025.”) không rỗng.',
      en: 'A section or part has a heading and nothing else (no paragraph, sub-item, task or table). A heading that carries its content after a colon ("4. Thời gian thực hiện: Từ tháng 4 đến tháng 12 năm 2025.") is not empty.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ Tổ chức tuyên truyền. ] } ]',
        'body: [ { title: NHIỆM VỤ, items: [ Tổ chức tuyên truyền. ] }, { title: "Thời gian thực hiện: Từ tháng 4 đến tháng 12 năm 2025." } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ Tổ chức tuyên truyền. ] }, { title: KINH PHÍ, items: [] } ]',
          errors: [
            { message: 'Mục II. “KINH PHÍ” không có nội dung.', path: '/body/1', text: 'title: KINH PHÍ\n    items: []\n' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const visit = (n: OutlineNode) => {
      if ((n.kind === 'section' || n.kind === 'part') && !n.paragraphs.length && !n.children.length && !n.table && !n.trailer.length && !inlineContent(n.title)) {
        report({ path: n.path, message: `Mục ${n.label} “${n.title ?? ''}” không có nội dung.`, messageEn: `Section ${n.label} "${n.title ?? ''}" is empty.`, params: { ref: n.ref } });
      }
      n.children.forEach(visit);
    };
    plan.sections.forEach(visit);
  },
});
