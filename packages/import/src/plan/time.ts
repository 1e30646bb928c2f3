import { RECEIVED_TIME_IN_TEXT, RECEIVED_TIME_RULES, parseTime as readTime, type TimeRule } from '@kehoach/nd30';
import type { TimeInput } from '@kehoach/schema';

/** The words as written, without the final punctuation: what the plan prints (`note`). */
const noteOf = (words: string) => words.normalize('NFC').trim().replace(/[.;,]$/, '');

/** Reads with one of nd30's tables; the time's own words are kept in `note`. */
function read(text: string, rules: readonly TimeRule[], year: number | undefined, note: (m: { index: number; length: number }) => string): TimeInput | undefined {
  const m = readTime(text, { rules, ...(year !== undefined ? { year } : {}) });
  return m && { ...m.time, note: note(m) };
}

/**
 * Reads a time as plans write it ("trước ngày 30/6/2025", "trong tháng 8/2025", "Quý IV/2026",
 * "từ ngày 01/7 đến ngày 30/9/2025", "thường xuyên", "hằng tháng", "6 tháng đầu năm 2026") into
 * v2 time data, with the rules of received documents (`RECEIVED_TIME_RULES` of @kehoach/nd30); the
 * words as written are kept in `note`, so the plan prints them unchanged. `undefined` when no time is
 * found. `year` fills dates written without one.
 */
export function parseTime(text: string, year?: number): TimeInput | undefined {
  return read(text, RECEIVED_TIME_RULES, year, () => noteOf(text));
}

/**
 * The time stated inside a task's text ("Thời gian thực hiện: …", "… hoàn thành trước ngày …"),
 * as time data (its words in `note`), or `undefined`.
 */
export function timeInText(text: string, year?: number): TimeInput | undefined {
  const t = text.normalize('NFC');
  return read(t, RECEIVED_TIME_IN_TEXT, year, (m) => noteOf(t.slice(m.index, m.index + m.length)));
}
