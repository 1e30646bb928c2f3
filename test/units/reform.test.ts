import { expect, test } from 'vitest';
import { checkPlanText, loadPlanOrThrow, loadUnits, rollPlan } from 'kehoach';

// The 2025 reform in roll and check, on the team's own short plans.

/** A commune's plan of 2024 (xã Trung Môn, huyện Yên Sơn, tỉnh Tuyên Quang: since 1 July 2025 part of phường Minh Xuân). */
const COMMUNE_2024 = `schemaVersion: 2
issuer:
  name: Ủy ban nhân dân xã Trung Môn
  headerLines: [ỦY BAN NHÂN DÂN, XÃ TRUNG MÔN]
  abbreviation: UBND
  place: Trung Môn
  agency: ubnd-xa
  parent: { name: Ủy ban nhân dân huyện Yên Sơn, headerLines: [UBND HUYỆN YÊN SƠN] }
number: 12
date: 2024-03-05
title: Tuyên truyền phòng, chống mua bán người trên địa bàn xã Trung Môn năm 2024
period: { year: 2024 }
scope: trên địa bàn xã Trung Môn
agencies:
  ubnd-xa: { name: Ủy ban nhân dân xã Trung Môn, shortName: UBND xã, level: xa, kind: ubnd }
  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }
body:
  - title: MỤC ĐÍCH, YÊU CẦU
    role: goals
    items:
      - Nâng cao nhận thức của Nhân dân xã Trung Môn về phòng, chống mua bán người.
  - title: NHIỆM VỤ
    role: tasks
    items:
      - tasks:
          layout: by-agency
          groups:
            - lead: cong-an-xa
              tasks:
                - id: tuyen-truyen
                  text: Tuyên truyền tại các thôn về thủ đoạn của tội phạm mua bán người.
                  time: { before: 2024-06-30 }
  - title: TỔ CHỨC THỰC HIỆN
    role: implementation
    items:
      - Công an xã theo dõi, đôn đốc việc thực hiện Kế hoạch này.
signature:
  authority: [{ type: TM, of: ỦY BAN NHÂN DÂN }]
  titles: [CHỦ TỊCH]
  name: Nguyễn Văn An
recipients:
  to: [{ name: UBND huyện Yên Sơn }, { name: Công an xã }]
  archive: Lưu VT
`;

test('rolling a 2024 commune plan to 2026 names the commune’s successor and says so', async () => {
  const plan = loadPlanOrThrow(COMMUNE_2024, { file: 'xa-trung-mon-2024.yaml' });
  const r = rollPlan(plan, 2026, { units: await loadUnits() });
  expect(r.yaml).toBeDefined();
  expect(r.input?.issuer).toMatchObject({ name: 'Ủy ban nhân dân phường Minh Xuân', headerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MINH XUÂN'], place: 'Minh Xuân' });
  expect(r.input?.title).toBe('Tuyên truyền phòng, chống mua bán người trên địa bàn phường Minh Xuân năm 2026');
  expect(r.yaml).toContain('Nhân dân phường Minh Xuân');
  expect(r.yaml).not.toContain('Trung Môn');
  const said = r.diagnostics.find((d) => d.code === 'ROLL_UNIT_SUCCEEDED');
  expect(said?.message).toBe('xã Trung Môn không còn từ 01/7/2025: kế hoạch năm 2026 ghi đơn vị kế thừa phường Minh Xuân (mã 02215, tỉnh Tuyên Quang; Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm 2025) — rà soát tên các cơ quan của đơn vị và địa bàn.');
  expect(said?.path).toBe('/issuer/name');
  // without the registry, or within the old order (2024 → 2025), the commune keeps its name
  expect(rollPlan(plan, 2026).yaml).toContain('Ủy ban nhân dân xã Trung Môn');
  expect(rollPlan(plan, 2025, { units: await loadUnits() }).yaml).toContain('Ủy ban nhân dân xã Trung Môn');
});

/** A province's plan of 2026 still written for the districts. */
const PROVINCE_2026 = COMMUNE_2024
  .replace('name: Ủy ban nhân dân xã Trung Môn\n  headerLines: [ỦY BAN NHÂN DÂN, XÃ TRUNG MÔN]', 'name: Ủy ban nhân dân tỉnh Tuyên Quang\n  headerLines: [ỦY BAN NHÂN DÂN, TỈNH TUYÊN QUANG]')
  .replace('place: Trung Môn', 'place: Tuyên Quang')
  .replace('  parent: { name: Ủy ban nhân dân huyện Yên Sơn, headerLines: [UBND HUYỆN YÊN SƠN] }\n', '')
  .replace('date: 2024-03-05', 'date: 2026-02-10')
  .replace('period: { year: 2024 }', 'period: { year: 2026 }')
  .replace('before: 2024-06-30', 'before: 2026-06-30')
  .replaceAll('xã Trung Môn năm 2024', 'tỉnh năm 2026')
  .replace('scope: trên địa bàn xã Trung Môn', 'scope: trên địa bàn tỉnh')
  .replace('ubnd-xa: { name: Ủy ban nhân dân xã Trung Môn, shortName: UBND xã, level: xa', 'ubnd-xa: { name: Ủy ban nhân dân tỉnh Tuyên Quang, shortName: UBND tỉnh, level: tinh')
  .replace('Nhân dân xã Trung Môn', 'Nhân dân trên địa bàn tỉnh')
  .replace('Công an xã theo dõi, đôn đốc việc thực hiện Kế hoạch này.', 'UBND các huyện, thị xã, thành phố chỉ đạo Phòng Giáo dục và Đào tạo huyện phối hợp với UBND xã Trung Môn và các xã vùng cao của tỉnh Hà Giang triển khai.')
  .replace('{ name: UBND huyện Yên Sơn }', '{ name: "UBND các xã, phường" }');

test('a 2026 plan addressing “UBND các huyện” gets a finding with the fix; a former commune and province get their successors, as fixes', async () => {
  const r = await checkPlanText(PROVINCE_2026, { file: 'tinh-2026.yaml', only: ['district-level-body', 'former-commune', 'former-province-name'] });
  const found = r.diagnostics.filter((d) => d.rule).map((d) => [d.rule, d.suggestion, d.fix?.text]);
  expect(found).toEqual([
    ['district-level-body', 'UBND các xã, phường', 'UBND các xã, phường'],
    ['district-level-body', 'Phòng Văn hóa - Xã hội các xã, phường', 'Phòng Văn hóa - Xã hội các xã, phường'],
    ['former-commune', 'phường Minh Xuân', 'phường Minh Xuân'],
    ['former-province-name', 'tỉnh Tuyên Quang', 'tỉnh Tuyên Quang'],
  ]);
  // the same words in the 2024 plan are no finding: the districts still existed
  const before = await checkPlanText(PROVINCE_2026.replace('date: 2026-02-10', 'date: 2025-02-10').replace('year: 2026', 'year: 2025').replace('2026-06-30', '2025-06-30').replace('tỉnh năm 2026', 'tỉnh năm 2025'), { only: ['district-level-body', 'former-commune', 'former-province-name'] });
  expect(before.diagnostics.filter((d) => d.rule)).toEqual([]);
});
