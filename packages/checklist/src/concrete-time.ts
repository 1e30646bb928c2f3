import type { TimeInput } from '@kehoach/schema';
import { dueMonths, isoDate, pointDay, spokenPeriodRange, spokenPeriodWords } from '@kehoach/nd30';
import dayjs from 'dayjs';
import type { DueKind } from './checklist-model.js';

/** An ISO date if that day exists (no rolling over: 31/6 does not exist): @kehoach/nd30's date validity. */
export { isoDate };

/** One dated occurrence of a task. */
export interface Occurrence {
  start: string | null;
  due: string | null;
  dueKind: DueKind | null;
  /** The hour on the due day (`11:00`), or null. */
  hour: string | null;
  recurrence: string | null;
  window: { from: string; to: string } | null;
  label: string | null;
  /** What tells this occurrence apart in item ids (the due date of a recurrence, `thuong-xuyen` …). */
  key: string | null;
  /** Due after the period it reports on (“trước ngày 05 của tháng liền kề”): may fall after the plan's period. */
  afterPeriod?: boolean;
}

/**
 * How a recurring due day binds. With an hour (“thứ Năm hằng tuần, trước 11 giờ”) the “trước” is the
 * hour's: the day itself is the due day (`by`) and the hour goes with it; else “trước ngày 05” (default).
 */
const recurringDue = (time: TimeInput) =>
  time.hour ? { dueKind: 'by' as const, hour: time.hour } : { dueKind: time.dueKind === 'by' ? ('by' as const) : ('before' as const), hour: null };

const NONE: Occurrence = { start: null, due: null, dueKind: null, hour: null, recurrence: null, window: null, label: null, key: null };

/** The first and last day (ISO) of the plan's period, when it has one. */
export type Bounds = { from: string; to: string } | undefined;

/** A month (1–12) of year y overlaps the bounds. */
const monthIn = (y: number, m: number, b: Bounds) => {
  if (!b) return true;
  const start = `${y}-${String(m).padStart(2, '0')}-01`;
  const end = `${y}-${String(m).padStart(2, '0')}-31`;
  return start <= b.to && end >= b.from;
};

function weekly(time: TimeInput, years: number[], bounds: Bounds, max: number): Occurrence[] {
  const out: Occurrence[] = [];
  const from = time.from ? pointDay(time.from, false) : bounds?.from;
  const to = time.to ? pointDay(time.to, true) : bounds?.to;
  for (const y of years) {
    let d = dayjs(new Date(y, 0, 1));
    if (time.weekday) while (((d.day() + 6) % 7) + 1 !== time.weekday) d = d.add(1, 'day');
    for (; d.year() === y; d = d.add(7, 'day')) {
      const due = d.format('YYYY-MM-DD');
      if ((from && due < from) || (to && due > to)) continue;
      if (!time.weekday) {
        // Undated weekly duty: one undated occurrence per week would be noise; one per year instead.
        return years.map((yy) => ({ ...NONE, recurrence: 'week', label: `năm ${yy}`, key: String(yy) }));
      }
      out.push({ ...NONE, due, ...recurringDue(time), recurrence: 'week', label: `tuần ${d.format('DD/MM/YYYY')}`, key: due });
      if (out.length > max) return out;
    }
  }
  return out;
}

