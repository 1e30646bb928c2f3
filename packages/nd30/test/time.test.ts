import type { SpokenPeriodInput, TimeInput } from '@kehoach/schema';
import { describe, expect, test } from 'vitest';
import { daysInMonth, dueMonths, findTimes, formatTime, parseTime, pointWords, spokenPeriodRange, type TimePoint } from '@kehoach/nd30';

// Every form formatTime prints, generated systematically, read back by parseTime into the same time.

const pad = (n: number) => String(n).padStart(2, '0');
/** Days that test the padding (below 10, months 1–2 against 3–12) and the ends of months, a leap day. */
const DATES: string[] = [2025, 2024].flatMap((y) =>
  Array.from({ length: 12 }, (_, i) => i + 1).flatMap((m) => [1, 9, 10, daysInMonth(y, m)].map((d) => `${y}-${pad(m)}-${pad(d)}`)),
);
const YEARS: Array<number | undefined> = [undefined, 2026];
const PERIODS: SpokenPeriodInput[] = [
  ...YEARS.flatMap((year) => Array.from({ length: 12 }, (_, i) => ({ ...(year ? { year } : {}), month: i + 1 }))),
  ...YEARS.flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ ...(year ? { year } : {}), quarter }))),
  ...YEARS.flatMap((year) => [1, 2].map((half) => ({ ...(year ? { year } : {}), half }))),
  { year: 2026 }, {}, { schoolYear: 2025 },
];
const POINTS: TimePoint[] = [...DATES, ...PERIODS];
/** Windows: dates to dates, periods with a year to periods with a year, and across. */
const WINDOWS: Array<{ from: TimePoint; to: TimePoint }> = [
  ...DATES.slice(0, 12).map((from, i) => ({ from, to: DATES[i + 30]! })),
  ...PERIODS.filter((p) => p.year !== undefined).map((from) => ({ from, to: { year: 2027, quarter: 4 } })),
  { from: '2025-08-14', to: { year: 2025, month: 12 } },
  { from: { year: 2025, month: 10 }, to: '2026-04-30' },
];
const HOURS = ['00:00', '07:30', '11:00', '23:59'];

const forms: Array<[string, TimeInput[]]> = [
  ['on', DATES.map((on) => ({ on }))],
  ['before', POINTS.map((before) => ({ before }))],
  ['by (date)', DATES.map((by) => ({ by }))],
  ['by (period)', PERIODS.map((by) => ({ by }))],
  ['within', PERIODS.map((within) => ({ within }))],
  ['from–to', WINDOWS],
  ['from', POINTS.map((from) => ({ from }))],
  ['from + ongoing', POINTS.map((from) => ({ from, ongoing: true as const }))],
  ['deadline + ongoing', [...POINTS.map((before) => ({ before, ongoing: true as const })), ...DATES.map((by) => ({ by, ongoing: true as const })), ...PERIODS.map((by) => ({ by, ongoing: true as const }))]],
  ['every week', [undefined, 1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
    [undefined, ...HOURS].flatMap((hour) => (hour ? [undefined, 'by' as const] : [undefined]).flatMap((dueKind) =>
      [undefined, WINDOWS[0], WINDOWS[13]].map((w) => ({ every: 'week' as const, ...(weekday ? { weekday } : {}), ...(hour ? { hour } : {}), ...(dueKind ? { dueKind } : {}), ...w })))))],
  ['every month, quarter, half-year, year', (['month', 'quarter', 'half-year', 'year'] as const).flatMap((every) =>
    [undefined, 1, 5, 9, 10, 25, 31].flatMap((day) => (day ? [undefined, true as const] : [undefined]).flatMap((nextPeriod) =>
      (day ? [undefined, 'by' as const] : [undefined]).flatMap((dueKind) => [undefined, WINDOWS[1], WINDOWS[14]].map((w) => ({
        every, ...(day ? { day } : {}), ...(nextPeriod ? { nextPeriod } : {}), ...(dueKind ? { dueKind } : {}), ...w,
      }))))))],
  // Due days in named months (not the recurrence's own default months, which are printed the same and read back without `months`).
  ['every … in named months', (['month', 'quarter', 'half-year', 'year'] as const).flatMap((every) =>
    [[3], [11], [1, 7], [3, 6, 9]].flatMap((months) => [undefined, 5, 20].flatMap((day) => (day ? [undefined, true as const] : [undefined]).flatMap((nextPeriod) =>
      (day ? [undefined, 'by' as const] : [undefined]).map((dueKind) => ({
        every, months, ...(day ? { day } : {}), ...(nextPeriod ? { nextPeriod } : {}), ...(dueKind ? { dueKind } : {}),
      })))))).filter((t) => JSON.stringify(t.months) !== JSON.stringify(dueMonths({ ...t, months: undefined })))],
  ['as regulated, ongoing, a reference', [{ asRegulated: true }, { ongoing: true }, { reference: 'qd-193-ttg' }, { reference: 'kh-53' }]],
];

