import { parseLabel, type ParsedLabel } from '@kehoach/nd30';
import { defineRule } from '../rule.js';

/** The labels the rule finds (read by @kehoach/nd30's parseLabel), as the generator would print them: `1.`, `2.1.`, `a)`, `II.`, `-`, `+`, `•`. */
const TYPED: Partial<Record<ParsedLabel['style'], RegExp>> = { number: /\.$/, subnumber: /\.$/, roman: /\.$/, letter: /^\S+\)$/, dash: /^[-•]$/, plus: /^\+$/ };

/** The typed label a paragraph starts with, with the spaces after it; `undefined` when there is none. */
function typedLabel(text: string): string | undefined {
  const l = parseLabel(text);
  if (!l || /^\s/.test(text) || !TYPED[l.style]?.test(l.printed)) return undefined;
  const written = text.slice(0, text.length - l.rest.length);
  return /\s$/.test(written) ? written : undefined;
}

/** A paragraph that starts with a number typed by hand. */
export default defineRule({
  meta: {
    id: 'typed-number',
    severity: 'warning',
    category: 'structure',
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục V (số thứ tự phần, mục, khoản, điểm)',
    fixable: true,
    supersedes: ['TYPED_NUMBER'],
    docs: {
      vi: 'Đoạn văn bắt đầu bằng số thứ tự gõ tay (“1. ”, “2.1. ”, “a) ”, “II. ”, “- ”): số thứ tự được sinh tự động, nên sẽ in hai lần (“1. 1. …”). Sửa: bỏ số gõ tay; dùng mục con để có số.',
      en: 'A paragraph starts with a hand-typed number ("1. ", "2.1. ", "a) ", "II. ", "- "): numbering is generated, so it would print twice. Fix: remove it; use a sub-item to get a number.',
    },
    examples: {
      valid: ['body: [ { title: NHIỆM VỤ, items: [ "Căn cứ tình hình thực tế, triển khai các nội dung sau." ] } ]'],
      invalid: ['body: [ { title: NHIỆM VỤ, items: [ "1. Căn cứ tình hình thực tế, triển khai các nội dung sau." ] } ]', 'body: [ { title: NHIỆM VỤ, items: [ "b) Tuyên truyền trên mạng xã hội." ] } ]'],
    },
  },
  check({ prose, report }) {
    for (const p of prose) {
      if (p.key !== 'items' && p.key !== 'text' && p.key !== 'paragraphs') continue;
      const typed = typedLabel(p.text);
      if (!typed) continue;
      report({
        path: p.path,
        span: { index: 0, length: typed.length },
        message: `Đoạn văn bắt đầu bằng số thứ tự gõ tay “${typed.trim()}”; số thứ tự được sinh tự động nên sẽ in hai lần.`,
        messageEn: `The paragraph starts with a typed number "${typed.trim()}"; numbering is generated, so it would print twice.`,
        params: { typed: typed.trim() },
        fix: '',
      });
    }
  },
});