function periodic(time: TimeInput, every: Exclude<NonNullable<TimeInput['every']>, 'week'>, years: number[], bounds: Bounds, max: number): Occurrence[] {
  const out: Occurrence[] = [];
  const from = time.from ? pointDay(time.from, false) : undefined;
  const to = time.to ? pointDay(time.to, true) : undefined;
  // The months of the due days (@kehoach/nd30's dueMonths: the words formatTime prints name the same);
  // with `nextPeriod` each falls in the month after the period it closes, so the periods are the months
  // before them (“trước ngày 31/01 năm liền kề”: due in January, for December).
  const due = dueMonths(time);
  const periodMonths = time.nextPeriod ? due.map((m) => (m === 1 ? 12 : m - 1)) : due;
  for (const y of years) {
    for (const m of periodMonths) {
      if (out.length > max) return out;
      // Only the months of the plan's period (a school year is September to May): the month an
      // occurrence belongs to, not its due day (“trước ngày 05 của tháng liền kề” falls after it).
      if (!time.from && !time.to && !monthIn(y, m, bounds)) continue;
      const label = every === 'year' ? `năm ${y}` : `${m}/${y}`;
      if (!time.day) {
        // “Hằng năm”, “hằng tháng” without a day: recurring but undated — never an invented date.
        out.push({ ...NONE, recurrence: every, label, key: `${y}-${String(m).padStart(2, '0')}` });
        continue;
      }
      // “trước ngày 05 của tháng liền kề”: the due day falls in the following month.
      // (m is the last month of the period, so the next month for every kind of period.)
      const [dy, dm] = time.nextPeriod ? (m === 12 ? [y + 1, 1] : [y, m + 1]) : [y, m];
      const due = isoDate(dy, dm, time.day);
      if (!due) continue;
      if (from && due < from) continue;
      if (to && due > to) continue;
      out.push({ ...NONE, due, ...recurringDue(time), recurrence: every, label, key: due, ...(time.nextPeriod ? { afterPeriod: true } : {}) });
    }
  }
  return out;
}

/**
 * A task's time made concrete with dayjs, wherever the date is determinate:
 * - a window (dates or spoken periods) gives start and due (inclusive); `within` a period too;
 * - a deadline gives due (`before` exclusive, `by` inclusive; a period's end for `by`, its start for `before`);
 *   followed by `ongoing`, a second, undated occurrence carries the ongoing duty;
 * - a recurrence gives one occurrence per week or month it names in every year of the period
 *   (inside its window when there is one, else inside the period's `bounds`; days that do not exist
 *   are skipped); without a day the occurrences are undated (“hằng năm”);
 * - `from` alone gives a start; nothing, `ongoing`, `asRegulated` or a reference give one undated occurrence.
 * A recurrence stops once it has more than `max` occurrences (the caller refuses it: CHECKLIST_LIMITS).
 */
export function occurrences(time: TimeInput | undefined, years: number[], bounds?: Bounds, max = Infinity): Occurrence[] {
  if (!time) return [NONE];
  if (time.on) return [{ ...NONE, start: time.on, due: time.on, dueKind: 'on' }];
  if (time.every === 'week') return weekly(time, years, bounds, max);
  if (time.every) return periodic(time, time.every, years, bounds, max);
  if (time.within) {
    const r = spokenPeriodRange(time.within);
    const w = r ? { ...NONE, start: r.from, due: r.to, dueKind: 'by' as const, window: r, label: spokenPeriodWords(time.within) } : { ...NONE, label: spokenPeriodWords(time.within) };
    return time.ongoing ? [w, { ...NONE, start: r?.to ?? null, label: 'thường xuyên', key: 'thuong-xuyen' }] : [w];
  }
  if (time.from && time.to) {
    const from = pointDay(time.from, false);
    const to = pointDay(time.to, true);
    if (from && to) return [{ ...NONE, start: from, due: to, dueKind: 'by', window: { from, to } }];
    return [NONE];
  }
  const deadline = time.before ?? time.by;
  if (deadline !== undefined) {
    const before = time.before !== undefined;
    const due = pointDay(deadline, !before) ?? null;
    const first: Occurrence = { ...NONE, due, dueKind: due ? (before ? 'before' : 'by') : null };
    return time.ongoing ? [first, { ...NONE, start: due, label: 'thường xuyên', key: 'thuong-xuyen' }] : [first];
  }
  if (time.from) return [{ ...NONE, start: pointDay(time.from, false) ?? null }];
  return [NONE];
}
