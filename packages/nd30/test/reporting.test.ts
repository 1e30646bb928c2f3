import type { DayMonthInput, TimeInput } from '@kehoach/schema';
import { describe, expect, test } from 'vitest';
import { formatReportDue, formatReporting, parseReporting, type ReportWords, type ReportYears } from '@kehoach/nd30';

// Reporting duties as the team writes them (not taken from any received plan).
const REPORTERS = [[], ['Công an xã'], ['Công an xã', 'Văn phòng Ủy ban nhân dân xã'], ['các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường, đặc khu']];
const TO = [{}, { to: 'Ủy ban nhân dân xã' }, { to: 'Ủy ban nhân dân tỉnh', via: 'Sở Khoa học và Công nghệ' }];
const DAYS: DayMonthInput[] = [{ day: 15, month: 6 }, { day: 5, month: 1 }, { day: 31, month: 12, before: false }, { day: 15, month: 12, previousYear: true }, { day: 10, month: 2, year: 2030 }];
const TIMES: TimeInput[] = [{ every: 'month', day: 25 }, { every: 'week', weekday: 4, hour: '11:00' }, { every: 'month', day: 5, nextPeriod: true }, { every: 'quarter', day: 15 }];
const REPORTS: ReportWords[] = [
  ...DAYS.map((due) => ({ label: '6 tháng', due })),
  { label: 'năm', due: { day: 15, month: 12 }, window: { from: { day: 15, month: 12, previousYear: true }, to: { day: 14, month: 12 } } },
  ...TIMES.map((time) => ({ time })),
  ...TIMES.map((time) => ({ label: 'nhanh', time })),
  // A label that names the report: what is reported (`… báo cáo tiến độ về …`).
  ...TIMES.map((time) => ({ label: 'Báo cáo tiến độ', time })),
  { label: 'Báo cáo kết quả hưởng ứng', due: { day: 10, month: 10 } },
];
const YEARS: ReportYears[] = [{}, { year: 2026 }, { everyYear: true }];

describe('parseReporting(formatReporting(duty)) gives the duty back', () => {
  test('one report, and several after a colon', () => {
    let n = 0;
    for (const years of YEARS) {
      for (const reporters of REPORTERS) {
        for (const to of TO) {
          const lists = [...REPORTS.map((r) => [r]), [REPORTS[0]!, REPORTS[5]!], [REPORTS[6]!, REPORTS[1]!, REPORTS[3]!]];
          for (const reports of lists) {
            // Without a known year, a day of the year before has no words of its own but “năm trước”; with a year, its number.
            const duty = { reporters, ...to, reports };
            const words = formatReporting(duty, years);
            expect({ words, duty: parseReporting(words, years) }).toEqual({ words, duty });
            n++;
          }
        }
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  test('the sentences as a reporting section says them', () => {
    expect(formatReporting({ reporters: [], to: 'Công an tỉnh', reports: [{ label: '6 tháng', due: { day: 15, month: 6 } }] }, { everyYear: true })).toBe(
      'Các cơ quan, đơn vị báo cáo kết quả thực hiện 6 tháng về Công an tỉnh trước ngày 15/6 hằng năm.',
    );
    expect(formatReporting({ reporters: ['Công an xã', 'Văn phòng xã'], to: 'Ủy ban nhân dân xã', reports: [{ label: 'tháng', time: { every: 'month', day: 25 } }] }, { year: 2026 })).toBe(
      'Công an xã, Văn phòng xã báo cáo kết quả thực hiện về Ủy ban nhân dân xã trước ngày 25 hằng tháng.',
    );
    expect(formatReporting({ reporters: ['Công an xã'], to: 'Ủy ban nhân dân xã', via: 'Văn phòng xã', reports: [{ label: '6 tháng', due: { day: 15, month: 6 } }, { label: 'Năm', due: { day: 15, month: 12 } }] }, { year: 2026 })).toBe(
      'Công an xã báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua Văn phòng xã): 6 tháng trước ngày 15/6/2026; năm trước ngày 15/12/2026.',
    );
    expect(formatReportDue({ day: 15, month: 12, previousYear: true }, { year: 2026 })).toBe('trước ngày 15/12/2025');
    expect(formatReporting({ reporters: ['Ủy ban nhân dân các xã, phường'], to: 'Sở Nội vụ', reports: [{ label: 'Báo cáo tiến độ', time: { every: 'week', weekday: 4, hour: '11:00' } }] })).toBe(
      'Ủy ban nhân dân các xã, phường báo cáo tiến độ về Sở Nội vụ thứ Năm hằng tuần, trước 11 giờ 00.',
    );
    expect(parseReporting('Tổ chức tuyên truyền.')).toBeUndefined();
  });
});
