import { defineRule } from '../rule.js';
import { SAME_WORDS, sharedWordPairs, wordPairs } from '@kehoach/core';

/** True when a pointer is inside a row of a table (a task table's duty). */
const inTaskTable = (path: string): boolean => path.includes('/rows/');

/** The same paragraph twice, or almost. */
export default defineRule({
  meta: {
    id: 'duplicate-paragraph',
    phase: 'content',
    severity: 'warning',
    category: 'structure',
    notFixable: {
      vi: 'Không biết đoạn nào nên giữ, hay hai đoạn cần viết khác nhau.',
      en: 'Which paragraph to keep, or whether both should be reworded, is not known.',
    },
    docs: {
      title: { vi: 'Đoạn văn trùng lặp', en: 'Duplicate paragraph' },
      vi: 'Hai đoạn văn (hoặc hai nhiệm vụ) giống nhau hoặc gần như giống nhau (từ 85% cặp từ trở lên): thường do chép rồi quên xóa. Một nhiệm vụ của thân văn bản được nhắc lại ở một dòng của bảng phân công nhiệm vụ (để ghi cơ quan chủ trì, thời hạn) là cách viết có chủ ý, không bị tính.',
      en: 'Two paragraphs (or tasks) are the same or nearly so (85% of word pairs or more): usually copied and not deleted. A task of the text restated by a row of a task table (to give its lead and deadline) is deliberate and not counted.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ "Lồng ghép nội dung tuyên truyền trong các hoạt động văn hóa, văn nghệ.", "Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác phòng, chống mua bán người." ] } ]',
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, text: Tổ chức tập huấn kỹ năng tuyên truyền cho cán bộ y tế cơ sở trên địa bàn tỉnh. } ] } }, { table: { kind: tasks, columns: [ { title: Nhiệm vụ, field: text }, { title: Chủ trì, field: lead } ], rows: [ { id: a2, text: Tổ chức tập huấn kỹ năng tuyên truyền cho cán bộ y tế cơ sở trên địa bàn tỉnh., lead: so-y-te } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "Lồng ghép nội dung tuyên truyền trong các hoạt động văn hóa, văn nghệ, biểu diễn nghệ thuật và xây dựng làng, thôn văn hóa.", "Lồng ghép nội dung tuyên truyền trong các hoạt động văn hóa, văn nghệ, biểu diễn nghệ thuật và xây dựng làng văn hoá." ] } ]',
          errors: [
            { message: 'Đoạn văn gần như trùng (93%) với đoạn ở /body/0/items/0.', path: '/body/0/items/1', text: 'Lồng ghép nội dung tuyên truyền trong các hoạt động văn hóa, văn nghệ, biểu diễn nghệ thuật và xây dựng làng văn hoá.' },
          ],
        },
      ],
    },
  },
  check({ prose, report }) {
    const paragraphs = prose
      .filter((p) => (p.key === 'items' || p.key === 'text' || p.key === 'paragraphs') && p.text.length >= 60)
      .map((p) => ({ p, grams: wordPairs(p.text) }));
    for (let j = 1; j < paragraphs.length; j++) {
      for (let i = 0; i < j; i++) {
        // a task restated by a row of a task table (its lead, its deadline): by design
        if (inTaskTable(paragraphs[i]!.p.path) !== inTaskTable(paragraphs[j]!.p.path)) continue;
        const s = sharedWordPairs(paragraphs[i]!.grams, paragraphs[j]!.grams);
        if (s < SAME_WORDS) continue;
        const same = s === 1;
        report({
          path: paragraphs[j]!.p.path,
          message: same ? `Đoạn văn trùng với đoạn ở ${paragraphs[i]!.p.path}.` : `Đoạn văn gần như trùng (${Math.round(s * 100)}%) với đoạn ở ${paragraphs[i]!.p.path}.`,
          messageEn: same ? `The paragraph repeats the one at ${paragraphs[i]!.p.path}.` : `The paragraph nearly repeats (${Math.round(s * 100)}%) the one at ${paragraphs[i]!.p.path}.`,
          params: { other: paragraphs[i]!.p.path, similarity: Math.round(s * 100) },
        });
        break;
      }
    }
  },
});
