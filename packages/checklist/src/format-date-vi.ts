import { hourWords } from '@kehoach/nd30';
import type { ChecklistItem } from './checklist-model.js';
import dayjs from 'dayjs';

/** `30/9/2025` (day and month without padding, as in task lists), or empty. */
export function viDate(iso: string | null): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return `${d.date()}/${d.month() + 1}/${d.year()}`;
}

/** `01/07/2025`: day and month zero-padded, for spreadsheets (a US-locale import cannot swap them silently: 13/07 is no month). */
export function paddedDate(iso: string | null): string {
  if (!iso) return '';
  return dayjs(iso).format('DD/MM/YYYY');
}

/** The kind of a deadline in words: `trước ngày`, `chậm nhất`, `vào ngày`, `thường xuyên`. */
export function dueKindText(due: string | null, kind: string | null): string {
  if (!due) return 'thường xuyên';
  return kind === 'before' ? 'trước ngày' : kind === 'on' ? 'vào ngày' : 'chậm nhất';
}

/** The due date alone: `30/9/2025`, `trước 10/10/2025`, `trước 11 giờ 00 ngày 14/8/2025`, `thường xuyên`. */
export function dueDateText(due: string | null, kind: string | null, hour: string | null = null, date: (iso: string) => string = viDate): string {
  if (!due) return 'thường xuyên';
  if (hour) return `trước ${hourWords(hour)} ngày ${date(due)}`;
  return kind === 'before' ? `trước ${date(due)}` : date(due);
}

/** `hạn: 30/9/2025`, `hạn: trước 10/10/2025`, `hạn: trước 11 giờ 00 ngày 14/8/2025`, `thường xuyên`. */
export function dueText(due: string | null, kind: string | null, hour: string | null = null): string {
  return due ? `hạn: ${dueDateText(due, kind, hour)}` : 'thường xuyên';
}

/** Words compared loosely: case, `ngày`, leading zeros and spaces aside (`Trước 01/02/2026` is `trước 1/2/2026`). */
const loose = (s: string) => s.toLocaleLowerCase('vi').replace(/(^|\s)ngày\s+/gu, '$1').replace(/(^|[^\d])0(\d)/g, '$1$2').replace(/\s+/g, ' ').trim();

/**
 * The time as the plan words it (`item.time`), in lower case, when it says more than the date beside
 * it (`trước ngày 25 hằng tháng` beside `trước 25/1/2026`); null when it says the same (`Trước 30/9/2025`).
 */
export function wordsBeside(i: Pick<ChecklistItem, 'time' | 'due' | 'dueKind' | 'hour'>): string | null {
  if (!i.time) return null;
  if (loose(i.time) === loose(dueDateText(i.due, i.dueKind, i.hour))) return null;
  return i.time.charAt(0).toLocaleLowerCase('vi') + i.time.slice(1);
}

/** The last day that meets a due date: the day before for “trước ngày …”, else the day itself (ISO). */
export function lastDayOnTime(due: string, kind: string | null): string {
  return kind === 'before' ? dayjs(due).subtract(1, 'day').format('YYYY-MM-DD') : due;
}
