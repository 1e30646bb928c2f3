import type { TimeInput } from '@kehoach/schema';
import { formatShortDate } from './format-date.js';
import { pointWords, spokenPeriodWords } from './spoken-period.js';

const WEEKDAYS = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const EVERY = { week: 'Hằng tuần', month: 'Hằng tháng', quarter: 'Hằng quý', 'half-year': '6 tháng một lần', year: 'Hằng năm' } as const;
const NEXT = { week: 'tuần', month: 'tháng', quarter: 'quý', 'half-year': 'kỳ', year: 'năm' } as const;

/** `11 giờ 00` from `11:00`. */
function hourWords(h: string): string {
  const [hh, mm] = h.split(':');
  return `${Number(hh)} giờ ${mm}`;
}

function recurrence(t: TimeInput): string {
  const every = t.every!;
  if (every === 'week') {
    const day = t.weekday ? `${WEEKDAYS[t.weekday]} hằng tuần` : 'Hằng tuần';
    const s = day.charAt(0).toUpperCase() + day.slice(1);
    return t.hour ? `${s}, ${t.dueKind === 'by' ? 'chậm nhất' : 'trước'} ${hourWords(t.hour)}` : s;
  }
  if (!t.day) return EVERY[every];
  const kind = t.dueKind === 'by' ? 'ngày' : 'trước ngày';
  if (t.nextPeriod) return `${EVERY[every]}, ${kind} ${String(t.day).padStart(2, '0')} của ${NEXT[every]} liền kề`;
  return `${EVERY[every]} (${kind} ${t.day})`;
}

/**
 * A task's time in words, as a plan prints it: `Từ 01/7/2025 đến 30/9/2025`, `Trước 15/10/2025`,
 * `Trong tháng 8/2025`, `Hoàn thành trong quý I/2023 và thực hiện thường xuyên`, `Thứ Năm hằng tuần,
 * trước 11 giờ 00`, `Hằng năm`, `Theo quy định`, `Thường xuyên`. A `note` is the plan's own wording
 * and wins. `cite` gives the short citation of a reference id (a deadline set by another document).
 */
export function timeInWords(t: TimeInput | undefined, cite?: (id: string) => string | undefined): string {
  if (!t) return 'Thường xuyên';
  if (t.note) return t.note;
  if (t.asRegulated) return 'Theo quy định';
  if (t.reference) return `Theo thời hạn tại ${cite?.(t.reference) ?? t.reference}`;
  if (t.on) return `Ngày ${formatShortDate(t.on)}`;
  if (t.every) {
    const r = recurrence(t);
    if (t.from && t.to) return `${r}, từ ${pointWords(t.from)} đến ${pointWords(t.to)}`;
    return r;
  }
  if (t.within) {
    const w = `Trong ${spokenPeriodWords(t.within)}`;
    return t.ongoing ? `Hoàn thành ${w.toLowerCase()} và thực hiện thường xuyên` : w;
  }
  if (t.from && t.to) return `Từ ${pointWords(t.from)} đến ${pointWords(t.to)}`;
  const deadline = t.before ?? t.by;
  if (deadline !== undefined) {
    const period = typeof deadline !== 'string';
    const w = t.before !== undefined ? `Trước ${pointWords(deadline)}` : period ? `Trong ${pointWords(deadline)}` : `Chậm nhất ${pointWords(deadline)}`;
    if (t.ongoing) return `Hoàn thành ${w.charAt(0).toLowerCase()}${w.slice(1)} và thực hiện thường xuyên`;
    return period && t.by !== undefined ? `Hoàn thành ${w.toLowerCase()}` : w;
  }
  if (t.from) return t.ongoing ? `Thực hiện thường xuyên từ ${pointWords(t.from)}` : `Từ ${pointWords(t.from)}`;
  return 'Thường xuyên';
}
