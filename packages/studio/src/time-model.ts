/**
 * A task's `time` as the duty form's fields, both ways: a date, a deadline, a window, “thường
 * xuyên”, a spoken period (trong / hoàn thành trong / trước quý III/2026, tháng 5/2026, 6 tháng đầu
 * năm, năm 2026, năm học) and a recurrence (hằng tuần on a weekday; hằng tháng, hằng quý, 6 tháng,
 * hằng năm on a day, before it or on it). Any other time (a combination, an hour, a reference…) is
 * kind `other` and kept exactly as written. Pure: the words printed for a time come from kehoach's
 * `formatTime` (nd30), so the form never words a time itself.
 */
import { formatTime } from 'kehoach';

/** The kinds of time the form edits; `other` keeps a time written another way. */
export type TimeKind = '' | 'on' | 'before' | 'by' | 'range' | 'ongoing' | 'within' | 'by-period' | 'before-period' | 'every' | 'other';

/** The units of a spoken period (schema `$defs/spokenPeriod`). */
export type PeriodUnit = 'month' | 'quarter' | 'half' | 'year' | 'schoolYear';

/** A spoken period as fields: its unit, its number (month 1–12, quarter 1–4, half 1–2) and its year (a school year's first). */
export interface PeriodFields {
  unit: PeriodUnit;
  n: string;
  year: string;
}

/** How often a recurrence falls (schema `time.every`). */
export type Every = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

/** A recurrence as fields: how often, the day of the month (or the weekday), the month of a yearly one, before or on the day. */
export interface EveryFields {
  every: Every;
  day: string;
  weekday: string;
  month: string;
  dueKind: 'before' | 'by';
}

