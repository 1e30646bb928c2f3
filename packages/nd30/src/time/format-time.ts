import type { TimeInput } from '@kehoach/schema';
import { formatShortDate } from '../dates/format-date.js';
import { pointWords, spokenPeriodWords } from './periods.js';
import { EVERY_WORDS, NEXT_WORDS, WEEKDAYS, lowerFirst, upperFirst } from './words.js';

/** `11 giờ 00` from `11:00`. */
export function hourWords(h: string): string {
  const [hh, mm] = h.split(':');
  return `${Number(hh)} giờ ${mm}`;
}

function recurrence(t: TimeInput): string {
  const every = t.every!;
  if (every === 'week') {
    const s = upperFirst(t.weekday ? `${WEEKDAYS[t.weekday]} hằng tuần` : 'Hằng tuần');
    return t.hour ? `${s}, ${t.dueKind === 'by' ? 'chậm nhất' : 'trước'} ${hourWords(t.hour)}` : s;
  }
  if (!t.day) return EVERY_WORDS[every];
  const kind = t.dueKind === 'by' ? 'ngày' : 'trước ngày';
  if (t.nextPeriod) return `${EVERY_WORDS[every]}, ${kind} ${String(t.day).padStart(2, '0')} của ${NEXT_WORDS[every]} liền kề`;
  return `${EVERY_WORDS[every]} (${kind} ${t.day})`;
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
 * trước 11 giờ 00`, `Hằng năm`, `Theo quy định`, `Thường xuyên`. A `note` is the plan's own wording
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
    const r = recurrence(t);
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
