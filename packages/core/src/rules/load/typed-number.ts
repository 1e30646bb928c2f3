import { parseLabel, type ParsedLabel } from '@kehoach/nd30';
import { toPointer } from '../../locate.js';
import { defineRule } from '../rule.js';

/**
 * The labels of the outline, as the generator prints them, read by @kehoach/nd30's `parseLabel`:
 * `1.`, `2.1.`, `(3)`, `a)`, `đ)`, `IV.`, or a bullet `-`, `+`, `•`. A number needs its closing mark:
 * “2025 là năm …” and “1.000 người” are not numbers of the outline.
 */
const TYPED: Partial<Record<ParsedLabel['style'], RegExp>> = {
  number: /\.$/, subnumber: /\.$/, roman: /\.$/, 'paren-number': /\)$/, letter: /\)$/, dash: /^[-•]$/, plus: /^\+$/,
};

/** The typed label a paragraph starts with: where it starts, the label, and its length with the spaces after it. */
function typedLabel(text: string): { index: number; typed: string; length: number } | undefined {
  const index = text.length - text.replace(/^\s+/, '').length;
  const l = parseLabel(text);
  if (!l || !TYPED[l.style]?.test(l.printed)) return undefined;
  const written = text.slice(index, text.length - l.rest.length);
  return /\s$/.test(written) ? { index, typed: written.trim(), length: written.length } : undefined;
}

/** A paragraph that starts with a number typed by hand: the printer numbers it again. */
export default defineRule({
  meta: {
    id: 'typed-number',
    phase: 'load',
    severity: 'warning',
    category: 'structure',
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục V (số thứ tự phần, mục, khoản, điểm)',
    fixable: true,
    docs: {
      title: { vi: 'Số thứ tự gõ tay', en: 'Typed number' },
      vi: 'Đoạn văn bắt đầu bằng số thứ tự gõ tay (“1.”, “2.1.”, “(3)”, “a)”, “II.”, “-”): số thứ tự được sinh tự động, nên bản in sẽ có hai số. Sửa an toàn: bỏ số gõ tay; dùng mục con để có số. Bảng không bị xét (cột TT đánh số tay), phần mở đầu cũng vậy (“Căn cứ …” không đánh số).',
      en: 'A paragraph starts with a hand-typed number ("1.", "2.1.", "(3)", "a)", "II.", "-"): numbering is generated, so the print would show two. Safe fix: remove it; use a sub-item to get a number. Tables (a TT column is numbered by hand) and the opening are not looked at.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ "Căn cứ tình hình thực tế, triển khai các nội dung sau.", "2025 là năm cao điểm; 1.000 người tham gia." ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ "1. Căn cứ tình hình thực tế, triển khai các nội dung sau." ] } ]',
          errors: [
            { message: 'Đoạn văn bắt đầu bằng số thứ tự gõ tay “1.”; số thứ tự được sinh tự động nên bản in sẽ có hai số (ví dụ “1. 1.”).', path: '/body/0/items/0', text: '1. ' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ "Căn cứ tình hình thực tế, triển khai các nội dung sau." ] } ]',
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { title: Tuyên truyền, text: "b) Tuyên truyền trên mạng xã hội." }, "- Hỗ trợ nạn nhân." ] } ]',
          errors: [
            { message: 'Đoạn văn bắt đầu bằng số thứ tự gõ tay “b)”; số thứ tự được sinh tự động nên bản in sẽ có hai số (ví dụ “1. 1.”).', path: '/body/0/items/0/text', text: 'b) ' },
            { message: 'Đoạn văn bắt đầu bằng số thứ tự gõ tay “-”; số thứ tự được sinh tự động nên bản in sẽ có hai số (ví dụ “1. 1.”).', path: '/body/0/items/1', text: '- ' },
          ],
          output: 'body: [ { title: NHIỆM VỤ, items: [ { title: Tuyên truyền, text: "Tuyên truyền trên mạng xã hội." }, "Hỗ trợ nạn nhân." ] } ]',
        },
      ],
    },
  },
  check({ index, report }) {
    for (const { text, path } of index.paragraphs) {
      const t = typedLabel(text);
      if (!t) continue;
      const { typed } = t;
      report({
        path: toPointer(path),
        span: { index: t.index, length: t.length },
        message: `Đoạn văn bắt đầu bằng số thứ tự gõ tay “${typed}”; số thứ tự được sinh tự động nên bản in sẽ có hai số (ví dụ “1. 1.”).`,
        messageEn: `The paragraph starts with a typed number "${typed}"; numbering is generated, so the print would show two numbers (e.g. "1. 1.").`,
        params: { typed },
        suggestion: `bỏ “${typed}” ở đầu đoạn: số thứ tự được sinh tự động — remove the typed number, numbering is generated`,
        fix: '',
      });
    }
  },
});
