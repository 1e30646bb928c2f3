/**
 * Reporting paragraphs become reporting data (issue 20, form 6), on plans of the team's own: a report
 * clause of a duty, a paragraph of the reporting section, a closing paragraph asking bodies to report.
 */
import { describe, expect, test } from 'vitest';
import { importBody } from './plan-text.js';

describe('reports as data', () => {
  test('who reports, to whom and when, wherever the plan says it', async () => {
    const { plan, checklist } = await importBody([
      'I. NHIỆM VỤ',
      '1. Các thôn rà soát hộ nghèo, gửi danh sách về Ủy ban nhân dân xã trước ngày 10/3/2026; báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội trước ngày 30/6/2026.',
      '2. Báo cáo kết quả diễn tập về Ủy ban nhân dân xã trước ngày 15/4/2026.',
      'II. CHẾ ĐỘ BÁO CÁO',
      'Các đơn vị, địa phương báo cáo tình hình thực hiện về Công an xã chậm nhất ngày 25/11/2026.',
      'Yêu cầu các trường học thực hiện nghiêm túc và gửi báo cáo về Ủy ban nhân dân xã trước 16h00 ngày thứ 6 hằng tuần./.',
    ].join('\n'));
    const reports = plan.implementation.reporting.map((p) => [p.reporters.map((a) => a.name), p.to?.name]);
    expect(reports).toEqual([
      [['Các thôn'], 'Phòng Văn hóa - Xã hội'],
      [['Các đơn vị, địa phương'], 'Công an xã'],
      [['Các trường học'], 'Ủy ban nhân dân xã'],
    ]);
    const due = (i: number) => [...new Set(checklist.items.filter((x) => x.kind === 'report' && x.source === plan.implementation.reporting[i]!.path).map((x) => x.due))];
    expect(due(0)).toEqual(['2026-06-30']);
    expect(due(1)).toEqual(['2026-11-25']);
    expect(due(2).every((d) => d !== null && new Date(`${d}T00:00:00Z`).getUTCDay() === 5)).toBe(true);
    // the duty that is itself a report is not made a second time
    expect(plan.implementation.reporting.some((p) => p.label.startsWith('Báo cáo kết quả diễn tập'))).toBe(false);
  });

  test('reports listed with their due days in parentheses: each period its day (issue 20, seeds)', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Các thôn rà soát các điểm sạt lở.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Định kỳ quý I, quý III (trước ngày 20/3 và 20/9), 6 tháng (trước ngày 20/6) và năm (chậm nhất ngày 10/12) báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua Văn phòng - Thống kê xã - cơ quan đầu mối) để tổng hợp.',
    ].join('\n'));
    const periods = plan.implementation.reporting.map((p) => [p.label, p.due?.day, p.due?.month, p.due?.before ?? true]);
    expect(periods).toEqual([
      ['Quý I', 20, 3, true],
      ['Quý III', 20, 9, true],
      ['6 tháng', 20, 6, true],
      ['Năm', 10, 12, false],
    ]);
    expect(plan.implementation.reporting[0]!.to?.name).toBe('Ủy ban nhân dân xã');
  });

  test('a report without a date gets none; a cited “Báo cáo số …” is no report', async () => {
    const { plan, checklist } = await importBody([
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Công an xã theo dõi, đôn đốc; định kỳ tổng hợp, báo cáo Ủy ban nhân dân xã theo quy định.',
      '2. Triển khai Báo cáo số 12/BC-UBND ngày 02/01/2026 của Ủy ban nhân dân huyện.',
    ].join('\n'));
    expect(plan.implementation.reporting.map((p) => p.reporters.map((a) => a.name))).toEqual([['Công an xã']]);
    expect(checklist.items.filter((x) => x.kind === 'report').every((x) => x.due === null)).toBe(true);
  });
});
