// Findings on received documents are true defects: the forms real plans are written in (theme
// headings, target lists, a task table restating the duties, Nơi nhận with “Như trên”, abbreviations
// and collective lines, dates of cited documents, preparation dates) give none. Team's own text.
import { describe, expect, test } from 'vitest';
import { checkPlanText } from '@kehoach/check';
import { examplePlan } from '@kehoach/core';
import { abbreviates } from '../src/agency-names.js';
import { isAsAbove, lineReaches, namedBodies } from '../src/recipient-lines.js';
import { isCitationDate } from '../src/text-helpers.js';

async function findings(fragment: string, rule: string): Promise<string[]> {
  const { diagnostics } = await checkPlanText(examplePlan(fragment), { only: [rule] });
  return diagnostics.filter((d) => d.rule === rule).map((d) => d.message);
}

describe('task-without-lead on received forms', () => {
  test('only the duty without a lead is reported; the heading, the targets and the restated duty are not', async () => {
    const fragment = `body:
  - title: NHIỆM VỤ
    role: tasks
    items:
      - tasks:
          layout: by-theme
          tasks:
            - id: tt
              title: Công tác tuyên truyền
              tasks:
                - { id: a, text: Tuyên truyền tác hại của ma túy trong trường học., lead: so-y-te }
                - { id: b, text: Tổ chức tập huấn cho báo cáo viên cấp xã về kỹ năng tuyên truyền. }
                - { id: c, text: Rà soát người sử dụng trái phép chất ma túy trên địa bàn. }
            - { id: ct, text: "Chỉ tiêu:" }
            - { id: c1, text: 100% xã có tổ tuyên truyền viên. }
      - table:
          kind: tasks
          columns: [ { title: Nhiệm vụ, field: text }, { title: Chủ trì, field: lead } ]
          rows:
            - { id: b2, text: Tổ chức tập huấn cho báo cáo viên cấp xã về kỹ năng tuyên truyền., lead: cong-an-tinh }
`;
    expect(await findings(fragment, 'task-without-lead')).toEqual(['Nhiệm vụ I.1.c chưa có cơ quan chủ trì.']);
    // the restated duty's row is not a copy left behind either
    expect(await findings(fragment, 'duplicate-paragraph')).toEqual([]);
  });
});

