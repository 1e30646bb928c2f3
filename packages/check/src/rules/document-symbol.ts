import { documentKind } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** Ký hiệu: type abbreviation then the issuer's (`KH-UBND`). */
export default defineRule({
  meta: {
    id: 'document-symbol',
    phase: 'content',
    severity: 'warning',
    category: 'nd30',
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.3 và Phụ lục III',
    docs: {
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
      report({ path, message: `Ký hiệu “${symbol}” phải bắt đầu bằng “${prefix}-” (tên loại ${kind.name.toLocaleLowerCase('vi')}).`, messageEn: `The symbol "${symbol}" must start with "${prefix}-".`, params: { symbol, expected: `${prefix}-` } });
    } else if (!parts.slice(prefix ? 1 : 0).some((p) => p === plan.issuer.abbreviation)) {
      report({ path, message: `Ký hiệu “${symbol}” không có chữ viết tắt của cơ quan ban hành “${plan.issuer.abbreviation}”.`, messageEn: `The symbol "${symbol}" lacks the issuer's abbreviation "${plan.issuer.abbreviation}".`, params: { symbol, expected: plan.issuer.abbreviation } });
    }
  },
});
