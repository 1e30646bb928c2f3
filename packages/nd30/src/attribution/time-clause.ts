import { lowerFirst } from '../time/words.js';
import { DEFAULT_LINE_LABELS, LINE_LABELS } from './labelled-lines.js';

/**
 * A task's time where its attribution stands (inside the parentheses, after the names): the time
 * label and the time in words, in lower case after the names — `thời gian hoàn thành: trước ngày
 * 01/02/2026`. `label` is the plan's own time label (its `labels.time`); {@link splitTimeClause}
 * reads it back.
 *
 * @example
 * formatTimeClause('Trước 01/02/2026'); // 'thời gian hoàn thành: trước 01/02/2026'
 */
export function formatTimeClause(time: string, label: string = DEFAULT_LINE_LABELS.time): string {
  // `thời gian hoàn thành: trong quý II/2026`, not `… hoàn thành: hoàn thành trong quý II/2026`.
  const words = /hoàn thành$/iu.test(label) ? time.replace(/^Hoàn thành\s+/u, '') : time;
  return `${lowerFirst(label)}: ${lowerFirst(words)}`;
}

/**
 * The clauses of an attribution phrase joined as plans join them: `X chủ trì, phối hợp với Y thực
 * hiện; thời gian hoàn thành: …` (empty clauses left out).
 */
export function joinClauses(clauses: ReadonlyArray<string | undefined>): string {
  return clauses.filter((c): c is string => !!c).join('; ');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TIME_LABELS = LINE_LABELS.filter(([, f]) => f === 'time').map(([l]) => l);

/**
 * Splits the time clause off the words of an attribution (`X chủ trì thực hiện; thời gian hoàn
 * thành: trong quý II/2026`): the phrase before it, the label as written and the time's words.
 * The labels are the time labels of received plans (`Thời gian hoàn thành`, `Thời gian thực hiện`,
 * `Thời gian`) and `label`, a plan's own, in any case. No time clause: the words as they are. (A
 * deadline in a period printed under a label ending `hoàn thành` reads back as the period: the label
 * says the rest.)
 */
export function splitTimeClause(words: string, label?: string): { phrase: string; time?: { label: string; words: string } } {
  const labels = [...(label ? [label] : []), ...TIME_LABELS].map(escapeRe).join('|');
  const m = new RegExp(`(?:^|;\\s*)(${labels})\\s*:\\s*(.+?)\\s*$`, 'iu').exec(words);
  if (!m) return { phrase: words };
  return { phrase: words.slice(0, m.index).trim(), time: { label: m[1]!, words: m[2]! } };
}