describe('agency-not-recipient: Nơi nhận as received documents write it', () => {
  test('“Như trên” of a công văn is its Kính gửi: a lead named there is covered, one that is not is reported', async () => {
    const cv = (addressees: string) => `kind: cong-van
symbol: UBND-NC
title: Triển khai tháng hành động phòng, chống ma túy
addressees: [ ${addressees} ]
recipients: { to: [ { name: Như trên }, { name: Lưu trữ tỉnh } ], archive: "VT, NC" }`;
    expect(await findings(cv('Công an tỉnh, Sở Y tế'), 'agency-not-recipient')).toEqual([]);
    expect(await findings(cv('Công an tỉnh'), 'agency-not-recipient')).toEqual(['Sở Y tế chủ trì nhiệm vụ II.2-1 nhưng không có trong Nơi nhận.']);
  });

  test('the issuer, a collective lead and a person are never asked to be recipients', async () => {
    const fragment = (recipient: string) => `issuer: { name: Sở Y tế tỉnh Tuyên Quang, abbreviation: SYT, place: Tuyên Quang, agency: so-y-te }
agencies:
  dia-phuong: { name: Các địa phương, level: tinh, kind: nhom }
  giam-doc: { name: Nguyễn Văn An, kind: ca-nhan, role: Giám đốc, of: so-y-te }
body:
  - title: NHIỆM VỤ
    role: tasks
    items:
      - tasks:
          layout: by-agency
          groups:
            - { lead: so-y-te, tasks: [ { id: a, text: Xây dựng kế hoạch tiêm chủng mở rộng. } ] }
            - { lead: dia-phuong, tasks: [ { id: b, text: Rà soát trẻ chưa tiêm đủ mũi. } ] }
            - { lead: giam-doc, tasks: [ { id: c, text: Chỉ đạo chung công tác tiêm chủng. } ] }
            - { lead: cong-an-tinh, tasks: [ { id: d, text: Bảo đảm an ninh tại các điểm tiêm. } ] }
recipients: { to: [ { name: ${recipient} } ], archive: "VT, NVY" }`;
    expect(await findings(fragment('Công an tỉnh'), 'agency-not-recipient')).toEqual([]);
    expect(await findings(fragment('Ban Chỉ đạo tiêm chủng tỉnh'), 'agency-not-recipient')).toEqual(['Công an tỉnh chủ trì nhiệm vụ I.4 nhưng không có trong Nơi nhận.']);
  });

  test('abbreviations, a head word shared by a list, collective lines of the agency’s kind', () => {
    const a = (name: string, kind = 'chuyen-mon') => ({ id: 'x', name, kind, aliases: [] }) as never;
    expect(lineReaches('Đoàn TNCS HCM tỉnh', a('Đoàn TNCS Hồ Chí Minh tỉnh', 'mttq-doan-the'))).toBe(true);
    expect(lineReaches('Các Sở: Tư pháp, Nội vụ, GD&ĐT', a('Sở Giáo dục và Đào tạo'))).toBe(true);
    expect(lineReaches('Các cơ quan chuyên môn thuộc UBND tỉnh', a('Sở Tư pháp'))).toBe(true);
    expect(lineReaches('Các sở, ban, ngành thuộc tỉnh', a('Công an tỉnh', 'cong-an'))).toBe(true);
    expect(lineReaches('Các cơ quan chuyên môn thuộc UBND tỉnh', a('Công an tỉnh', 'cong-an'))).toBe(false);
    expect(lineReaches('Sở GD&ĐT', a('Sở Giao thông vận tải'))).toBe(false);
    expect(namedBodies('Các Sở: Tài chính, Xây dựng')).toEqual(['Các Sở: Tài chính, Xây dựng', 'Sở Tài chính', 'Sở Xây dựng']);
    expect(abbreviates('Lãnh đạo VP/UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh')).toBe(true);
    expect(['Như trên', '- Như trên;', 'Như Điều 3', 'Nhà trường'].map(isAsAbove)).toEqual([true, true, true, false]);
  });
});

describe('dates: cited documents and preparation are not stale', () => {
  test('the date of a cited document, typed with a space in its symbol or after a comma', () => {
    const at = (text: string, date: string) => isCitationDate(text, text.indexOf(date));
    expect(at('Theo Quyết định số 2150/QĐ- SYT ngày 14/9/2022 của Sở Y tế về quy trình.', '14/9/2022')).toBe(true);
    expect(at('Thực hiện Đề án số 05-ĐA/HU, ngày 02/3/2021 của Huyện ủy.', '02/3/2021')).toBe(true);
    expect(at('Căn cứ Công văn số 418 ngày 10/5/2023 của Sở Nội vụ.', '10/5/2023')).toBe(true);
    expect(at('Triển khai Kế hoạch tuyên truyền từ ngày 01/7/2024 đến hết năm.', '01/7/2024')).toBe(false);
  });

  test('stale-year: a cited document’s date and a date of the year of issue are not reported; a date copied from an earlier year is', async () => {
    const fragment = (text: string) => `date: 2025-12-05
period: { year: 2026 }
body: [ { title: NHIỆM VỤ, items: [ "${text}" ] } ]`;
    expect(await findings(fragment('Theo Quyết định số 2150/QĐ- SYT ngày 14/9/2022 của Sở Y tế.'), 'stale-year')).toEqual([]);
    expect(await findings(fragment('Các xã ban hành kế hoạch chậm nhất ngày 31/12/2025.'), 'stale-year')).toEqual([]);
    expect(await findings(fragment('Mở đợt cao điểm từ ngày 01/7/2024.'), 'stale-year')).toEqual([
      '“01/7/2024” thuộc năm 2024, trước thời kỳ của kế hoạch (2026): có phải chép từ kế hoạch năm trước?',
    ]);
  });
});
