import { defineRule } from '../rule.js';

/** TM./KT. consistent with the titles and the issuer. */
export default defineRule({
  meta: {
    id: 'signature-authority',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Điều 13 khoản 1 (thẩm quyền ký) và Phụ lục I mục II.7',
    notFixable: {
      vi: 'Chức vụ hay dòng thẩm quyền đúng (ai ký, thay ai) chỉ cơ quan ban hành biết.',
      en: 'The right title or authority line (who signs, for whom) is known only to the issuer.',
    },
    docs: {
      title: { vi: 'Thẩm quyền ký', en: 'Signing authority' },
      vi: 'Thẩm quyền ký phải khớp chức vụ: “KT.” cần chức vụ cấp phó (PHÓ …); cấp phó ký phải có “KT.”; văn bản của Ủy ban nhân dân (tập thể) do Chủ tịch ký ghi “TM. ỦY BAN NHÂN DÂN”.',
      en: 'The signing authority must fit the title: "KT." needs a deputy title (PHÓ …); a deputy signs with "KT."; a document of a People\'s Committee (a collective) signed by its chair reads "TM. ỦY BAN NHÂN DÂN".',
    },
    examples: {
      valid: ['signature: { authority: [ { type: TM, of: ỦY BAN NHÂN DÂN }, { type: KT, of: CHỦ TỊCH } ], titles: [ PHÓ CHỦ TỊCH ], name: Nguyễn Văn A }'],
      invalid: [
        {
          code: 'signature: { authority: null, titles: [ CHỦ TỊCH ], name: Nguyễn Văn A }',
          errors: [
            { message: 'Văn bản của Ủy ban nhân dân do Chủ tịch ký thay mặt tập thể: cần dòng “TM. ỦY BAN NHÂN DÂN” trên “CHỦ TỊCH”.', path: '/signature/titles', text: '- CHỦ TỊCH\n' },
          ],
        },
        {
          code: 'signature: { authority: [ { type: KT, of: CHỦ TỊCH } ], titles: [ CHỦ TỊCH ], name: Nguyễn Văn A }',
          errors: [
            { message: '“KT.” (ký thay) cần chức vụ cấp phó; chức vụ ghi là “CHỦ TỊCH”.', path: '/signature/titles', text: '- CHỦ TỊCH\n' },
          ],
        },
        {
          code: 'signature: { authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ], titles: [ PHÓ CHỦ TỊCH ], name: Nguyễn Văn A }',
          errors: [
            { message: 'Cấp phó (“PHÓ CHỦ TỊCH”) ký thay cấp trưởng phải có dòng “KT. …”.', path: '/signature/titles', text: '- PHÓ CHỦ TỊCH\n' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const many = Array.isArray(plan.input.signature);
    const collective = plan.issuer.agency?.kind === 'ubnd' || /^ủy ban nhân dân|^uỷ ban nhân dân/i.test(plan.issuer.name);
    plan.signatures.forEach((s, i) => {
      const path = many ? `/signature/${i}` : '/signature';
      const types = (s.authority ?? []).map((a) => a.type);
      const titles = s.titles ?? [];
      const deputy = titles.some((t) => /^PHÓ(?![\p{L}])/u.test(t.trim()));
      if (types.includes('KT') && !deputy) {
        report({
          path: `${path}/titles`,
          message: `“KT.” (ký thay) cần chức vụ cấp phó; chức vụ ghi là “${titles.join(' / ') || '(trống)'}”.`,
          messageEn: `"KT." (signing for the head) needs a deputy title; the title is "${titles.join(' / ') || '(none)'}".`,
          params: { titles: titles.join(' / ') },
        });
      } else if (deputy && !types.includes('KT') && !types.includes('Q')) {
        report({
          path: `${path}/titles`,
          message: `Cấp phó (“${titles.join(' / ')}”) ký thay cấp trưởng phải có dòng “KT. …”.`,
          messageEn: `A deputy ("${titles.join(' / ')}") signing for the head needs a "KT. …" line.`,
          params: { titles: titles.join(' / ') },
        });
      } else if (collective && !types.length && titles.some((t) => /^CHỦ TỊCH$/u.test(t.trim()))) {
        report({
          path: `${path}/titles`,
          message: 'Văn bản của Ủy ban nhân dân do Chủ tịch ký thay mặt tập thể: cần dòng “TM. ỦY BAN NHÂN DÂN” trên “CHỦ TỊCH”.',
          messageEn: 'A People\'s Committee document signed by its chair on behalf of the collective needs "TM. ỦY BAN NHÂN DÂN" above "CHỦ TỊCH".',
          params: { expected: 'TM. ỦY BAN NHÂN DÂN' },
        });
      }
    });
  },
});
