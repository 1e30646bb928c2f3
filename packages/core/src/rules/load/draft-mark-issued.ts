import type { PlanInput } from '@kehoach/schema';
import { promulgationOf } from '../../kinds/promulgation.js';
import { defineRule } from '../rule.js';

/**
 * The draft indication (`marks.draft`: DỰ THẢO, DỰ THẢO LẦN N) belongs to a draft: a document with its
 * number and date (and no `draft: true`) is issued, and so is a plan attached to an issued Quyết định;
 * the mark is not printed.
 */
export default defineRule({
  meta: {
    id: 'draft-mark-issued',
    phase: 'load',
    severity: 'warning',
    category: 'nd30',
    codes: ['DRAFT_MARK_ISSUED'],
    article: 'Nghị định 30/2020/NĐ-CP, Phụ lục I (chỉ dẫn về dự thảo văn bản; số, ký hiệu; thời gian ban hành)',
    notFixable: {
      vi: 'Không biết văn bản đã ban hành (bỏ dấu) hay còn là dự thảo (bỏ số và ngày).',
      en: 'Whether the document is issued (drop the mark) or still a draft (drop the number and date) is not known.',
    },
    docs: {
      title: { vi: 'Dấu “DỰ THẢO” trên văn bản đã ban hành', en: 'Draft mark on an issued document' },
      vi: 'Chỉ dẫn dự thảo (`marks.draft`: “DỰ THẢO”, “DỰ THẢO LẦN 2”) chỉ in trên văn bản còn là dự thảo. Văn bản đã có số (`number`) và ngày (`date`) là văn bản đã ban hành: chỉ dẫn không được in. Bỏ `marks.draft` khi ban hành, hoặc ghi `draft: true` nếu văn bản vẫn là dự thảo.',
      en: 'The draft indication (marks.draft) prints only on a document that is still a draft. A document with its number and date is issued, and the mark is not printed. Remove marks.draft on issue, or write draft: true if the document is still a draft.',
    },
    examples: {
      valid: ['marks:\n  draft: 2\nnumber: null\ndate: null', 'draft: true\nmarks:\n  draft: true', 'marks:\n  urgency: KHẨN'],
      invalid: [
        {
          code: 'marks:\n  draft: 2',
          errors: [
            { message: 'Văn bản đã có số và ngày ban hành nhưng còn chỉ dẫn dự thảo “DỰ THẢO LẦN 2”: chỉ dẫn này không được in. Bỏ marks.draft, hoặc ghi draft: true nếu vẫn là dự thảo.', path: '/marks/draft', text: '2' },
          ],
        },
      ],
    },
  },
  check({ input, report }) {
    // Read through guards: the input may be one the schema rejected.
    const marks = input.marks;
    const mark = marks !== null && typeof marks === 'object' ? (marks as { draft?: unknown }).draft : undefined;
    if ((mark !== true && typeof mark !== 'number') || input.draft === true) return;
    const issued = input.number !== undefined && input.date !== undefined;
    // A plan attached to its Quyết định is issued with it: the decision's number and date.
    const issuer = input.issuer;
    const decision = issuer !== null && typeof issuer === 'object' ? promulgationOf(input as unknown as PlanInput) : undefined;
    if (!issued && !(decision?.number !== undefined && decision.date !== undefined)) return;
    report({ code: 'DRAFT_MARK_ISSUED', path: '/marks/draft', params: { mark: mark === true ? 'DỰ THẢO' : `DỰ THẢO LẦN ${mark}` } });
  },
});
