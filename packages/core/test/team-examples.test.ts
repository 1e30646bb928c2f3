import { describe, expect, test } from 'vitest';
import { deriveChecklist } from '@kehoach/checklist';
import { renderDocx } from '@kehoach/render-docx';
import { renderText } from '@kehoach/render-text';
import { loadExample, task, TEAM_EXAMPLES } from '../../../test/helpers.js';
import { all, attr, child, documentText, openDocx } from '../../../test/render/docx-helpers.js';

// The four examples the team wrote for schema v2: real values of what each exercises.

test.each(TEAM_EXAMPLES)('%s loads, renders and derives its checklist with no diagnostic', (name) => {
  const plan = loadExample(name);
  expect(renderDocx(plan).diagnostics).toEqual([]);
  expect(deriveChecklist(plan).diagnostics).toEqual([]);
});

describe('quang-tri-2026-chuyen-doi-so: PHẦN I/II, eight sections, three numbered levels', () => {
  const plan = loadExample('quang-tri-2026-chuyen-doi-so');
  const text = renderText(plan);
  test('bases cite each document type in its own form: a law by its name and date, a decree and a decision by number, date, issuer and subject', () => {
    expect(plan.opening.paragraphs.slice(0, 2)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân; Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;',
      'Thực hiện Quyết định số 1850/QĐ-UBND ngày 30/9/2025 của Ủy ban nhân dân tỉnh ban hành Chương trình chuyển đổi số tỉnh Quảng Trị giai đoạn 2026 - 2030;',
    ]);
  });
  test('parts and sections, numbers restarting in each part', () => {
    expect(plan.sections.map((p) => [p.label, p.children.map((s) => s.label)])).toEqual([
      ['Phần I', ['I.', 'II.']],
      ['Phần II', ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']],
    ]);
    expect(text).toContain('\nPhần II\nKẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026\n\nI. MỤC TIÊU\n');
    expect(text).toContain('\nVI. KIẾN NGHỊ, ĐỀ XUẤT\n');
  });
  test('tasks three levels deep: 1.1.1. … 2.2.2.', () => {
    expect(text).toContain('\n1.1. Hạ tầng và nền tảng số\n\n1.1.1. Phủ sóng di động băng rộng đến 100% thôn, bản;');
    expect(task(plan, 'xhs-ho-so-suc-khoe').ref).toBe('PII.II.2.2.2');
    expect(text).toContain('2.2.2. Triển khai sổ sức khỏe điện tử');
  });
  test('a heading and its text in one paragraph', () => {
    expect(text).toContain('\n1. Về chính quyền số: Hệ thống quản lý văn bản');
  });
  test('Kiến nghị: requested bodies, as data', () => {
    expect(task(plan, 'kn-bo-khcn-nen-tang').requested.map((a) => a.id)).toEqual(['bo-khcn']);
    expect(task(plan, 'kn-bo-tai-chinh-dinh-muc').lead).toEqual([]);
  });
  test('reporting, funding and own plans from their own sections', () => {
    const items = deriveChecklist(plan, { agency: 'ubnd-xa-phuong' }).checklist.items;
    expect(items.filter((i) => i.kind === 'report').map((i) => [i.text, i.due])).toEqual([
      ['Báo cáo 6 tháng năm 2026 gửi Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ)', '2026-06-10'],
      ['Báo cáo năm 2026 gửi Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ)', '2026-12-10'],
    ]);
    expect(plan.implementation.focalAgency?.id).toBe('so-khcn');
  });
  test('“trước ngày 05 của tháng liền kề”: twelve items, the last on 05/01/2027', () => {
    const dvc = deriveChecklist(plan, { agency: 'van-phong-ubnd' }).checklist.items;
    expect(dvc.map((i) => i.due)).toHaveLength(12);
    expect([dvc[0]!.due, dvc.at(-1)!.due]).toEqual(['2026-02-05', '2027-01-05']);
  });
  test('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', () => {
    expect(text).toContain('\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nHoàng Nam Khánh');
  });
});

