import { toPointer } from '../../locate.js';
import { defineRule } from '../rule.js';

/**
 * A number of the outline typed at the start of a paragraph, and the spaces after it: `1.`, `2.1.`,
 * `(3)`, `a)`, `đ)`, `IV.`, or a bullet `-`, `+`, `•`. A number needs its closing mark: “2025 là năm …”
 * and “1.000 người” are not numbers of the outline.
 */
const TYPED = /^(\s*)((?:\d{1,3}(?:\.\d{1,3})*\.|\(\d{1,3}\)|[a-zđ]\)|[IVXLC]{1,6}\.|[-+•]))(\s+)/u;

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
      const m = TYPED.exec(text);
      if (!m) continue;
      const typed = m[2]!;
      report({
        path: toPointer(path),
        span: { index: m[1]!.length, length: typed.length + m[3]!.length },
        message: `Đoạn văn bắt đầu bằng số thứ tự gõ tay “${typed}”; số thứ tự được sinh tự động nên bản in sẽ có hai số (ví dụ “1. 1.”).`,
        messageEn: `The paragraph starts with a typed number "${typed}"; numbering is generated, so the print would show two numbers (e.g. "1. 1.").`,
        params: { typed },
        suggestion: `bỏ “${typed}” ở đầu đoạn: số thứ tự được sinh tự động — remove the typed number, numbering is generated`,
        fix: '',
      });
    }
  },
});