describe('parseTime(formatTime(t)) gives t back', () => {
  test.each(forms)('%s', (_name, times) => {
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) {
      const words = formatTime(t);
      const m = parseTime(words);
      expect({ words, time: m?.time }).toEqual({ words, time: t });
      // The whole of the words is the time.
      expect({ words, index: m!.index, length: m!.length }).toEqual({ words, index: 0, length: words.length });
    }
  });

  test('within a period and ongoing prints as a deadline in the period and ongoing, and reads back as that (the same words, the same end)', () => {
    for (const within of PERIODS) {
      const words = formatTime({ within, ongoing: true });
      expect(words).toBe(formatTime({ by: within, ongoing: true }));
      expect(parseTime(words)?.time).toEqual({ by: within, ongoing: true });
    }
  });

  test('a reference is read back to its id through the caller’s table of citations', () => {
    const cite = (id: string) => (id === 'qd-193' ? 'Quyết định số 193/QĐ-TTg' : undefined);
    const words = formatTime({ reference: 'qd-193' }, cite);
    expect(words).toBe('Theo thời hạn tại Quyết định số 193/QĐ-TTg');
    expect(parseTime(words, { reference: (c) => (c === 'Quyết định số 193/QĐ-TTg' ? 'qd-193' : undefined) })?.time).toEqual({ reference: 'qd-193' });
  });

  test('a recurrence names the days it falls due on, as the checklist dates them', () => {
    expect(formatTime({ every: 'month', day: 25 })).toBe('Trước ngày 25 hằng tháng');
    expect(formatTime({ every: 'month', day: 5, dueKind: 'by' })).toBe('Ngày 05 hằng tháng');
    expect(formatTime({ every: 'month', day: 5, months: [3, 9] })).toBe('Trước ngày 05 các tháng 3 và 9');
    expect(formatTime({ every: 'year', months: [11], day: 20 })).toBe('Trước ngày 20/11 hằng năm');
    // No month given: a yearly day falls in December (the checklist's default), and the words say so.
    expect(formatTime({ every: 'year', day: 20 })).toBe('Trước ngày 20/12 hằng năm');
    expect(parseTime('Trước ngày 20/12 hằng năm')?.time).toEqual({ every: 'year', day: 20 });
    expect(formatTime({ every: 'year', months: [6, 12], day: 15 })).toBe('Trước ngày 15/6 và 15/12 hằng năm');
    expect(formatTime({ every: 'quarter', day: 15 })).toBe('Hằng quý, trước ngày 15');
    expect(formatTime({ every: 'month', day: 5, nextPeriod: true })).toBe('Hằng tháng, trước ngày 05 của tháng liền kề');
    expect(formatTime({ every: 'year', day: 31, nextPeriod: true })).toBe('Hằng năm, trước ngày 31/01 của năm liền kề');
    expect(formatTime({ every: 'quarter', months: [3, 9] })).toBe('Hằng quý, các tháng 3 và 9');
    // The form the importer met before, with the day in parentheses, still reads.
    expect(parseTime('Hằng tháng (trước ngày 25)')?.time).toEqual({ every: 'month', day: 25 });
    // Days that differ are not one recurrence's days: only “hằng năm” is read.
    expect(parseTime('trước ngày 15/6 và 20/12 hằng năm')?.time).toEqual({ every: 'year' });
  });

  test('a note is the plan’s own words and is printed as it is', () => {
    expect(formatTime({ every: 'month', day: 5, note: 'Trước ngày 05 hằng tháng' })).toBe('Trước ngày 05 hằng tháng');
  });
});