describe('dak-lak-2026-pho-bien-phap-luat: two task sections and an appendix task table', () => {
  const plan = loadExample('dak-lak-2026-pho-bien-phap-luat');
  const doc = openDocx(renderDocx(plan).docx!);
  test('tasks of the section by theme, of the section by agency and of the table rows, all in plan.tasks', () => {
    expect(plan.tasks.map((t) => t.ref)).toEqual([
      'II.1.a', 'II.1.b', 'II.2.a', 'III.1-1', 'III.1-2', 'III.2', 'III.3-1', 'III.3-2', 'PL1.I.1', 'PL1.I.2', 'PL1.II.1', 'PL1.II.2',
    ]);
    expect(task(plan, 'pl-ke-hoach-xa').monitor.map((a) => a.id)).toEqual(['so-tu-phap']);
  });
  test('every task, and both parts of the split one, in the checklist', () => {
    const items = deriveChecklist(plan).checklist.items;
    expect(new Set(items.map((i) => i.source))).toEqual(new Set(plan.tasks.map((t) => t.path)));
    const split = items.filter((i) => i.id.includes('/pl-ke-hoach-xa/'));
    expect(split.map((i) => [i.output, i.due])).toEqual([['Kế hoạch của UBND xã, phường', '2026-02-15'], ['Báo cáo kết quả thực hiện', '2026-11-20']]);
  });
  test('the table: landscape section, two repeated header rows, “Phân công thực hiện” over three columns, vertical merges', () => {
    const sections = all(doc.document, 'sectPr');
    expect(sections.map((s) => attr(child(s, 'pgSz'), 'orient') ?? 'portrait')).toEqual(['portrait', 'landscape']);
    const table = all(doc.document, 'tbl').find((t) => documentText(t as never).includes('Phân công thực hiện'))!;
    const rows = all(table, 'tr');
    expect(rows.filter((r) => child(child(r, 'trPr')!, 'tblHeader'))).toHaveLength(2);
    const spans = all(rows[0]!, 'tc').map((c) => [documentText(c as never), attr(child(child(c, 'tcPr')!, 'gridSpan'), 'val'), attr(child(child(c, 'tcPr')!, 'vMerge'), 'val')]);
    expect(spans).toEqual([['TT', null, 'restart'], ['Nhiệm vụ', null, 'restart'], ['Sản phẩm', null, 'restart'], ['Thời gian hoàn thành', null, 'restart'], ['Phân công thực hiện', '3', null]]);
    // Group rows: the Roman number, then the title across the six other columns.
    const group = rows.find((r) => documentText(r as never).includes('Xây dựng, ban hành văn bản'))!;
    expect(all(group, 'tc').map((c) => attr(child(child(c, 'tcPr')!, 'gridSpan'), 'val'))).toEqual([null, '6']);
    // The task over two rows: TT, Nhiệm vụ, Chủ trì, Phối hợp, Theo dõi merged down; Sản phẩm and Thời gian per row.
    const i = rows.findIndex((r) => documentText(r as never).includes('Kế hoạch phổ biến, giáo dục pháp luật của cấp xã'));
    const merge = (r: number) => all(rows[r]!, 'tc').map((c) => { const v = child(child(c, 'tcPr')!, 'vMerge'); return v ? attr(v, 'val') ?? 'continue' : '-'; });
    expect(merge(i)).toEqual(['restart', 'restart', '-', '-', 'restart', 'restart', 'restart']);
    expect(merge(i + 1)).toEqual(['continue', 'continue', '-', '-', 'continue', 'continue', 'continue']);
    expect(all(rows[i + 1]!, 'tc').map((c) => documentText(c as never))).toEqual(['', '', 'Báo cáo kết quả thực hiện', 'Trước ngày 20/11 hằng năm', '', '', '']);
  });
  test('opening: Căn cứ … / Căn cứ … / Thực hiện … / Theo đề nghị …', () => {
    const ps = plan.opening.paragraphs;
    expect(ps.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['Căn cứ', 'Căn cứ', 'Thực hiện', 'Theo đề', 'Ủy ban']);
    expect(ps.map((p) => p.slice(-1))).toEqual([';', ';', ';', '.', ':']);
  });
  test('stacked signature TM. / KT. / PHÓ CHỦ TỊCH', () => {
    expect(renderText(plan)).toContain('\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Thị Minh Hạnh');
  });
});

