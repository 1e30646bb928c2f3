import dayjs from 'dayjs';

/** `30/9/2025` (day and month without padding, as in task lists), or empty. */
export function viDate(iso: string | null): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return `${d.date()}/${d.month() + 1}/${d.year()}`;
}

/** The due date alone: `30/9/2025`, `trước 10/10/2025`, `trước 11 giờ 00 ngày 14/8/2025`, `thường xuyên`. */
export function dueDateText(due: string | null, kind: string | null, hour: string | null = null): string {
  if (!due) return 'thường xuyên';
  if (hour) return `trước ${Number(hour.slice(0, 2))} giờ ${hour.slice(3)} ngày ${viDate(due)}`;
  return kind === 'before' ? `trước ${viDate(due)}` : viDate(due);
}

/** `hạn: 30/9/2025`, `hạn: trước 10/10/2025`, `hạn: trước 11 giờ 00 ngày 14/8/2025`, `thường xuyên`. */
export function dueText(due: string | null, kind: string | null, hour: string | null = null): string {
  return due ? `hạn: ${dueDateText(due, kind, hour)}` : 'thường xuyên';
}
