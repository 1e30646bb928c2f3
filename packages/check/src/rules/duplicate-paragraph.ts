import { defineRule } from '../rule.js';
import { nameKey } from '../agency-names.js';

function bigrams(text: string): Set<string> {
  const words = nameKey(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Dice coefficient of two sets. */
function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size || 1);
}

/** The same paragraph twice, or almost. */
export default defineRule({
  meta: {
    id: 'duplicate-paragraph',
    phase: 'content',
    severity: 'warning',
    category: 'structure',
    docs: {
      vi: 'Hai đoạn văn (hoặc hai nhiệm vụ) giống nhau hoặc gần như giống nhau (từ 85% cặp từ trở lên): thường do chép rồi quên xóa.',
      en: 'Two paragraphs (or tasks) are the same or nearly so (85% of word pairs or more): usually copied and not deleted.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Lồng ghép nội dung tuyên truyền trong các hoạt động văn hóa, văn nghệ.", "Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác phòng, chống mua bán người." ] } ]'],
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
      .map((p) => ({ p, grams: bigrams(p.text) }));
    for (let j = 1; j < paragraphs.length; j++) {
      for (let i = 0; i < j; i++) {
        const s = similarity(paragraphs[i]!.grams, paragraphs[j]!.grams);
        if (s < 0.85) continue;
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