describe('phu-tho-2025-cong-van-dich-vu-cong: công văn, labelled attribution, weekly report', () => {
  const plan = loadExample('phu-tho-2025-cong-van-dich-vu-cong');
  const text = renderText(plan);
  test('V/v and Kính gửi, no KẾ HOẠCH', () => {
    expect(text).toContain('Số: 2761/UBND-KSTT\nV/v Đẩy mạnh cung cấp dịch vụ công trực tuyến');
    expect(text).toContain('Kính gửi:\n- Các sở, ban, ngành tỉnh;');
    expect(text).not.toContain('KẾ HOẠCH');
  });
  test('labelled lines with the plan’s own labels, generated from the data', () => {
    expect(text).toContain(
      'định danh điện tử.\n\n- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.\n\n- Đơn vị phối hợp: Công an tỉnh; Ủy ban nhân dân các xã, phường.\n\n- Thời gian hoàn thành: Trong tháng 8/2025.\n\n1.2. Rà soát',
    );
    expect(text).toContain('- Thời gian hoàn thành: Hoàn thành trước 15/9/2025 và thực hiện thường xuyên.');
    expect(text).toContain('- Thời gian hoàn thành: Thường xuyên.');
    expect(text).toContain('- Đơn vị thực hiện: các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường.\n\n- Thời gian gửi báo cáo: Thứ Năm hằng tuần, trước 11 giờ 00, từ 14/8/2025 đến 31/12/2025.');
  });
  test('the weekly report: every Thursday from 14/8 to 25/12/2025 before 11:00, for each reporting agency', () => {
    const weekly = deriveChecklist(plan, { agency: 'ubnd-xa-phuong' }).checklist.items.filter((i) => i.recurrence === 'week');
    expect(weekly).toHaveLength(20);
    expect(weekly.every((i) => new Date(`${i.due}T00:00:00Z`).getUTCDay() === 4 && i.hour === '11:00' && i.dueKind === 'by')).toBe(true);
    expect([weekly[0]!.due, weekly.at(-1)!.due]).toEqual(['2025-08-14', '2025-12-25']);
  });
  test('“Hoàn thành trước … và thực hiện thường xuyên”: a dated item and an ongoing one', () => {
    const items = deriveChecklist(plan, { agency: 'ubnd-xa-phuong' }).checklist.items.filter((i) => i.id.includes('/trang-thiet-bi-xa/'));
    expect(items.map((i) => [i.due, i.dueKind, i.ongoing])).toEqual([['2025-09-15', 'before', false], [null, null, true]]);
  });
});

describe('thcs-hoa-khanh-2025-2026-kiem-tra-noi-bo: school year, named persons, monthly schedule table', () => {
  const plan = loadExample('thcs-hoa-khanh-2025-2026-kiem-tra-noi-bo');
  const { checklist } = deriveChecklist(plan);
  test('tasks assigned to persons of the school', () => {
    const thu = plan.agencies['ht-le-thi-thu']!;
    expect([thu.name, thu.kind]).toEqual(['Lê Thị Thu', 'ca-nhan']);
    expect(task(plan, 'kiem-tra-ho-so-to').lead.map((a) => a.name)).toEqual(['Nguyễn Thị Hoa', 'Phạm Văn Đức']);
  });
  test('“trước ngày 05 hằng tháng” over the school year: 05/9/2025 … 05/5/2026 for each tổ trưởng', () => {
    const hoa = checklist.items.filter((i) => i.id.includes('/kiem-tra-ho-so-to/') && i.agency?.id === 'tt-nguyen-thi-hoa');
    expect(hoa.map((i) => i.due)).toEqual(['2025-09-05', '2025-10-05', '2025-11-05', '2025-12-05', '2026-01-05', '2026-02-05', '2026-03-05', '2026-04-05', '2026-05-05']);
    expect(hoa.every((i) => i.dueKind === 'before')).toBe(true);
  });
  test('“Hằng năm”: one undated item, never an invented date', () => {
    const yearly = checklist.items.filter((i) => i.id.includes('/tu-danh-gia/'));
    expect(yearly.map((i) => [i.due, i.recurrence, i.ongoing])).toEqual([[null, 'year', true]]);
  });
  test('the schedule table: Tháng | Nội dung | Người thực hiện, six months', () => {
    const text = renderText(plan);
    expect(text).toContain('Tháng | Nội dung | Người thực hiện');
    const doc = openDocx(renderDocx(plan).docx!);
    const table = all(doc.document, 'tbl').find((t) => documentText(t as never).startsWith('Tháng'))!;
    const rows = all(table, 'tr');
    expect(rows).toHaveLength(7);
    expect(all(rows[3]!, 'tc').map((c) => documentText(c as never))).toEqual(['11/2025 - 12/2025', 'Kiểm tra chuyên đề: dạy học môn Khoa học tự nhiên, Lịch sử và Địa lí', 'Nguyễn Thị Hoa; Phạm Văn Đức']);
  });
  test('HIỆU TRƯỞNG, no authority line', () => {
    expect(renderText(plan)).toContain('\nHIỆU TRƯỞNG\n\n\nLê Thị Thu');
  });
});
