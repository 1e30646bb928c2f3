/**
 * Recogniser cases met in the corpus, on files built in memory: a task table with a two-row header,
 * group rows, a follow-up column, a task over two rows and an assignment by another document (corpus
 * 01's appendix); a numbered heading “Nơi nhận bài thi” inside the body (07); the signer's name set
 * below the signature table and recipients after the Lưu line (11); a one-row table of sentences (16).
 */
import { describe, expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { importPlan } from '@kehoach/import';
import type { TableInput, TaskInput } from '@kehoach/schema';
import { buildDocx, p } from './build-files.js';

const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
const tr = (cells: string, header = false) => `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
const tbl = (rows: string, cols: number) => `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1500"/>'.repeat(cols)}</w:tblGrid>${rows}</w:tbl>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
const vStart = '<w:vMerge w:val="restart"/>';
const vCont = '<w:vMerge/>';

const opening = [
  p('KẾ HOẠCH'),
  p('Cải cách hành chính năm 2026'),
  p('I. MỤC ĐÍCH, YÊU CẦU'),
  p('Nâng cao chất lượng cải cách hành chính.'),
  p('II. NHIỆM VỤ'),
].join('');

async function imported(bodyXml: string) {
  const r = await importPlan(buildDocx(bodyXml), { fileName: 'ke-hoach.docx' });
  const loaded = loadPlan(r.yaml!, { file: 'ke-hoach.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { r, plan: loaded.plan! };
}

const findTable = (body: unknown): TableInput | undefined => {
  let found: TableInput | undefined;
  JSON.stringify(body, (k, v) => {
    if (k === 'table' && !found) found = v as TableInput;
    return v;
  });
  return found;
};

describe('task tables', () => {
  test('two-row header, group rows, follow-up column, a task over two rows, an assignment by another document', async () => {
    const header =
      tr(tc('TT', vStart) + tc('Nhiệm vụ', vStart) + tc('Thời gian hoàn thành', vStart) + tc('Phân công', span(3)), true) +
      tr(tc('', vCont) + tc('', vCont) + tc('', vCont) + tc('Chủ trì thực hiện') + tc('Phối hợp thực hiện') + tc('Theo dõi, kiểm tra, đôn đốc'), true);
    const rows =
      tr(tc('I') + tc('Cải cách thể chế') + tc('') + tc('') + tc('') + tc('')) +
      tr(tc('1') + tc('Rà soát văn bản quy phạm pháp luật') + tc('Thường xuyên') + tc('Sở Tư pháp; UBND các xã, phường') + tc('Các cơ quan, đơn vị') + tc('Sở Tư pháp')) +
      tr(tc('2', vStart) + tc('Kiểm tra cải cách hành chính', vStart) + tc('Trong tháng 01/2026') + tc('Sở Nội vụ') + tc('') + tc('Sở Nội vụ')) +
      tr(tc('', vCont) + tc('', vCont) + tc('Chậm nhất trong tháng 6/2026') + tc('Các cơ quan, đơn vị') + tc('') + tc('Sở Nội vụ')) +
      tr(tc('3') + tc('Công bố thủ tục hành chính') + tc('Theo các mốc thời gian') + tc('Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh', span(2)) + tc('Văn phòng UBND tỉnh'));
    const { plan, r } = await imported(opening + tbl(header + rows, 6));
    const table = findTable(r.input!.body)!;
    expect(table.kind).toBe('tasks');
    expect(table.columns.map((c) => c.field)).toEqual(['number', 'text', 'time', 'lead', 'support', 'monitor']);
    expect(table.header?.length).toBe(2);
    expect(table.groups?.map((g) => g.title)).toEqual(['Cải cách thể chế']);
    const [first, second, third] = table.groups![0]!.rows as TaskInput[];
    expect([first!.lead, first!.support, first!.monitor]).toEqual([['so-tu-phap', 'ubnd-xa'], 'co-quan-don-vi', 'so-tu-phap']);
    expect(second!.parts?.map((x) => [x.lead, x.time?.note])).toEqual([
      ['so-noi-vu', 'Trong tháng 01/2026'],
      ['co-quan-don-vi', 'Chậm nhất trong tháng 6/2026'],
    ]);
    expect(third!.assignedBy).toEqual({ note: 'Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh' });
    expect(plan.tasks.map((t) => [t.text[0], t.lead.map((a) => a.id), t.monitor.map((a) => a.id), t.assignedBy ?? ''])).toEqual([
      ['Rà soát văn bản quy phạm pháp luật', ['so-tu-phap', 'ubnd-xa'], ['so-tu-phap'], ''],
      ['Kiểm tra cải cách hành chính', ['so-noi-vu'], ['so-noi-vu'], ''],
      ['Công bố thủ tục hành chính', [], ['vp-ubnd-tinh'], 'Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh'],
    ]);
    expect(r.report.counts).toMatchObject({ tasks: 3, tasksWithLead: 3 });
  });

  test('a table whose “người thực hiện” cell is a list of sentences stays a plain table (no agencies made of sentences)', async () => {
    const who = ['Thầy Luân triển khai trong HĐSP qua hộp thư điện tử của trường', 'GV, NV, học sinh', 'Thầy Cảnh triển khai thực hiện', 'Thầy Luân', 'Tổ trưởng phân công GV hoặc nhóm GV thực hiện', 'CBQL, GV', 'TTCM, GV', 'BCH công đoàn'];
    const rows = tr(tc('NỘI DUNG CÔNG VIỆC') + tc('NGƯỜI THỰC HIỆN')) + tr(tc('Triển khai văn bản chỉ đạo') + `<w:tc>${who.map((w) => p(`- ${w}`)).join('')}</w:tc>`);
    const { r } = await imported(opening + tbl(rows, 2));
    const table = findTable(r.input!.body)!;
    expect(table.kind).toBeUndefined();
    expect(Object.keys(r.input!.agencies)).not.toContain('thay-luan');
  });
});

describe('where the body ends, signature and recipients', () => {
  test('“4. Nơi nhận bài thi” is a heading of the body, not the recipients', async () => {
    const text = [
      'KẾ HOẠCH', 'Cuộc thi viết thư', 'I. THỂ LỆ', '1. Đối tượng dự thi', 'Học sinh dưới 15 tuổi.', '2. Nơi nhận bài thi', 'Báo Thiếu niên Tiền phong và Nhi đồng.',
      'II. KHEN THƯỞNG', 'Theo quy định của Ban Tổ chức.', 'Nơi nhận:', '- Sở Giáo dục và Đào tạo;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Đoàn Tấn Bửu',
    ].join('\n');
    const r = await importPlan(new TextEncoder().encode(text), { fileName: 'upu.txt' });
    expect(JSON.stringify(r.input!.body)).toContain('Báo Thiếu niên Tiền phong và Nhi đồng.');
    expect(JSON.stringify(r.input!.body)).toContain('Theo quy định của Ban Tổ chức.');
    expect(r.input!.recipients).toEqual({ to: [{ name: 'Sở Giáo dục và Đào tạo' }], archive: 'VT' });
    expect(r.input!.signature?.name).toBe('Đoàn Tấn Bửu');
  });

  test('the name below the signature table is the signer’s; recipients listed after “Lưu:” are kept', async () => {
    const sig = tbl(
      tr(
        `<w:tc>${[p('Nơi nhận:'), p('- Lưu: VT, GDMN.'), p('Bản điện tử:'), p('- Vụ GDMN-Bộ GD&amp;ĐT (báo cáo);'), p('- Lãnh đạo Sở GD&amp;ĐT.')].join('')}</w:tc>` +
          `<w:tc>${[p('KT. GIÁM ĐỐC'), p('PHÓ GIÁM ĐỐC')].join('')}</w:tc>`,
      ),
      2,
    );
    const { r } = await imported(opening + p('1. Rà soát văn bản.') + sig + p('Nguyễn Văn Thêm'));
    expect(r.input!.signature).toEqual({ authority: [{ type: 'KT', of: 'GIÁM ĐỐC' }], titles: ['PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn Thêm' });
    expect(r.input!.recipients).toEqual({ to: [{ name: 'Vụ GDMN-Bộ GD&ĐT', purpose: 'báo cáo' }, { name: 'Lãnh đạo Sở GD&ĐT' }], archive: 'VT, GDMN' });
    expect(JSON.stringify(r.input!.body)).not.toContain('Nguyễn Văn Thêm');
  });
});

describe('attribution as its own paragraph', () => {
  test('“(Công an xã chủ trì, phối hợp với … thực hiện)” after a task is its lead and support, printed back as written', async () => {
    const text = [
      'KẾ HOẠCH', 'Phòng, chống mua bán người', 'I. NHIỆM VỤ',
      '1. Công tác tham mưu',
      '- Tham mưu chỉ đạo thực hiện hiệu quả Chương trình phòng, chống mua bán người.',
      '(Các phòng chuyên môn xã, đoàn thể thực hiện).',
      '- Tham gia các hoạt động liên ngành phòng, chống mua bán người.',
      '(Công an xã chủ trì, phối hợp với Văn phòng UBND xã thực hiện)',
      '2. Công tác tiếp nhận nạn nhân',
      'Nâng cao hiệu quả công tác tiếp nhận nạn nhân.',
      '(Công an xã thực hiện)',
    ].join('\n');
    const r = await importPlan(new TextEncoder().encode(text), { fileName: 'ap.txt' });
    const loaded = loadPlan(r.yaml!, { file: 'ap.yaml' });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.plan!.tasks.map((t) => [t.text[0]!.slice(0, 30), t.lead.map((a) => a.id), t.support.map((a) => a.id)])).toEqual([
      ['Tham mưu chỉ đạo thực hiện hiệ', ['phong-chuyen-mon-xa-doan-the'], []],
      ['Tham gia các hoạt động liên ng', ['cong-an-xa'], ['van-phong-uy-ban-nhan-dan-xa']],
      ['Nâng cao hiệu quả công tác tiế', ['cong-an-xa'], []],
    ]);
    expect(r.yaml).toContain('attribution: parenthesis-paragraph');
    // “Công an xã chủ trì, phối hợp với Văn phòng UBND xã thực hiện” is what the data generates: not kept as wording
    expect(r.yaml).not.toContain('attribution: Công an xã chủ trì');
  });
});

describe('attribution wording and the draft date', () => {
  test('wording equal to what the plan generates is left out; other wording is kept', async () => {
    const text = [
      'KẾ HOẠCH', 'Tuyên truyền', 'I. NHIỆM VỤ',
      '1. Tổ chức tuyên truyền trên loa truyền thanh (Công an xã thực hiện).',
      '2. Tổ chức tập huấn cho cán bộ (Công an xã chủ trì thực hiện).',
      '3. Rà soát địa bàn (Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện).',
    ].join('\n');
    const r = await importPlan(new TextEncoder().encode(text), { fileName: 'tt.txt' });
    const tasks = JSON.parse(JSON.stringify(r.input!.body)).flatMap((s: { items: { tasks: { tasks: { lead: string; attribution?: string }[] } }[] }) => s.items.flatMap((i) => i.tasks.tasks));
    expect(tasks.map((t: { lead: string; attribution?: string }) => [t.lead, t.attribution])).toEqual([
      ['cong-an-xa', undefined],
      ['cong-an-xa', 'Công an xã chủ trì thực hiện'],
      ['cong-an-xa', undefined],
    ]);
  });

  test('“ngày [blank] tháng 12 năm 2025” is a draft month and year, with its comment on draftDate', async () => {
    const text = ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Lâm Đồng, ngày      tháng 12 năm 2025', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026', 'I. MỤC ĐÍCH', 'Nâng cao chất lượng.'].join('\n');
    const r = await importPlan(new TextEncoder().encode(text), { fileName: 'cchc.txt' });
    expect(r.input!.draftDate).toEqual({ year: 2025, month: 12 });
    expect(r.input!.date).toBeUndefined();
    expect(r.yaml).toMatch(/# kiểm tra: bản gốc để trống ngày \(“Lâm Đồng, ngày +tháng 12 năm 2025”\): dự thảo \(dòng 3\)\ndraftDate:\n  year: 2025\n  month: 12\n/);
    expect(r.input!.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Lâm Đồng', headerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'] });
    expect(r.input!.issuer.parent).toBeUndefined();
  });
});

describe('requested bodies heading their tasks', () => {
  test('“Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh:” is a group whose tasks are requested of them', async () => {
    const text = [
      'KẾ HOẠCH', 'Phòng, chống mua bán người', 'I. NHIỆM VỤ',
      '1. Công an tỉnh',
      '- Mở cao điểm tấn công tội phạm mua bán người.',
      '2. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh:',
      '- Đẩy nhanh tiến độ giải quyết các vụ án mua bán người.',
      '- Tổng hợp khó khăn, vướng mắc trong thực tiễn xét xử.',
    ].join('\n');
    const r = await importPlan(new TextEncoder().encode(text), { fileName: 'kh.txt' });
    const plan = loadPlan(r.yaml!, { file: 'kh.yaml' }).plan!;
    expect(plan.tasks.map((t) => [t.text[0], t.lead.map((a) => a.id), t.requested.map((a) => a.id)])).toEqual([
      ['Mở cao điểm tấn công tội phạm mua bán người.', ['cong-an-tinh'], []],
      ['Đẩy nhanh tiến độ giải quyết các vụ án mua bán người.', [], ['toa-an-nhan-dan-tinh', 'vien-kiem-sat-nhan-dan-tinh']],
      ['Tổng hợp khó khăn, vướng mắc trong thực tiễn xét xử.', [], ['toa-an-nhan-dan-tinh', 'vien-kiem-sat-nhan-dan-tinh']],
    ]);
    expect(r.report.counts!.tasks).toBe(3);
  });
});
