import type { TimeInput } from '@kehoach/schema';
import { formatShortDate } from './format-date.js';

/** A task's time in words: `Từ 01/7/2025 đến 30/9/2025`, `Trước 15/10/2025`, `Hằng quý`, `Thường xuyên`. */
export function timeInWords(t: TimeInput | undefined): string {
  if (!t || t.ongoing) return 'Thường xuyên';
  if (t.on) return `Ngày ${formatShortDate(t.on)}`;
  if (t.every) {
    const every = { month: 'Hằng tháng', quarter: 'Hằng quý', 'half-year': '6 tháng một lần', year: 'Hằng năm' }[t.every];
    return t.day ? `${every} (trước ngày ${t.day})` : every;
  }
  if (t.from && t.to) return `Từ ${formatShortDate(t.from)} đến ${formatShortDate(t.to)}`;
  if (t.before) return `Trước ${formatShortDate(t.before)}`;
  if (t.by) return `Chậm nhất ${formatShortDate(t.by)}`;
  return 'Thường xuyên';
}
