import { documentKind, documentKinds } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** Ký hiệu: type abbreviation then the issuer's (`KH-UBND`). */
export default defineRule({
  meta: {
    id: 'document-symbol',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.3 và Phụ lục III',
    fixable: true,
    notFixable: {
      vi: 'Sửa chữ viết tắt tên loại (“QĐ-UBND” → “KH-UBND”, “UBND” → “KH-UBND”); ký hiệu thiếu chữ viết tắt của cơ quan ban hành thì không biết ký hiệu hay cơ quan ban hành sai.',
      en: 'The type abbreviation is fixed ("QĐ-UBND" → "KH-UBND", "UBND" → "KH-UBND"); a symbol without the issuer\'s abbreviation does not say whether the symbol or the issuer is wrong.',
    },
    docs: {
      title: { vi: 'Ký hiệu văn bản', en: 'Document symbol' },
      vi: 'Ký hiệu của kế hoạch là “KH-” rồi chữ viết tắt của cơ quan ban hành (“KH-UBND”); công văn không có chữ viết tắt tên loại.',
      en: 'A plan\'s symbol is "KH-" then the issuer\'s abbreviation ("KH-UBND"); an official letter has no type abbreviation.',
    },
    examples: {
      valid: ['symbol: KH-UBND'],
      invalid: [
        {
          code: 'symbol: QĐ-UBND',
          errors: [
            { message: 'Ký hiệu “QĐ-UBND” phải bắt đầu bằng “KH-” (tên loại kế hoạch).', path: '/symbol', text: 'QĐ-UBND' },
          ],
          output: 'symbol: KH-UBND',
        },
        {
          code: 'symbol: UBND',
          errors: [
            { message: 'Ký hiệu “UBND” phải bắt đầu bằng “KH-” (tên loại kế hoạch).', path: '/symbol', text: 'UBND' },
          ],
          output: 'symbol: KH-UBND',
        },
        {
          code: 'symbol: KH-BCĐ',
          errors: [
            { message: 'Ký hiệu “KH-BCĐ” không có chữ viết tắt của cơ quan ban hành “UBND”.', path: '/symbol', text: 'KH-BCĐ' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    const symbol = plan.input.symbol;
    if (!symbol) return;
    const kind = documentKind(plan.kind);
    const prefix = kind.symbolPrefix;
    const parts = symbol.split('-');
    const path = '/symbol';
    if (prefix && parts[0] !== prefix) {
      // another kind's abbreviation replaced, or the kind's put before the issuer's
      const other = documentKinds().some((k) => k.symbolPrefix === parts[0]);
      const fixed = other ? [prefix, ...parts.slice(1)].join('-') : `${prefix}-${symbol}`;
      report({
        path, span: { index: 0, length: symbol.length }, fix: fixed,
        message: `Ký hiệu “${symbol}” phải bắt đầu bằng “${prefix}-” (tên loại ${kind.name.toLocaleLowerCase('vi')}).`, messageEn: `The symbol "${symbol}" must start with "${prefix}-".`, params: { symbol, expected: `${prefix}-` },
      });
    } else if (!parts.slice(prefix ? 1 : 0).some((p) => p === plan.issuer.abbreviation)) {
      report({ path, message: `Ký hiệu “${symbol}” không có chữ viết tắt của cơ quan ban hành “${plan.issuer.abbreviation}”.`, messageEn: `The symbol "${symbol}" lacks the issuer's abbreviation "${plan.issuer.abbreviation}".`, params: { symbol, expected: plan.issuer.abbreviation } });
    }
  },
});
