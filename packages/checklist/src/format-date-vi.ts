import dayjs from 'dayjs';

/** `30/9/2025` (day and month without padding, as in task lists), or empty. */
export function viDate(iso: string | null): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return `${d.date()}/${d.month() + 1}/${d.year()}`;
}

/** `hạn: 30/9/2025`, `hạn: trước 10/10/2025`, `thường xuyên`. */
export function dueText(due: string | null, kind: string | null): string {
  if (!due) return 'thường xuyên';
  return kind === 'before' ? `hạn: trước ${viDate(due)}` : `hạn: ${viDate(due)}`;
}