/** A time as the form's fields (`period` for the period kinds, `every` for a recurrence). */
export interface TimeFields {
  kind: TimeKind;
  date: string;
  to: string;
  period?: PeriodFields;
  every?: EveryFields;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const keysOf = (o: Obj) => Object.keys(o).sort().join(',');
const only = (o: Obj, allowed: string[]) => Object.keys(o).every((k) => allowed.includes(k));

/** The period kinds and the key each writes. */
const PERIOD_KEYS: Record<string, 'within' | 'by' | 'before'> = { within: 'within', 'by-period': 'by', 'before-period': 'before' };
const PERIOD_UNITS: PeriodUnit[] = ['month', 'quarter', 'half', 'schoolYear'];
/** The largest number of each unit (a year has none). */
const UNIT_MAX: Record<PeriodUnit, number> = { month: 12, quarter: 4, half: 2, year: 0, schoolYear: 0 };

/** A spoken period as fields, or undefined when the form cannot show it. */
export function periodFields(p: unknown): PeriodFields | undefined {
  if (!isObj(p) || !only(p, ['year', ...PERIOD_UNITS]) || !Object.values(p).every(isInt)) return undefined;
  const units = PERIOD_UNITS.filter((u) => p[u] !== undefined);
  if (units.length > 1 || (units[0] === 'schoolYear' && p.year !== undefined)) return undefined;
  const unit = units[0] ?? 'year';
  if (unit === 'schoolYear') return { unit, n: '', year: String(p.schoolYear) };
  if (unit === 'year' && p.year === undefined) return undefined;
  return { unit, n: unit === 'year' ? '' : String(p[unit]), year: p.year === undefined ? '' : String(p.year) };
}

const EVERY: Every[] = ['week', 'month', 'quarter', 'half-year', 'year'];

/** A recurrence as fields, or undefined when it has more than the form shows (an hour, a period of its own, several months…). */
export function everyFields(t: Obj): EveryFields | undefined {
  const every = t.every as Every;
  if (!EVERY.includes(every)) return undefined;
  const blank: EveryFields = { every, day: '', weekday: '', month: '', dueKind: t.dueKind === 'by' ? 'by' : 'before' };
  if (every === 'week') return only(t, ['every', 'weekday']) && (t.weekday === undefined || isInt(t.weekday)) ? { ...blank, weekday: t.weekday === undefined ? '' : String(t.weekday) } : undefined;
  const months = t.months;
  const oneMonth = every === 'year' && Array.isArray(months) && months.length === 1 && isInt(months[0]);
  if (!only(t, ['every', 'day', 'dueKind', ...(oneMonth ? ['months'] : [])]) || (t.day !== undefined && !isInt(t.day))) return undefined;
  if (t.dueKind !== undefined && t.day === undefined) return undefined;
  return { ...blank, day: t.day === undefined ? '' : String(t.day), month: oneMonth ? String((months as number[])[0]) : '' };
}

/** The form's fields for a task's `time`. */
export function timeFields(t: unknown): TimeFields {
  if (t === undefined || t === null) return { kind: '', date: '', to: '' };
  const other: TimeFields = { kind: 'other', date: '', to: '' };
  if (!isObj(t)) return other;
  const keys = keysOf(t);
  if (keys === 'on' && isDate(t.on)) return { kind: 'on', date: t.on, to: '' };
  if ((keys === 'before' || keys === 'by') && isDate(t[keys])) return { kind: keys, date: t[keys] as string, to: '' };
  if (keys === 'from,to' && isDate(t.from) && isDate(t.to)) return { kind: 'range', date: t.from, to: t.to };
  if (keys === 'ongoing' && t.ongoing === true) return { kind: 'ongoing', date: '', to: '' };
  for (const [kind, key] of Object.entries(PERIOD_KEYS)) {
    const period = keys === key ? periodFields(t[key]) : undefined;
    if (period) return { kind: kind as TimeKind, date: '', to: '', period };
  }
  const every = t.every !== undefined ? everyFields(t) : undefined;
  return every ? { kind: 'every', date: '', to: '', every } : other;
}

/** A whole number of a field within bounds, or a Vietnamese message naming the field. */
function integer(s: string, min: number, max: number, name: string): number {
  const n = Number(s.trim());
  if (!s.trim() || !Number.isInteger(n) || n < min || n > max) throw new Error(`${name} phải là số từ ${min} đến ${max}.`);
  return n;
}

/** The schema's spoken period for the fields. */
export function periodValue(p: PeriodFields): Record<string, number> {
  const year = p.year.trim() ? integer(p.year, 1900, 2200, 'Năm') : undefined;
  if (p.unit === 'schoolYear' || p.unit === 'year') {
    if (year === undefined) throw new Error('Hãy ghi năm của kỳ.');
    return p.unit === 'year' ? { year } : { schoolYear: year };
  }
  const name = { month: 'Tháng', quarter: 'Quý', half: 'Nửa năm' }[p.unit];
  return { [p.unit]: integer(p.n, 1, UNIT_MAX[p.unit], name), ...(year !== undefined ? { year } : {}) };
}

/** The schema's recurrence for the fields. */
export function everyValue(e: EveryFields): Record<string, unknown> {
  if (e.every === 'week') return { every: 'week', ...(e.weekday ? { weekday: integer(e.weekday, 1, 7, 'Thứ') } : {}) };
  const day = e.day.trim() ? integer(e.day, 1, 31, 'Ngày') : undefined;
  const month = e.every === 'year' && e.month.trim() ? integer(e.month, 1, 12, 'Tháng') : undefined;
  if (month !== undefined && day === undefined) throw new Error('Định kỳ hằng năm theo tháng cần ghi cả ngày.');
  return { every: e.every, ...(day !== undefined ? { day } : {}), ...(month !== undefined ? { months: [month] } : {}), ...(day !== undefined && e.dueKind === 'by' ? { dueKind: 'by' } : {}) };
}

/** The `time` value for the form's fields (`undefined`: no time); `old` for `other`. A Vietnamese message when a field is missing or wrong. */
export function timeValue(f: TimeFields, old: unknown): unknown {
  switch (f.kind) {
    case '':
      return undefined;
    case 'ongoing':
      return { ongoing: true };
    case 'other':
      return old;
    case 'range':
      if (!f.date || !f.to) throw new Error('Thời gian “từ … đến …” cần cả hai ngày.');
      if (f.to < f.date) throw new Error('Ngày kết thúc đứng trước ngày bắt đầu.');
      return { from: f.date, to: f.to };
    case 'within':
    case 'by-period':
    case 'before-period':
      if (!f.period) throw new Error('Hãy chọn kỳ.');
      return { [PERIOD_KEYS[f.kind]!]: periodValue(f.period) };
    case 'every':
      if (!f.every) throw new Error('Hãy chọn định kỳ.');
      return everyValue(f.every);
    default:
      if (!f.date) throw new Error('Hãy chọn ngày của thời hạn.');
      return { [f.kind]: f.date };
  }
}

/**
 * The words the plan will print for the fields (nd30's `formatTime`, as the document prints a task's
 * time), or why the fields are not yet a time. `old` is the time as written, for `other`.
 */
export function timeWords(f: TimeFields, old: unknown): { words: string; ok: boolean } {
  try {
    const value = timeValue(f, old);
    if (value === undefined) return { words: 'Không in thời hạn.', ok: true };
    return { words: formatTime(value as Parameters<typeof formatTime>[0]), ok: true };
  } catch (e) {
    return { words: e instanceof Error ? e.message : String(e), ok: false };
  }
}
