import { findCitations } from '@kehoach/nd30';
import { defineRule } from '../rule.js';

interface Submission { abbreviation?: string; number?: number; date?: string }

/** The cited number's own figure and its symbol's last part: `45/TTr-SNV` → 45, SNV. */
function numberParts(cited: string): { figure?: number; issuer?: string } {
  const m = /^(\d+)(?:\/TTr-([^/\s]+))?/u.exec(cited);
  return m ? { figure: Number(m[1]), ...(m[2] ? { issuer: m[2] } : {}) } : {};
}

/** What is wrong with citing `cited` in a plan whose dossier holds `submission` (or none). */
function mismatch(cited: string, submission: Submission | undefined): { vi: string; en: string } | undefined {
  if (!submission) return { vi: 'hồ sơ (dossier) của kế hoạch không có tờ trình nào (thêm dossier.submission hoặc sửa lời văn)', en: 'the plan\'s dossier has no submission (add dossier.submission or change the words)' };
  const { figure, issuer } = numberParts(cited);
  const own = `${submission.number ?? '…'}/TTr-${submission.abbreviation ?? ''}`;
  if (figure === undefined) return undefined;
  if (submission.number === undefined) return { vi: `tờ trình của hồ sơ chưa có số (dự thảo), không phải số ${cited}`, en: `the dossier's submission has no number yet (a draft), not ${cited}` };
  if (figure !== submission.number || (issuer !== undefined && issuer !== submission.abbreviation)) return { vi: `tờ trình của hồ sơ là số ${own}`, en: `the dossier's submission is ${own}` };
  return undefined;
}

/** A Tờ trình cited in the words of a plan that has a dossier, which the dossier does not have. */
export default defineRule({
  meta: {
    id: 'dossier-reference',
    phase: 'content',
    severity: 'warning',
    category: 'consistency',
    notFixable: {
      vi: 'Không biết lời văn hay hồ sơ sai; số và ngày trích dẫn cần sửa cùng nhau.',
      en: 'Whether the words or the dossier are wrong is not known; the cited number and date would change together.',
    },
    docs: {
      title: { vi: 'Tờ trình không có trong hồ sơ', en: 'Submission not in the dossier' },
      vi: 'Kế hoạch có hồ sơ (`dossier`) mà lời văn trích dẫn một Tờ trình khác với tờ trình của hồ sơ, hoặc hồ sơ không có tờ trình: số được trích dẫn không có gì đứng sau. Các văn bản của `kehoach dossier` lấy số từ chính hồ sơ; lời văn viết tay cũng phải khớp.',
      en: 'A plan with a dossier whose words cite a Tờ trình other than the dossier\'s submission, or a dossier with none: a cited number with nothing behind it. The documents `kehoach dossier` writes take their numbers from the dossier; hand-written words must agree.',
    },
    examples: {
      valid: [
        'dossier: { submission: { agency: so-y-te, abbreviation: SYT, number: 45, date: 2025-07-10 } }\nopening: { situation: [ "Xét đề nghị của Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 10/7/2025." ] }',
        'opening: { situation: [ "Xét đề nghị của Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 10/7/2025." ] }',
      ],
      invalid: [
        {
          code: 'dossier: { submission: { agency: so-y-te, abbreviation: SYT, number: 45, date: 2025-07-10 } }\nopening: { situation: [ "Xét đề nghị của Sở Y tế tại Tờ trình số 54/TTr-SYT ngày 10/7/2025." ] }',
          errors: [
            { message: 'Lời văn trích dẫn Tờ trình số 54/TTr-SYT, nhưng tờ trình của hồ sơ là số 45/TTr-SYT.', path: '/opening/situation/0', text: 'Tờ trình số 54/TTr-SYT' },
          ],
        },
        {
          code: 'dossier: { decision: { number: 312, date: 2025-07-24 } }\nopening: { situation: [ "Xét đề nghị của Sở Y tế tại Tờ trình số 45/TTr-SYT ngày 10/7/2025." ] }',
          errors: [
            { message: 'Lời văn trích dẫn Tờ trình số 45/TTr-SYT, nhưng hồ sơ (dossier) của kế hoạch không có tờ trình nào (thêm dossier.submission hoặc sửa lời văn).', path: '/opening/situation/0', text: 'Tờ trình số 45/TTr-SYT' },
          ],
        },
      ],
    },
  },
  check({ plan, prose, report }) {
    const dossier = (plan.input as { dossier?: { submission?: Submission } }).dossier;
    if (!dossier) return;
    for (const p of prose) {
      for (const c of findCitations(p.text)) {
        if (c.type !== 'Tờ trình' || !c.number) continue;
        const wrong = mismatch(c.number, dossier.submission);
        if (!wrong) continue;
        const words = `Tờ trình số ${c.number}`;
        const at = p.text.indexOf(c.number, c.index);
        report({
          path: p.path,
          span: { index: c.index, length: at >= 0 ? at + c.number.length - c.index : words.length },
          message: `Lời văn trích dẫn Tờ trình số ${c.number}, nhưng ${wrong.vi}.`,
          messageEn: `The words cite Tờ trình ${c.number}, but ${wrong.en}.`,
          params: { cited: c.number },
        });
      }
    }
  },
});
