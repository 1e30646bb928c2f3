import type { DayMonth } from '@kehoach/core';
import { defineRule } from '../rule.js';

/** Days from the start of the reporting year (the previous year counts as negative). */
function ordinal(d: DayMonth): number {
  return (d.previousYear ? -400 : 0) + (d.year ? (d.year - 2000) * 400 : 0) + d.month * 32 + d.day;
}

/** A window of days and months that starts in a later month than it ends, no year written: it crosses the year end. */
function acrossYearEnd(from: DayMonth, to: DayMonth): boolean {
  return !from.previousYear && !to.previousYear && from.year === undefined && to.year === undefined && from.month > to.month;
}

/** A reporting window that ends before it starts, or a report due before its window has begun. */
export default defineRule({
  meta: {
    id: 'window-reversed',
    phase: 'content',
    severity: 'error',
    category: 'dates',
    fixable: true,
    notFixable: {
      vi: 'Chỉ sửa kỳ số liệu vắt qua cuối năm (bắt đầu ở tháng sau tháng kết thúc): thêm previousYear: true cho ngày bắt đầu. Kỳ ngược trong cùng một tháng, hoặc hạn nộp trước kỳ số liệu, không biết ngày nào sai.',
      en: 'Only a window across the year end (starting in a later month than it ends) is fixed: previousYear: true on its start. A window reversed within one month, or a report due before its window, does not say which day is wrong.',
    },
    docs: {
      title: { vi: 'Kỳ số liệu ngược', en: 'Reversed reporting window' },
      vi: 'Kỳ số liệu của một kỳ báo cáo kết thúc trước khi bắt đầu (ví dụ “từ ngày 15/12 đến ngày 14/3” mà quên `previousYear: true`), hoặc hạn nộp báo cáo trước ngày bắt đầu kỳ số liệu.',
      en: 'A reporting window ends before it starts (e.g. "15/12 to 14/3" without `previousYear: true`), or the report is due before its window begins.',
    },
    examples: {
      valid: ['body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Báo cáo quý I trước ngày 16/3." ], facts: { reporting: { to: cong-an-tinh, reporters: so-y-te, periods: [ { id: q1, label: Quý I, window: { from: { day: 15, month: 12, previousYear: true }, to: { day: 14, month: 3 } }, due: { day: 16, month: 3 } } ] } } } ]'],
      invalid: [
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Báo cáo quý I trước ngày 16/3." ], facts: { reporting: { to: cong-an-tinh, reporters: so-y-te, periods: [ { id: q1, label: Quý I, window: { from: { day: 15, month: 12 }, to: { day: 14, month: 3 } }, due: { day: 16, month: 3 } } ] } } } ]',
          errors: [
            { message: 'Kỳ số liệu “Quý I” từ 15/12 đến 14/3 kết thúc trước khi bắt đầu (thiếu previousYear: true?).', path: '/body/0/facts/reporting/periods/0/window', text: 'from:\n                day: 15\n                month: 12\n              to:\n                day: 14\n                month: 3\n' },
          ],
          output: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Báo cáo quý I trước ngày 16/3." ], facts: { reporting: { to: cong-an-tinh, reporters: so-y-te, periods: [ { id: q1, label: Quý I, window: { from: { day: 15, month: 12, previousYear: true }, to: { day: 14, month: 3 } }, due: { day: 16, month: 3 } } ] } } } ]',
        },
        {
          // reversed within one month: which day is wrong is not known
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, role: implementation, items: [ "Báo cáo tháng 3 trước ngày 20/3." ], facts: { reporting: { to: cong-an-tinh, reporters: so-y-te, periods: [ { id: t3, label: Tháng 3, window: { from: { day: 15, month: 3 }, to: { day: 10, month: 3 } }, due: { day: 20, month: 3 } } ] } } } ]',
          errors: [
            { message: 'Kỳ số liệu “Tháng 3” từ 15/3 đến 10/3 kết thúc trước khi bắt đầu (thiếu previousYear: true?).', path: '/body/0/facts/reporting/periods/0/window', text: 'from:\n                day: 15\n                month: 3\n              to:\n                day: 10\n                month: 3\n' },
          ],
        },
      ],
    },
  },
  check({ plan, report }) {
    for (const r of plan.implementation.reporting) {
      if (!r.window) continue;
      const { from, to } = r.window;
      const show = (d: DayMonth) => `${d.day}/${d.month}${d.previousYear ? ' năm trước' : ''}`;
      if (ordinal(from) > ordinal(to)) {
        report({
          path: `${r.path}/window`,
          message: `Kỳ số liệu “${r.label}” từ ${show(from)} đến ${show(to)} kết thúc trước khi bắt đầu (thiếu previousYear: true?).`,
          messageEn: `The window of "${r.label}" ends before it starts (missing previousYear: true?).`,
          params: { period: r.id, from: show(from), to: show(to) },
          // across the year end: its start is in the previous year
          ...(acrossYearEnd(from, to) ? { edits: [{ path: `${r.path}/window/from`, key: 'previousYear', value: true }], fixLabel: { vi: `Ghi ngày ${show(from)} thuộc năm trước (previousYear: true)`, en: `Mark ${show(from)} as of the previous year (previousYear: true)` } } : {}),
        });
      } else if (r.due && ordinal(r.due) < ordinal(from)) {
        report({
          path: `${r.path}/due`,
          message: `Hạn báo cáo “${r.label}” (${show(r.due)}) trước ngày bắt đầu kỳ số liệu (${show(from)}).`,
          messageEn: `The report "${r.label}" is due before its window begins.`,
          params: { period: r.id, due: show(r.due), from: show(from) },
        });
      }
    }
  },
});
