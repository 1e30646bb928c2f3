import { describe, expect, test } from 'vitest';
import { daysInMonth, formatHeaderDate, formatShortDate, isIsoDate, isRealDate, isoDate, nd30Parts, parseDate, parseHeaderDate, parseShortDate, findNamedDays } from '@kehoach/nd30';
import { findDate } from '../src/dates/parse-date.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** Every day of 2023 (not leap), 2024 (leap), 2000 (leap) and 2100 (not leap). */
const DAYS = [2023, 2024, 2000, 2100].flatMap((y) =>
  Array.from({ length: 12 }, (_, i) => i + 1).flatMap((m) => Array.from({ length: daysInMonth(y, m) }, (_, d) => `${y}-${pad(m)}-${pad(d + 1)}`)),
);

describe('dates as Nghị định 30 writes them', () => {
  test('every day of four years: the header date and the short date read back', () => {
    expect(DAYS).toHaveLength(365 + 366 + 366 + 365);
    for (const iso of DAYS) {
      expect(parseHeaderDate(formatHeaderDate(iso))).toBe(iso);
      expect(parseShortDate(formatShortDate(iso))).toBe(iso);
      expect(parseDate(formatShortDate(iso))).toBe(iso);
      expect(parseDate(formatHeaderDate(iso))).toBe(iso);
    }
  });

  test('padding: a day below 10 and months 1–2 take a zero, months 3–12 do not', () => {
    expect(formatHeaderDate('2025-02-05')).toBe('ngày 05 tháng 02 năm 2025');
    expect(formatShortDate('2021-02-09')).toBe('09/02/2021');
    expect(formatShortDate('2025-06-13')).toBe('13/6/2025');
    expect(nd30Parts('2025-12-01')).toEqual({ day: '01', month: '12', year: '2025' });
  });

  test('tolerant readings', () => {
    expect(parseDate('5/2/2025')).toBe('2025-02-05');
    expect(parseDate('05-02-2025')).toBe('2025-02-05');
    expect(parseDate('ngày 5 tháng 2 năm 2025')).toBe('2025-02-05');
    expect(parseDate('1/7', { year: 2025 })).toBe('2025-07-01');
    expect(parseDate('1/7/25')).toBe('2025-07-01');
    expect(parseDate('31/6/2025')).toBeUndefined();
    expect(parseDate('1/7')).toBeUndefined();
    expect(findDate('Công văn số 4850/BTTTT-HTQT ngày 26 tháng 11 năm 2021 của Bộ')).toEqual({ iso: '2021-11-26', index: 33, length: 20 });
  });

  test('one validity: days in each month, leap years, no rolling over', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 28]);
    expect([isRealDate(2025, 2, 29), isRealDate(2024, 2, 29), isRealDate(2025, 13, 1), isRealDate(2025, 4, 31), isRealDate(2025, 4, 0)]).toEqual([false, true, false, false, false]);
    expect(isoDate(2025, 7, 1)).toBe('2025-07-01');
    expect(isoDate(2025, 6, 31)).toBeUndefined();
    expect([isIsoDate('2025-02-28'), isIsoDate('2025-02-30'), isIsoDate('2025-2-28')]).toEqual([true, false, false]);
  });
});

describe('findNamedDays: the days some words name', () => {
  test('with or without month and year, a day alone after “ngày”; days that do not exist left out', () => {
    const text = 'Báo cáo quý I (trước ngày 15/3 và 15/9), năm trước ngày 10/12/2026. Trước ngày 16 của tháng; ngày 20 tháng 6 năm 2012; 31/6; 1.7.2025';
    expect(findNamedDays(text).map(({ day, month, year }) => [day, month, year])).toEqual([
      [15, 3, undefined], [15, 9, undefined], [10, 12, 2026], [16, undefined, undefined], [20, 6, 2012], [1, 7, 2025],
    ]);
  });
});