describe('what plans write', () => {
  test.each<[string, TimeInput]>([
    ['trước ngày 30/6/2025', { before: '2025-06-30' }],
    ['chậm nhất ngày 15/10/2025', { by: '2025-10-15' }],
    ['hoàn thành trong quý II/2026', { by: { quarter: 2, year: 2026 } }],
    ['từ ngày 01/7 đến ngày 30/9/2025', { from: '2025-07-01', to: '2025-09-30' }],
    ['6 tháng đầu năm 2026', { within: { half: 1, year: 2026 } }],
    ['hằng tháng', { every: 'month' }],
    ['hàng quý', { every: 'quarter' }],
    ['trước ngày 25 hằng tháng', { every: 'month', day: 25 }],
    ['thứ Năm hằng tuần, trước 11 giờ 00', { every: 'week', weekday: 4, hour: '11:00' }],
    ['trước 11 giờ thứ Năm hằng tuần', { every: 'week', weekday: 4, hour: '11:00' }],
    ['thường xuyên', { ongoing: true }],
    ['theo quy định', { asRegulated: true }],
    ['trong tháng 8 năm 2025', { within: { month: 8, year: 2025 } }],
    ['năm học 2025 - 2026', { within: { schoolYear: 2025 } }],
    ['ngày 5 tháng 2 năm 2025', { on: '2025-02-05' }],
    ['trước ngày 5-2-2025', { before: '2025-02-05' }],
  ])('“%s”', (words, time) => {
    expect(parseTime(words)?.time).toEqual(time);
  });

  test('a date without a year takes the plan’s; the span says which words were the time', () => {
    const text = 'Tổ chức tập huấn cho cán bộ, hoàn thành trước ngày 30/6.';
    const m = parseTime(text, { year: 2026 })!;
    expect(m.time).toEqual({ before: '2026-06-30' });
    expect(text.slice(m.index, m.index + m.length)).toBe('trước ngày 30/6');
    expect(parseTime('trước ngày 30/6')).toBeUndefined();
    expect(parseTime('trước ngày 31/6/2025')).toBeUndefined();
  });

  test('pointWords and spokenPeriodRange: a period’s words and its days', () => {
    expect(pointWords({ quarter: 1, year: 2023 })).toBe('quý I/2023');
    expect(spokenPeriodRange({ quarter: 1, year: 2024 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(spokenPeriodRange({ month: 2, year: 2024 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(spokenPeriodRange({ schoolYear: 2025 })).toEqual({ from: '2025-09-01', to: '2026-05-31' });
  });
});

describe('findTimes: every time some words state', () => {
  test('in order, each with its words; the dates of cited documents and a period standing alone are not times', () => {
    const text = 'Theo Quyết định số 793/QĐ-TTg ngày 10/5/2016 của Thủ tướng Chính phủ, xây dựng kế hoạch năm 2026, hoàn thành trước ngày 15/3; báo cáo kết quả trước ngày 25 hằng tháng.';
    const found = findTimes(text, { year: 2026 });
    expect(found.map((m) => m.time)).toEqual([{ before: '2026-03-15' }, { every: 'month', day: 25 }]);
    expect(found.map((m) => text.slice(m.index, m.index + m.length))).toEqual(['trước ngày 15/3', 'trước ngày 25 hằng tháng']);
    expect(findTimes('Xây dựng kế hoạch phổ biến pháp luật năm 2026.')).toEqual([]);
  });
});
