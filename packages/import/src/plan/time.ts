import { RECEIVED_TIME_IN_TEXT, RECEIVED_TIME_RULES, parseTime as readTime, withoutCitedDates, type TimeRule } from '@kehoach/nd30';
import type { TimeInput } from '@kehoach/schema';

/** The words as written, without the final punctuation: what the plan prints (`note`). */
const noteOf = (words: string) => words.normalize('NFC').trim().replace(/[.;,]$/, '');

/** `11h00’` → `11h00`: the quote some plans type after an hour. */
const tidy = (text: string) => withoutCitedDates(text).replace(/(\d)['’‘]/gu, '$1 ');

/** Reads with one of nd30's tables; the time's own words are kept in `note`. */
function read(text: string, rules: readonly TimeRule[], year: number | undefined, note: (m: { index: number; length: number }) => string): TimeInput | undefined {
  const m = readTime(tidy(text), { rules, ...(year !== undefined ? { year } : {}) });
  return m && { ...m.time, note: note(m) };
}

/**
 * Reads a time as plans write it in a time's own words (a table cell, a labelled line): “trước ngày
 * 30/6/2025”, “Trong tháng 8/2025”, “Trước ngày 05 của tháng liền kề”, “chậm nhất là ngày 11/3/2022”,
 * “thường xuyên” … — with the rules of received documents (`RECEIVED_TIME_RULES` of @kehoach/nd30,
 * which give TIME_RULES' meaning); the words as written are kept in `note`, so the plan prints them
 * unchanged. A cited document's date is not read. `undefined` when no time is found; `year` fills
 * dates written without one.
 */
export function parseTime(text: string, year?: number): TimeInput | undefined {
  return read(text, RECEIVED_TIME_RULES, year, () => noteOf(text));
}

/** A time found in prose, with where its words stand. */
interface Found {
  time: TimeInput;
  index: number;
  length: number;
}

/** Whether a time gives a date (a day, a window, a period with its year, a recurrence with its day). */
function dated(t: TimeInput): boolean {
  const year = (p: unknown) => typeof p === 'string' || (typeof p === 'object' && p !== null && ((p as { year?: number }).year !== undefined || (p as { schoolYear?: number }).schoolYear !== undefined));
  return Boolean(t.on) || year(t.before) || year(t.by) || year(t.within) || year(t.from) || (t.every !== undefined && (t.day !== undefined || t.weekday !== undefined));
}

/** The clause (between `;` or sentence ends) holding a place is a report: it says “báo cáo”. */
function inReportClause(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('. ', at)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('. ', at)].filter((i) => i >= 0);
  const clause = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  return /báo cáo/iu.test(clause) && start > 0;
}

/** Every time the prose states, in the order of the words (each locator of RECEIVED_TIME_IN_TEXT, every place it matches). */
function timesIn(text: string, year: number | undefined): Found[] {
  const out: Found[] = [];
  for (const rule of RECEIVED_TIME_IN_TEXT) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    for (const m of text.matchAll(re)) {
      if (out.some((f) => m.index >= f.index && m.index < f.index + f.length)) continue;
      const time = rule.read(m as RegExpExecArray, year === undefined ? {} : { year });
      if (time) out.push({ time, index: m.index, length: m[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The time stated inside a duty's prose (“… gửi về Sở trước ngày 10/4/2020”, “Thời gian thực hiện:
 * …”, “… trong tháng 8 năm 2021”), or `undefined`. A cited document's date is never one; where the
 * prose states two different dates (two steps, two deadlines) the duty gets none and `unsure` says so.
 */
export function timeInText(text: string, year?: number): { time?: TimeInput; unsure?: string } {
  const t = tidy(text);
  const found = timesIn(t, year);
  if (!found.length) return {};
  // a dated report inside the duty (“…; thực hiện báo cáo kết quả … trước ngày 18/8/2020”) is the report's, not the duty's
  const all = found.filter((f) => dated(f.time));
  const own = all.filter((f) => !inReportClause(t, f.index));
  const withDates = own.length ? own : all;
  const distinct = [...new Set(withDates.map((f) => JSON.stringify(f.time)))];
  if (distinct.length > 1) {
    const words = withDates.map((f) => `“${noteOf(t.slice(f.index, f.index + f.length))}”`).join(', ');
    return { unsure: `nhiều thời hạn trong cùng một nhiệm vụ (${words}): chưa đặt thời hạn, kiểm tra` };
  }
  const first = withDates[0] ?? found[0]!;
  return { time: { ...first.time, note: noteOf(t.slice(first.index, first.index + first.length)) } };
}

/**
 * The time a heading states for the duties under it: `Năm 2021:`, `Định hướng hoạt động giai đoạn
 * 2022-2025:`, `Tháng 9/2025`, `Quý I/2026` — a heading that is (or ends with) a period with its year.
 */
export function timeHeading(text: string, year?: number): TimeInput | undefined {
  const t = text.replace(/^\*+|\*+$/g, '').replace(/\s*:$/u, '').trim();
  const m = /(?:^|\s)((?:năm|giai đoạn|tháng|quý|quí|năm học)\s+[\d/\s–-]+(?:năm\s+\d{4})?)$/iu.exec(t);
  if (!m || t.length - m[1]!.length > 48 || /[.;,]/.test(t)) return undefined;
  const words = m[1]!.trim();
  const time = readTime(/^năm\s+\d{4}$/iu.test(words) ? `trong ${words}` : words, { rules: RECEIVED_TIME_RULES, ...(year !== undefined ? { year } : {}) })?.time;
  return time && dated(time) ? time : undefined;
}
