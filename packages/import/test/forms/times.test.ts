/**
 * Times in prose (issue 20, form 6) on plans of the team's own: a deadline inside the sentence, the
 * received forms, a time stated by a heading; a cited document's date is never a deadline, a duty that
 * states no time gets none, two deadlines in one duty are left to check.
 */
import { describe, expect, test } from 'vitest';
import { CLOSING_OPENERS, opensClosing } from '../../src/plan/closing.js';
import { importBody } from './plan-text.js';

const dues = (checklist: Awaited<ReturnType<typeof importBody>>['checklist'], ref: string) => [...new Set(checklist.items.filter((i) => i.kind === 'task' && i.ref === ref).map((i) => i.due))];

describe('a duty’s time in its own words', () => {
  test('deadlines inside the sentence, “quí”, “chậm nhất là”, the day of the following month', async () => {
    const { plan, checklist } = await importBody([
      'I. NHIỆM VỤ',
      '1. Công an xã rà soát người lưu trú, gửi kết quả về Ủy ban nhân dân xã trước ngày 15/3/2026.',
      '2. Phòng Kinh tế hoàn thành nạo vét kênh mương trong quí II/2026.',
      '3. Các thôn báo cáo số hộ bị ảnh hưởng chậm nhất là ngày 30/9/2026.',
      '4. Phòng Văn hóa - Xã hội tổng hợp số liệu trước ngày 05 của tháng liền kề.',
      '5. Trạm Y tế xã tổ chức tiêm chủng vào ngày 10 tháng 10 hàng năm.',
    ].join('\n'));
    const refs = plan.tasks.map((t) => t.ref);
    expect(dues(checklist, refs[0]!)).toEqual(['2026-03-15']);
    expect(dues(checklist, refs[1]!)).toEqual(['2026-06-30']);
    expect(dues(checklist, refs[2]!)).toEqual(['2026-09-30']);
    expect(dues(checklist, refs[3]!).every((d) => d?.slice(8) === '05')).toBe(true);
    expect(dues(checklist, refs[4]!)).toEqual(['2026-10-10']);
  });

  test('a cited document’s date is no deadline, a duty that states no time gets none', async () => {
    const { plan, checklist } = await importBody([
      'I. NHIỆM VỤ',
      '1. Tiếp tục thực hiện Quyết định số 15/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân huyện về phòng, chống thiên tai.',
      '2. Triển khai Chương trình số 3/CTr-UBND ngày 12/12/2025 về phòng chống lụt bão đến năm 2030.',
      '3. Kiểm tra các điểm sạt lở.',
    ].join('\n'));
    for (const t of plan.tasks) expect(dues(checklist, t.ref)).toEqual([null]);
  });

  test('two deadlines in one duty: none is set, and the YAML says to check it', async () => {
    const { r, plan, checklist } = await importBody(['I. NHIỆM VỤ', '1. Các thôn nộp danh sách cho Công an xã trước ngày 10/3; Công an xã tổng hợp gửi Ủy ban nhân dân xã trước ngày 15/3.'].join('\n'));
    expect(dues(checklist, plan.tasks[0]!.ref)).toEqual([null]);
    expect(r.yaml).toMatch(/# kiểm tra: nhiều thời hạn trong cùng một nhiệm vụ/);
  });

  test('a report in a duty keeps its own deadline; the duty keeps the other', async () => {
    const { plan, checklist } = await importBody(['I. NHIỆM VỤ', '1. Các thôn gửi danh sách hộ nghèo về Ủy ban nhân dân xã trước ngày 12/5/2026; báo cáo kết quả thực hiện trước ngày 18/8/2026.'].join('\n'));
    expect(dues(checklist, plan.tasks[0]!.ref)).toEqual(['2026-05-12']);
  });

  test('a window of days inside the duty: in parentheses, after a comma, after “Thực hiện” (issue 20, seeds)', async () => {
    const { plan, checklist } = await importBody([
      'I. NHIỆM VỤ',
      '1. Công an xã tuần tra các tuyến đê xung yếu. Mở đợt cao điểm kiểm tra phương tiện thủy (thời gian từ ngày 01/6/2026 đến hết ngày 31/8/2026).',
      '2. Phòng Kinh tế ra quân nạo vét kênh mương nội đồng, thời gian từ ngày 15/3/2026 đến ngày 30/4/2026.',
      '3. Trạm Y tế xã phun hóa chất diệt muỗi ở các thôn. Thực hiện từ 01/7 đến 31/7/2026; mỗi thôn ít nhất hai lần.',
      '4. Các thôn vận động nhân dân tham gia từ năm 2026 đến năm 2030.',
    ].join('\n'));
    const windows = plan.tasks.map((t) => checklist.items.filter((i) => i.kind === 'task' && i.ref === t.ref).map((i) => [i.window?.from ?? i.start, i.window?.to ?? i.due]));
    expect(windows.slice(0, 3)).toEqual([[['2026-06-01', '2026-08-31']], [['2026-03-15', '2026-04-30']], [['2026-07-01', '2026-07-31']]]);
    // years, not days: a horizon in prose, no window
    expect(windows[3]!.flat().filter(Boolean)).toEqual([]);
  });

  test('a heading that is a period dates the duties under it that state no time', async () => {
    const { plan, checklist } = await importBody(['I. TIẾN ĐỘ', '1. Năm 2026:', '- Khảo sát các điểm sạt lở.', '2. Giai đoạn 2027-2030:', '- Di dời các hộ ở vùng nguy hiểm.'].join('\n'));
    expect(plan.tasks.map((t) => dues(checklist, t.ref))).toEqual([['2026-12-31'], ['2030-12-31']]);
  });
});

describe('closing paragraphs', () => {
  test.each(CLOSING_OPENERS.map((o) => [o.example]))('“%s” opens them', (example) => {
    expect(opensClosing({ text: example, bold: false, italic: false, source: {} })).toBe(true);
  });
  test('they close the body: not words of its last duty', async () => {
    const { plan } = await importBody(['I. NHIỆM VỤ', '(1) Kiểm tra đê bao.', '- Đơn vị chủ trì: Phòng Kinh tế.', 'Yêu cầu các thôn, tổ dân phố nghiêm túc triển khai thực hiện./.'].join('\n'));
    expect(plan.tasks.map((t) => t.text.join(' '))).toEqual(['Kiểm tra đê bao.']);
    const last = plan.sections[plan.sections.length - 1]!;
    expect([last.title, last.children.map((c) => c.paragraphs.join(' '))]).toEqual([undefined, ['Yêu cầu các thôn, tổ dân phố nghiêm túc triển khai thực hiện./.']]);
  });
});
