import type { TimeInput } from '@kehoach/schema';
import { formatShortDate } from '../dates/format-date.js';
import { pointWords, spokenPeriodWords } from './periods.js';
import { recurrenceWords } from './recurrence.js';
import { WEEKDAYS, lowerFirst, upperFirst } from './words.js';

/** `11 giờ 00` from `11:00`. */
export function hourWords(h: string): string {
  const [hh, mm] = h.split(':');
  return `${Number(hh)} giờ ${mm}`;
}

/** A weekly recurrence: `Thứ Năm hằng tuần, trước 11 giờ 00`, `Hằng tuần`. */
function weekly(t: TimeInput): string {
  const s = upperFirst(t.weekday ? `${WEEKDAYS[t.weekday]} hằng tuần` : 'Hằng tuần');
  return t.hour ? `${s}, ${t.dueKind === 'by' ? 'chậm nhất' : 'trước'} ${hourWords(t.hour)}` : s;
}

/** A deadline (`before` or `by`), alone or followed by ongoing work. */
function deadline(t: TimeInput): string {
  const d = (t.before ?? t.by)!;
  const period = typeof d !== 'string';
  const w = t.before !== undefined ? `Trước ${pointWords(d)}` : period ? `Trong ${pointWords(d)}` : `Chậm nhất ${pointWords(d)}`;
  if (t.ongoing) return `Hoàn thành ${lowerFirst(w)} và thực hiện thường xuyên`;
  return period && t.by !== undefined ? `Hoàn thành ${lowerFirst(w)}` : w;
}

/**
 * A task's time in words, as a plan prints it: `Từ 01/7/2025 đến 30/9/2025`, `Trước 15/10/2025`,
 * `Trong tháng 8/2025`, `Hoàn thành trong quý I/2023 và thực hiện thường xuyên`, `Thứ Năm hằng tuần,
 * trước 11 giờ 00`, `Trước ngày 25 hằng tháng`, `Trước ngày 20/11 hằng năm`, `Hằng năm`, `Theo quy định`,
 * `Thường xuyên` (a recurrence names the days it falls due on: see recurrenceWords). A `note` is the plan's own wording
 * and wins. `cite` gives the short citation of a reference id (a deadline set by another document).
 * {@link parseTime} reads every form back.
 */
export function formatTime(t: TimeInput | undefined, cite?: (id: string) => string | undefined): string {
  if (!t) return 'Thường xuyên';
  if (t.note) return t.note;
  if (t.asRegulated) return 'Theo quy định';
  if (t.reference) return `Theo thời hạn tại ${cite?.(t.reference) ?? t.reference}`;
  if (t.on) return `Ngày ${formatShortDate(t.on)}`;
  if (t.every) {
    const r = recurrenceWords(t, weekly);
    return t.from && t.to ? `${r}, từ ${pointWords(t.from)} đến ${pointWords(t.to)}` : r;
  }
  if (t.within) {
    const w = `Trong ${spokenPeriodWords(t.within)}`;
    return t.ongoing ? `Hoàn thành ${lowerFirst(w)} và thực hiện thường xuyên` : w;
  }
  if (t.from && t.to) return `Từ ${pointWords(t.from)} đến ${pointWords(t.to)}`;
  if (t.before !== undefined || t.by !== undefined) return deadline(t);
  if (t.from) return t.ongoing ? `Thực hiện thường xuyên từ ${pointWords(t.from)}` : `Từ ${pointWords(t.from)}`;
  return 'Thường xuyên';
}
