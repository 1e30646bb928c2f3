import { defineRule } from '../rule.js';
import { SUPERSEDED } from '../data/superseded.js';
import { escapeRegExp } from '../text-helpers.js';

/** A cited document that has been replaced. */
export default defineRule({
  meta: {
    id: 'superseded-basis',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    notFixable: {
      vi: 'Văn bản thay thế có số, ngày, trích yếu khác: câu trích dẫn phải viết lại.',
      en: 'The replacing document has another number, date and subject: the citation has to be rewritten.',
    },
    docs: {
      title: { vi: 'Căn cứ đã bị thay thế', en: 'Superseded basis' },
      vi: 'Căn cứ, văn bản được trích dẫn đã bị thay thế trước ngày ban hành kế hoạch (theo danh sách văn bản bị thay thế của công cụ, ví dụ Thông tư 01/2011/TT-BNV → Nghị định 30/2020/NĐ-CP).',
      en: 'A cited basis was replaced before the plan\'s date (from the tool\'s list of replaced documents, e.g. Circular 01/2011/TT-BNV → Decree 30/2020/NĐ-CP).',
    },
    examples: {
      valid: ['opening: { bases: [ { lead: Căn cứ, references: [ { id: nd30, type: Nghị định, number: 30/2020/NĐ-CP, date: 2020-03-05, issuer: Chính phủ, subject: về công tác văn thư } ] } ] }'],
      invalid: [
        {
          code: 'opening: { bases: [ { lead: Căn cứ, references: [ { id: tt01, type: Thông tư, number: 01/2011/TT-BNV, date: 2011-01-19, issuer: Bộ Nội vụ, subject: hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính } ] } ] }',
          errors: [
            { message: 'Thông tư 01/2011/TT-BNV về thể thức và kỹ thuật trình bày văn bản hành chính đã được thay thế bởi Nghị định 30/2020/NĐ-CP (từ 05/03/2020).', path: '/opening/bases/0/references/0/number', text: '01/2011/TT-BNV' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    const when = plan.date ?? `${plan.year}-01-01`;
    const visit = (value: unknown, path: string) => {
      if (!value || typeof value !== 'object') return;
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}/${i}`));
      const o = value as Record<string, unknown>;
      if (typeof o.number === 'string') {
        const s = SUPERSEDED.find((x) => x.number === o.number && x.since <= when);
        if (s) report({ path: `${path}/number`, message: `${s.title} đã được thay thế bởi ${s.replacedBy} (từ ${s.since.split('-').reverse().join('/')}).`, messageEn: `${s.number} was replaced by ${s.replacedBy} (from ${s.since}).`, params: { number: s.number, replacedBy: s.replacedBy } });
      }
      for (const [k, v] of Object.entries(o)) visit(v, `${path}/${k}`);
    };
    visit(plan.input.opening, '/opening');
    for (const s of SUPERSEDED) {
      if (s.since > when) continue;
      const pattern = new RegExp(`(?<![\\d/])${escapeRegExp(s.number)}`, 'gu');
      for (const p of prose) {
        for (const m of p.text.matchAll(pattern)) {
          report({ path: p.path, span: { index: m.index!, length: m[0].length }, message: `${s.title} đã được thay thế bởi ${s.replacedBy}.`, messageEn: `${s.number} was replaced by ${s.replacedBy}.`, params: { number: s.number, replacedBy: s.replacedBy } });
        }
      }
    }
  },
});
