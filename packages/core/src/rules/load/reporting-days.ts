import { daysInMonth } from '@kehoach/nd30';
import { toPointer } from '../../locate.js';
import { asData, type Segments } from '../index-plan.js';
import { defineRule } from '../rule.js';

/** The last day of a month (29 February only in a leap year, or when the year is not given: 2000 was one). */
function lastDay(month: number, year: unknown): number | undefined {
  return Number.isInteger(month) && month >= 1 && month <= 12 ? daysInMonth(typeof year === 'number' ? year : 2000, month) : undefined;
}

/** The days a reporting period names (`due`, `window.from`, `window.to`) exist. */
export default defineRule({
  meta: {
    id: 'reporting-days',
    phase: 'load',
    severity: 'error',
    category: 'dates',
    required: true,
    codes: ['DATE_INVALID'],
    notFixable: {
      vi: 'Ngày không có trong tháng (31/4): không biết là ngày cuối tháng hay một tháng khác.',
      en: 'A day the month does not have (31/4): the month\'s last day or another month is not known.',
    },
    docs: {
      title: { vi: 'Hạn nộp báo cáo', en: 'Reporting days' },
      vi: 'Hạn nộp (`due`) và kỳ số liệu (`window.from`, `window.to`) của kỳ báo cáo là những ngày có thật: không có ngày 31/4, ngày 29/2 chỉ có trong năm nhuận.',
      en: 'A reporting period\'s due day and data window name days that exist: no 31 April, 29 February only in a leap year.',
    },
    examples: {
      valid: [
        'body: [ { title: TỔ CHỨC THỰC HIỆN, items: [ "Các sở, ngành báo cáo kết quả." ], facts: { reporting: { to: cong-an-tinh, periods: [ { id: q1, label: Quý I, due: { day: 31, month: 3 } }, { id: nam, label: Năm 2024, due: { day: 29, month: 2, year: 2024 } } ] } } } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: TỔ CHỨC THỰC HIỆN, items: [ "Các sở, ngành báo cáo kết quả." ], facts: { reporting: { to: cong-an-tinh, periods: [ { id: q1, label: Quý I, due: { day: 31, month: 4 } }, { id: nam, label: Năm 2025, due: { day: 29, month: 2, year: 2025 } } ] } } } ]',
          errors: [
            { message: 'Ngày không tồn tại: ngày 31/4.', path: '/body/0/facts/reporting/periods/0/due', text: 'day: 31\n              month: 4\n' },
            { message: 'Ngày không tồn tại: ngày 29/2.', path: '/body/0/facts/reporting/periods/1/due', text: 'day: 29\n              month: 2\n              year: 2025\n' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    for (const { period, path } of index.reportingPeriods) {
      const window = asData(period.window);
      const days: Array<[unknown, Segments]> = [[period.due, [...path, 'due']], [window?.from, [...path, 'window', 'from']], [window?.to, [...path, 'window', 'to']]];
      for (const [v, at] of days) {
        const dm = asData(v);
        if (!dm || typeof dm.day !== 'number' || typeof dm.month !== 'number') continue;
        const max = lastDay(dm.month, dm.year);
        if (max !== undefined && dm.day > max) {
          report({ code: 'DATE_INVALID', path: toPointer(at), params: { detail: `ngày ${dm.day}/${dm.month}`, detailEn: `${dm.day}/${dm.month}` }, suggestion: `tháng ${dm.month} có ${max} ngày — month ${dm.month} has ${max} days` });
        }
      }
    }
  },
});
