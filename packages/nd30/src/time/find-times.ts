import type { TimeInput } from '@kehoach/schema';
import { findCitations } from '../citations/find-citations.js';
import { readTime, type TimeContext, type TimeMatch, type TimeRule } from './parse-time.js';
import { TIME_RULES } from './rules.js';

/**
 * The rules that read a time a task's words state: every rule of {@link parseTime} but a period
 * standing alone, which names a thing rather than when it is done (`kế hoạch … năm 2026`).
 */
export const STATED_TIME_RULES: readonly TimeRule[] = TIME_RULES.filter((r) => r.name !== 'period');

/** A time that says when: `trong năm` (a period with no number) names no time. */
function determinate(t: TimeInput): boolean {
  return [t.within, t.before, t.by, t.from, t.to].every((p) => p === undefined || typeof p === 'string' || Object.keys(p).length > 0);
}

/** `text` with each span blanked (spaces of the same length: every index stays where it was). */
function blank(text: string, spans: ReadonlyArray<{ index: number; length: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.index) + ' '.repeat(s.length) + out.slice(s.index + s.length);
  return out;
}

/**
 * Every time some words state, in the order they stand, each with its span (in the NFC form of
 * the text): the first time {@link parseTime} reads, then the next in what is left, and so on. The
 * dates of cited documents (`Quyết định số 793/QĐ-TTg ngày 10/5/2016 …`) are not times of the
 * words: they are left out, and so is a period without its number (`trong năm`). `rules` defaults to
 * {@link STATED_TIME_RULES}.
 *
 * @example
 * findTimes('Báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12.', { year: 2026 }).map((m) => m.time);
 * // [{ before: '2026-06-15' }, { before: '2026-12-15' }]
 */
export function findTimes(text: string, options: TimeContext & { rules?: readonly TimeRule[] } = {}): TimeMatch[] {
  const { rules = STATED_TIME_RULES, ...context } = options;
  const nfc = text.normalize('NFC');
  const cited = findCitations(nfc).map((c) => ({ index: c.index, length: c.text.length }));
  let rest = blank(nfc, cited);
  const found: TimeMatch[] = [];
  for (let m = readTime(rest, rules, context); m && m.length > 0; m = readTime(rest, rules, context)) {
    if (determinate(m.time)) found.push(m);
    rest = blank(rest, [m]);
  }
  return found.sort((a, b) => a.index - b.index);
}
