import { formatTime } from '@kehoach/nd30';
import type { DutyStatus } from '@kehoach/progress';

/**
 * A duty's deadline in force in the words of Nghị định 30 (`formatTime`, @kehoach/nd30): `trước
 * 05/3/2026`, `chậm nhất 30/9/2026`, `ngày 15/6/2026`, `thường xuyên` — in lower case, for the middle of
 * a sentence.
 */
export function deadlineWords(d: Pick<DutyStatus, 'due' | 'dueKind'>): string {
  const words = !d.due
    ? formatTime(undefined)
    : d.dueKind === 'before' ? formatTime({ before: d.due }) : d.dueKind === 'on' ? formatTime({ on: d.due }) : formatTime({ by: d.due });
  return words.charAt(0).toLocaleLowerCase('vi') + words.slice(1);
}
