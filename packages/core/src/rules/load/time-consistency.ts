import type { TimeInput } from '@kehoach/schema';
import { toPointer } from '../../locate.js';
import { pointDay } from '@kehoach/nd30';
import { asData, type Data, type Segments } from '../index-plan.js';
import { defineRule } from '../rule.js';

type Problem = { at?: string; vi: string; en: string };
type Point = NonNullable<TimeInput['from']>;

const ONE_KIND: Problem = { vi: 'chỉ ghi một kiểu: on; from/to, within, before/by; every; asRegulated; reference', en: 'use one kind: on; from/to, within, before/by; every; asRegulated; reference' };
const EVERY_FIELDS = ['day', 'months', 'weekday', 'hour', 'nextPeriod', 'dueKind'] as const;
const POINTS = ['from', 'to', 'before', 'by', 'within'] as const;

/** A point (a date or a period) as `pointDay` reads it, when it is one. */
function point(v: unknown): Point | undefined {
  return typeof v === 'string' ? v : (asData(v) as Point | undefined);
}

/** What a time mixes that does not go together, each with the key it is at (none: the time itself). */
function kindProblems(t: Data): Problem[] {
  const out: Problem[] = [];
  const has = (k: string) => t[k] !== undefined;
  const window = has('from') || has('to');
  const deadline = has('before') || has('by');
  const kinds = [has('on'), window || deadline || has('within'), has('every'), t.asRegulated === true, has('reference')];
  if (kinds.filter(Boolean).length > 1 && !(window && has('every'))) out.push(ONE_KIND);
  if (has('within') && (window || deadline)) out.push({ vi: 'within không đi cùng from/to hay before/by', en: 'within does not go with from/to or before/by' });
  if (has('to') && !has('from')) out.push({ vi: 'khoảng thời gian cần from', en: 'a window needs from' });
  const from = point(t.from);
  const to = point(t.to);
  if (from !== undefined && to !== undefined) {
    const a = pointDay(from, false);
    const b = pointDay(to, true);
    if (a && b && a > b) out.push({ at: 'to', vi: 'thời gian kết thúc trước thời gian bắt đầu', en: 'the window ends before it starts' });
  }
  if (window && deadline) out.push({ vi: 'ghi from/to hoặc before/by, không cả hai', en: 'give a window or a deadline, not both' });
  if (has('before') && has('by')) out.push({ vi: 'ghi before hoặc by, không cả hai', en: 'give before or by, not both' });
  return out;
}

/** What a recurrence (`every`) or a continuing task (`ongoing`) is given that does not go with it. */
function recurrenceProblems(t: Data): Problem[] {
  const out: Problem[] = [];
  if (EVERY_FIELDS.some((k) => t[k] !== undefined) && t.every === undefined) {
    out.push({ vi: 'day, weekday, hour, months, nextPeriod và dueKind chỉ dùng với every', en: 'day, weekday, hour, months, nextPeriod and dueKind go with every' });
  }
  if (t.weekday !== undefined && t.every !== 'week') out.push({ vi: 'weekday chỉ dùng với every: week', en: 'weekday goes with every: week' });
  if (t.day !== undefined && t.every === 'week') out.push({ vi: 'định kỳ hằng tuần dùng weekday, không dùng day', en: 'a weekly recurrence takes weekday, not day' });
  if (t.ongoing && (t.on !== undefined || t.every !== undefined || t.to !== undefined)) {
    out.push({ vi: 'ongoing chỉ đi cùng một hạn (before/by/within) hoặc from', en: 'ongoing goes only with a deadline (before/by/within) or from' });
  }
  return out;
}

/** What a period written as a point (`{ quarter: 2, year: 2026 }`) gives too much or too little of. */
function pointProblems(t: Data): Problem[] {
  const out: Problem[] = [];
  for (const k of POINTS) {
    const v = asData(t[k]);
    if (!v) continue;
    const n = [v.month, v.quarter, v.half].filter((x) => x !== undefined).length;
    if (n > 1) out.push({ at: k, vi: 'một kỳ chỉ ghi một trong month, quarter, half', en: 'a period takes one of month, quarter, half' });
    if (v.schoolYear !== undefined && (v.year !== undefined || n)) out.push({ at: k, vi: 'schoolYear đứng một mình', en: 'schoolYear stands alone' });
    if (v.schoolYear === undefined && v.year === undefined) out.push({ at: k, vi: 'kỳ cần year (hoặc schoolYear)', en: 'a period needs year (or schoolYear)' });
  }
  return out;
}

/** Every problem of one time; a reporting period's time may not also give `due` or `window`. */
function timeProblems(t: Data, period: Data | undefined): Problem[] {
  const out = [...kindProblems(t), ...recurrenceProblems(t), ...pointProblems(t)];
  if (period && (period.due || period.window)) out.push({ vi: 'ghi time hoặc due/window, không cả hai', en: 'give time or due/window, not both' });
  return out;
}

/** A time says one thing: a day, a window, a deadline, a recurrence … in order, with what goes with it. */
export default defineRule({
  meta: {
    id: 'time-consistency',
    phase: 'load',
    severity: 'error',
    category: 'dates',
    required: true,
    codes: ['TIME_INVALID'],
    notFixable: {
      vi: 'Không biết phần nào của thời gian sai.',
      en: 'Which part of the time is wrong is not known.',
    },
    docs: {
      title: { vi: 'Thời gian không nhất quán', en: 'Inconsistent time' },
      vi: 'Thời gian của nhiệm vụ (`time`) nói một điều: một ngày (`on`), một khoảng (`from`/`to`, không kết thúc trước khi bắt đầu), một hạn (`before` hoặc `by`, hay `within`), một định kỳ (`every`, với `day`, `weekday`, `months` …), “theo quy định” hay theo một văn bản; mỗi kỳ (tháng, quý, nửa năm) có năm của nó. Kỳ báo cáo ghi `time` hoặc `due`/`window`, không cả hai.',
      en: 'A task\'s time says one thing: a day, a window (not ending before it starts), a deadline, a recurrence (with its day, weekday, months …), "as regulated" or a reference; each period (month, quarter, half) has its year. A reporting period gives time or due/window, not both.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân., time: { from: 2025-08-01, to: 2025-09-30 } }, { id: b, lead: so-y-te, text: Báo cáo., time: { every: week, weekday: 6 } } ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Hỗ trợ nạn nhân., time: { from: 2025-09-30, to: 2025-08-01 } } ] } } ] } ]',
          errors: [
            { message: 'Thời gian không hợp lệ: thời gian kết thúc trước thời gian bắt đầu.', path: '/body/0/items/0/tasks/tasks/0/time/to', text: '2025-08-01' },
          ],
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { tasks: { layout: by-theme, tasks: [ { id: a, lead: so-y-te, text: Báo cáo., time: { every: month, weekday: 6 } } ] } } ] } ]',
          errors: [
            { message: 'Thời gian không hợp lệ: weekday chỉ dùng với every: week.', path: '/body/0/items/0/tasks/tasks/0/time', text: 'every: month\n                weekday: 6\n' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    for (const { time, path, period } of index.times) {
      for (const p of timeProblems(time, period)) {
        const at: Segments = p.at ? [...path, p.at] : path;
        report({ code: 'TIME_INVALID', path: toPointer(at), params: { detail: p.vi, detailEn: p.en } });
      }
    }
  },
});
