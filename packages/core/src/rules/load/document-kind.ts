import { DEFAULT_KIND, documentKind, documentKinds, hasDocumentKind } from '../../kinds/registry.js';
import { closest } from '../../suggest.js';
import { defineRule } from '../rule.js';

/** The plan's kind is a registered one, and the plan has what that kind's profile requires. */
export default defineRule({
  meta: {
    id: 'document-kind',
    phase: 'load',
    severity: 'error',
    category: 'nd30',
    required: true,
    codes: ['UNKNOWN_DOCUMENT_KIND', 'DOCUMENT_INCONSISTENT'],
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục III (mẫu của từng loại văn bản)',
    fixable: true,
    notFixable: {
      vi: 'Sửa mã loại văn bản viết gần đúng (gợi ý); văn bản thiếu Kính gửi hay ký hiệu mà loại của nó cần thì không biết nội dung.',
      en: 'A kind id written nearly right is fixed (the suggestion); the Kính gửi or symbol a kind needs cannot be made up.',
    },
    docs: {
      title: { vi: 'Loại văn bản', en: 'Document kind' },
      vi: 'Loại văn bản (`kind`) phải là một loại đã đăng ký (mặc định `ke-hoach`), và văn bản có đủ thành phần loại đó đòi hỏi: danh sách Kính gửi (`addressees`) khi loại đó cần, ký hiệu (`symbol`) khi loại đó không có chữ viết tắt tên loại (công văn).',
      en: 'The document kind must be a registered one (ke-hoach by default), and the plan has what the kind requires: addressees (Kính gửi) when it needs them, a symbol when the kind has no type abbreviation (công văn).',
    },
    examples: {
      valid: ['kind: cong-van\nsymbol: UBND-VX\naddressees: [ Công an tỉnh, Sở Y tế ]'],
      invalid: [
        {
          code: 'kind: ke-hoachh',
          errors: [
            { message: 'Không có loại văn bản “ke-hoachh”; các loại có: ke-hoach, cong-van, quyet-dinh, to-trinh, thong-bao, bao-cao.', path: '/kind', text: 'ke-hoachh' },
          ],
          output: 'kind: ke-hoach',
        },
        {
          code: 'kind: cong-van',
          errors: [
            { message: 'Văn bản chưa đủ thành phần: Công văn cần danh sách “addressees” (Kính gửi).', path: '', text: '' },
            { message: 'Văn bản chưa đủ thành phần: Công văn cần “symbol” (ví dụ UBND-VX): loại văn bản này không có chữ viết tắt tên loại.', path: '', text: '' },
          ],
        },
      ],
    },
  },
  check({ input, report }) {
    const kind = input.kind;
    if (kind !== undefined && (typeof kind !== 'string' || !hasDocumentKind(kind))) {
      if (typeof kind !== 'string') return; // not a kind at all: the schema says so
      const known = documentKinds().map((k) => k.id);
      const near = closest(kind, known);
      report({
        code: 'UNKNOWN_DOCUMENT_KIND',
        path: '/kind',
        params: { kind, known: known.join(', ') },
        ...(near ? {
          suggestion: `có phải ý bạn là “${near}”? — did you mean "${near}"?`,
          edits: [{ path: '/kind', text: near }],
          fixLabel: { vi: `Sửa thành “${near}”`, en: `Change to "${near}"` },
        } : {}),
      });
      return;
    }
    const profile = documentKind(kind ?? DEFAULT_KIND);
    if (profile.header.addressees === 'required' && !input.addressees) {
      report({
        code: 'DOCUMENT_INCONSISTENT',
        path: '',
        params: { detail: `${profile.name} cần danh sách “addressees” (Kính gửi).`, detailEn: `A ${profile.name} needs "addressees" (Kính gửi).` },
      });
    }
    if (!profile.symbolPrefix && !input.symbol) {
      report({
        code: 'DOCUMENT_INCONSISTENT',
        path: '',
        params: {
          detail: `${profile.name} cần “symbol” (ví dụ UBND-VX): loại văn bản này không có chữ viết tắt tên loại.`,
          detailEn: `A ${profile.name} needs "symbol": it has no type abbreviation.`,
        },
      });
    }
  },
});
