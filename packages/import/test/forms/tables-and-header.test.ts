/**
 * A table that is the plan (issue 20, form 7) and a header laid out with tabs, a place and date set
 * below the body, a signature table whose cells hold line breaks (form 9), on DOCX files of the team's
 * own built in memory.
 */
import { describe, expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { deriveChecklist } from '@kehoach/checklist';
import { findDoers, properCase } from '@kehoach/nd30';
import { importPlan } from '@kehoach/import';
import { buildDocx, p } from '../build-files.js';

const W = (inner: string) => `<w:p><w:r><w:t xml:space="preserve">${inner}</w:t></w:r></w:p>`;
const tabbed = (left: string, right: string) => `<w:p><w:r><w:t xml:space="preserve">${left}</w:t></w:r><w:r><w:tab/><w:tab/></w:r><w:r><w:t xml:space="preserve">${right}</w:t></w:r></w:p>`;
const broken = (...lines: string[]) => `<w:p><w:r>${lines.map((l, i) => `${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${l}</w:t>`).join('')}</w:r></w:p>`;
const tc = (paras: string) => `<w:tc>${paras}</w:tc>`;
const tbl = (rows: string[]) => `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="6000"/><w:gridCol w:w="3000"/></w:tblGrid>${rows.map((r) => `<w:tr>${r}</w:tr>`).join('')}</w:tbl>`;
const noBorders = (rows: string[]) => `<w:tbl><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${rows.map((r) => `<w:tr>${r}</w:tr>`).join('')}</w:tbl>`;

async function imported(xml: string) {
  const r = await importPlan(buildDocx(xml), { fileName: 'ke-hoach-thang.docx' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const loaded = loadPlan(r.yaml!, { file: 'ke-hoach.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { r, plan: loaded.plan! };
}

const work = ['1. Chuyên môn:', '- Kiểm tra lại trong hè cho học sinh lớp 6.', '- Nộp kế hoạch dạy học trước 20/9.', '2. Công tác khác:', '- Vận động học sinh tham gia bảo hiểm y tế.'];
const who = ['- Thầy An', '- Tổ trưởng chỉ đạo GV thực hiện', '- Cô Bình+ GVCN'];

describe('a table that is the plan: work in one column, who does it line by line in the other', () => {
  test('each item is a task led by whoever its line names; the words keep the original’s order', async () => {
    const { plan } = await imported([
      tabbed('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      tabbed('TRƯỜNG THCS AN BÌNH', 'Độc lập - Tự do - Hạnh phúc'),
      p('KẾ HOẠCH THÁNG 9 NĂM 2026'),
      tbl([tc(p('NỘI DUNG CÔNG VIỆC')) + tc(p('NGƯỜI THỰC HIỆN')), tc(work.map((w) => p(w)).join('')) + tc(who.map((w) => p(w)).join(''))]),
      p('An Bình, ngày      tháng 9 năm 2026'),
    ].join(''));
    expect(plan.tasks.map((t) => [t.text[0]!.split(' ').slice(0, 3).join(' '), t.lead.map((a) => a.name)])).toEqual([
      ['Kiểm tra lại', ['Thầy An']],
      ['Nộp kế hoạch', ['Tổ trưởng', 'GV']],
      ['Vận động học', ['Cô Bình', 'GVCN']],
    ]);
    const { checklist } = deriveChecklist(plan);
    expect(checklist.items.filter((i) => i.ref === plan.tasks[1]!.ref).map((i) => i.due)).toContain('2026-09-20');
    expect(plan.agencies[plan.tasks[0]!.lead[0]!.id]?.kind).toBe('ca-nhan');
    // header laid out with tabs; the place and date set below the table
    expect([plan.issuer.name, plan.issuer.parent?.name, plan.issuer.place, plan.draftDate]).toEqual(['Trường THCS An Bình', 'Phòng Giáo dục và Đào tạo huyện An Bình', 'An Bình', { year: 2026, month: 9 }]);
  });

  test('when the lines do not pair with the items, the table stays a table and the YAML says to check it', async () => {
    const { r, plan } = await imported([p('KẾ HOẠCH THÁNG 9 NĂM 2026'), tbl([tc(p('NỘI DUNG CÔNG VIỆC')) + tc(p('NGƯỜI THỰC HIỆN')), tc(work.map((w) => p(w)).join('')) + tc(who.slice(0, 2).map((w) => p(w)).join(''))])].join(''));
    expect(plan.tasks).toEqual([]);
    expect(r.yaml).toMatch(/# kiểm tra: bảng “NỘI DUNG CÔNG VIỆC \| NGƯỜI THỰC HIỆN”: 3 việc nhưng 2 dòng/);
  });
});

describe('who a “người thực hiện” line names', () => {
  test.each([
    ['- Thầy An triển khai trong hội đồng sư phạm, các tổ chuyên môn, gv thực hiện', ['Thầy An', 'các tổ chuyên môn', 'gv']],
    ['- GV,NV, học sinh', ['GV', 'NV', 'học sinh']],
    ['- Cô Bình rà soát và báo cho GVCN vận động', ['Cô Bình', 'GVCN']],
    ['- GVCN khối 9 tổng hợp gửi cho Cô Bình để báo về phòng', ['GVCN khối 9', 'Cô Bình']],
    ['- BCH công đoàn', ['BCH công đoàn']],
  ])('%s', (line, names) => {
    expect(findDoers(line)).toEqual(names);
  });
});

describe('the header as Vietnamese writes it', () => {
  test('names in capitals become names as written', () => {
    expect(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', 'TRƯỜNG THPT LÊ LỢI', 'BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI XÃ'].map(properCase)).toEqual([
      'Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân xã An Bình', 'Trường THPT Lê Lợi', 'Ban Chỉ đạo phòng, chống thiên tai xã',
    ]);
  });
  test('“KẾ HOẠCH HÀNH ĐỘNG” is the type line; a signature table whose cells hold line breaks gives every recipient and the signer', async () => {
    const { plan } = await imported([
      p('ỦY BAN NHÂN DÂN XÃ AN BÌNH'), p('Số: 12/KH-UBND'), p('An Bình, ngày 05 tháng 01 năm 2026'),
      p('KẾ HOẠCH HÀNH ĐỘNG'), p('Phòng, chống thiên tai năm 2026'),
      p('I. NHIỆM VỤ'), p('1. Công an xã rà soát người lưu trú.'),
      noBorders([tc(broken('Nơi nhận:', '- Ủy ban nhân dân huyện;', '- Các thôn; - Lưu: VT.')) + tc([W('TM. ỦY BAN NHÂN DÂN'), W('CHỦ TỊCH'), W(''), W('Nguyễn Văn An')].join(''))]),
    ].join(''));
    expect([plan.typeLine, plan.title]).toEqual(['KẾ HOẠCH HÀNH ĐỘNG', 'Phòng, chống thiên tai năm 2026']);
    expect(plan.signatures[0]?.name).toBe('Nguyễn Văn An');
    expect(plan.recipients?.to.map((x) => x.name)).toEqual(['Ủy ban nhân dân huyện', 'Các thôn']);
  });
});

describe('never wrong quietly', () => {
  test('a symbol typed with stray spaces keeps its abbreviation', async () => {
    const text = ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 12/KH- PGD&ĐT', 'An Bình, ngày 05 tháng 01 năm 2026', 'KẾ HOẠCH', 'Kiểm tra nội bộ năm học 2025 - 2026', 'I. NHIỆM VỤ', '1. Các trường rà soát hồ sơ.'].join('\n\n');
    const r = await importPlan(new TextEncoder().encode(text), { fileName: 'kh.txt' });
    expect([r.input!.symbol, r.input!.issuer.abbreviation]).toEqual(['KH-PGD&ĐT', 'PGD&ĐT']);
  });
  test('a time sentence is never swallowed into an agency: the name is left out and marked to check', async () => {
    const { importBody } = await import('./plan-text.js');
    const { r, plan } = await importBody(['I. NHIỆM VỤ', '(1) Rà soát hồ sơ hộ nghèo.', '- Đơn vị chủ trì: Công an xã trước ngày 30/6/2026 hoàn thành rà soát.'].join('\n'));
    expect(Object.values(plan.agencies).map((a) => a.name)).not.toContain('Công an xã trước ngày 30/6/2026 hoàn thành rà soát');
    expect(plan.tasks[0]!.lead).toEqual([]);
    expect(r.yaml).toMatch(/# kiểm tra: tên cơ quan đọc được không giống tên một cơ quan/);
  });
  test('a plan that does not load is an error of the importer’s code table (the command writes nothing then)', async () => {
    const { IMPORT_CODES } = await import('../../src/codes.js');
    expect(IMPORT_CODES.codes.IMPORT_OUTPUT_INVALID.severity).toBe('error');
  });
});
