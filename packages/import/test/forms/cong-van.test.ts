/** A công văn that assigns tasks (issue 20, form 5), of the team's own: số/ký hiệu and a V/v over two lines, Kính gửi one body a line, numbered instructions, “Như trên” in Nơi nhận. */
import { expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { importPlan } from '@kehoach/import';
import { renderText } from '@kehoach/render-text';

test('a công văn: its V/v, its addressees, its numbered instructions with their leads and times, Nơi nhận with “Như trên”', async () => {
  const text = [
    'ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'Số: 45/UBND-VP', 'V/v triển khai các biện pháp phòng, chống', 'lụt bão năm 2026',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'An Bình, ngày 10 tháng 5 năm 2026',
    'Kính gửi:', '- Công an xã;', '- Các thôn, tổ dân phố.',
    'Thực hiện chỉ đạo của Ủy ban nhân dân huyện, Ủy ban nhân dân xã yêu cầu các đơn vị thực hiện một số nội dung sau:',
    '1. Công an xã rà soát các hộ dân sống ven sông, hoàn thành trước ngày 31/5/2026.',
    '2. Các thôn, tổ dân phố tổ chức tuyên truyền trên loa truyền thanh trong tháng 6/2026.',
    '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động nhân dân tham gia gia cố nhà cửa.',
    'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An',
  ].join('\n\n');
  const r = await importPlan(new TextEncoder().encode(text), { fileName: 'cong-van.txt' });
  const plan = loadPlan(r.yaml!, { file: 'cv.yaml' }).plan!;
  expect([plan.kind, plan.number, plan.symbol, plan.title]).toEqual(['cong-van', 45, 'UBND-VP', 'triển khai các biện pháp phòng, chống lụt bão năm 2026']);
  expect(plan.addressees).toEqual(['Công an xã', 'Các thôn, tổ dân phố']);
  expect(plan.tasks.slice(0, 2).map((t) => [t.lead.map((a) => a.name), t.time])).toEqual([
    [['Công an xã'], { before: '2026-05-31' }],
    [['Các thôn, tổ dân phố'], { within: { year: 2026, month: 6 } }],
  ]);
  // “Đề nghị …” asks a body the commune does not direct; a duty that states no time gets none
  expect(plan.tasks[2]!.requested.map((a) => a.name)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã']);
  expect(plan.tasks[2]!.time).toBeUndefined();
  // printed again, the instructions keep their numbers and words
  const printed = renderText(plan);
  expect(printed).toContain('1. Công an xã rà soát các hộ dân sống ven sông, hoàn thành trước ngày 31/5/2026.');
  expect(printed).toContain('3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động nhân dân');
  expect(plan.recipients).toMatchObject({ to: [{ name: 'Như trên' }], archive: 'VT' });
});
