import { describe, expect, test } from 'vitest';
import { AgencyTable, splitAgencies } from '../src/recognise/agencies.js';
import { canonicalSpelling } from '../src/recognise/agency-names.js';
import { parseAttribution, parseLabelledLine } from '../src/recognise/attribution.js';
import { parseReferences } from '../src/recognise/references.js';

describe('references in the opening', () => {
  test('type, number, date, issuer and subject of each cited document', () => {
    expect(
      parseReferences('Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;'),
    ).toMatchObject([{ type: 'Nghị quyết', number: '202/2025/QH15', date: '2025-06-12', issuer: 'Ủy ban Thường vụ Quốc hội', subject: 'sắp xếp đơn vị hành chính cấp tỉnh' }]);
    expect(
      parseReferences('Thực hiện Công văn số 4850/BTTTT-HTQT ngày 26 tháng 11 năm 2021 của Bộ Thông tin và Truyền thông về việc tổ chức Cuộc thi Viết thư Quốc tế UPU lần thứ 51 năm 2022, Ủy ban nhân dân tỉnh xây dựng Kế hoạch'),
    ).toMatchObject([{ type: 'Công văn', number: '4850/BTTTT-HTQT', date: '2021-11-26', issuer: 'Bộ Thông tin và Truyền thông', subject: 'tổ chức Cuộc thi Viết thư Quốc tế UPU lần thứ 51 năm 2022' }]);
    const two = parseReferences('Căn cứ Công văn 4503/TCT ngày 07/7/2025 và Công văn số 3169/TCT06 ngày 16/7/2025 của Tổ công tác triển khai Đề án 06 về việc triển khai một số nhiệm vụ trọng tâm.');
    expect(two.map((r) => [r.number, r.date])).toEqual([['4503/TCT', '2025-07-07'], ['3169/TCT06', '2025-07-16']]);
    expect(parseReferences('Thực hiện Kế hoạch số 02/KH-BCĐ, ngày 03/01/2019 của Ban Chỉ đạo 138/CP Chính phủ về chỉ đạo triển khai')).toMatchObject([
      { type: 'Kế hoạch', number: '02/KH-BCĐ', date: '2019-01-03', issuer: 'Ban Chỉ đạo 138/CP Chính phủ' },
    ]);
  });
});

describe('agencies', () => {
  test('canonical spelling moves the old tone mark only where the vowels end the syllable (regression: “Đoàn” became “Đòan”)', () => {
    expect(['Uỷ ban nhân dân', 'Sở Văn hoá', 'Thuỷ lợi', 'Hoà Bình'].map(canonicalSpelling)).toEqual(['Ủy ban nhân dân', 'Sở Văn hóa', 'Thủy lợi', 'Hòa Bình']);
    expect(['Đoàn Thanh niên', 'kế toán, công đoàn', 'biên soạn', 'rà soát', 'khuyến nông'].map(canonicalSpelling)).toEqual(['Đoàn Thanh niên', 'kế toán, công đoàn', 'biên soạn', 'rà soát', 'khuyến nông']);
  });

  test('lists split without breaking names that hold commas', () => {
    expect(splitAgencies('Sở Tư pháp, Công an tỉnh và các sở, ban, ngành, địa phương')).toEqual(['Sở Tư pháp', 'Công an tỉnh', 'các sở, ban, ngành, địa phương']);
    expect(splitAgencies('Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo')).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Giáo dục và Đào tạo']);
  });

  test('one body under several spellings is one agency with a readable id', () => {
    const t = new AgencyTable();
    expect(t.add('Ủy ban nhân dân tỉnh')).toBe('ubnd-tinh');
    expect(t.add('UBND tỉnh')).toBe('ubnd-tinh');
    expect(t.add('Uỷ ban nhân dân tỉnh')).toBe('ubnd-tinh');
    expect(t.add('Sở VHTTDL')).toBe('so-vhttdl');
    expect(t.add('Sở Văn hóa, Thể thao và Du lịch')).toBe('so-vhttdl');
    expect(t.add('Công an tỉnh')).toBe('cong-an-tinh');
    expect(t.add('UBND các xã, phường, đặc khu')).toBe('ubnd-xa');
    expect(t.add('Tòa án nhân dân tỉnh')).toBe('toa-an-nhan-dan-tinh');
    expect(t.list().map((a) => [a.id, a.name, a.shortName, a.level, a.kind])).toEqual([
      ['ubnd-tinh', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'tinh', 'ubnd'],
      ['so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL', 'tinh', 'chuyen-mon'],
      ['cong-an-tinh', 'Công an tỉnh', undefined, 'tinh', 'cong-an'],
      ['ubnd-xa', 'UBND các xã, phường, đặc khu', undefined, 'xa', 'ubnd'],
      ['toa-an-nhan-dan-tinh', 'Tòa án nhân dân tỉnh', undefined, 'tinh', 'to-tung'],
    ]);
  });
});

describe('attribution in every style', () => {
  test('inline, the lead a name with commas (seed lang-son), but not a sentence that does not start with an agency', () => {
    expect(parseAttribution('Sở Lao động, Thương binh và Xã hội chủ trì, phối hợp với các lực lượng có liên quan:')).toMatchObject({
      lead: ['Sở Lao động, Thương binh và Xã hội'],
      support: ['các lực lượng có liên quan'],
      style: 'inline',
    });
    expect(parseAttribution('Tăng cường phối hợp, chủ trì các hoạt động truyền thông')).toBeUndefined();
  });

  test('“Giao X tham mưu …” names the lead (corpus 01); “Đề nghị X, Y” as a heading names the requested bodies', () => {
    expect(parseAttribution('Giao Công an tỉnh tham mưu Ủy ban nhân dân tỉnh triển khai ứng dụng AI trong công tác giám sát an ninh mạng.')).toMatchObject({ lead: ['Công an tỉnh'], style: 'assigned' });
    expect(parseAttribution('Giao Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh) tham mưu triển khai')).toMatchObject({ lead: ['Văn phòng Ủy ban nhân dân tỉnh'] });
    expect(parseAttribution('Giao nhiệm vụ cho các đơn vị thực hiện')).toBeUndefined();
    expect(parseAttribution('Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh')).toMatchObject({ requested: ['Tòa án nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh'], style: 'requested' });
  });

  test('an agency is named as the original writes it most often; other spellings are its short name or aliases', () => {
    const t = new AgencyTable();
    t.add('Văn phòng Ủy ban nhân dân tỉnh');
    t.add('Văn phòng UBND tỉnh');
    t.add('Văn phòng UBND tỉnh');
    expect(t.list()).toMatchObject([{ id: 'vp-ubnd-tinh', name: 'Văn phòng UBND tỉnh', aliases: ['Văn phòng Ủy ban nhân dân tỉnh'] }]);
  });
  test('trailing parenthesis', () => {
    expect(parseAttribution('Tổ chức tuyên truyền về phòng, chống mua bán người (Sở Tư pháp, Công an tỉnh phối hợp các sở, ngành, địa phương thực hiện).')).toEqual({
      lead: ['Sở Tư pháp', 'Công an tỉnh'],
      support: ['các sở, ngành, địa phương'],
      requested: [],
      style: 'parenthesis',
      text: 'Tổ chức tuyên truyền về phòng, chống mua bán người.',
    });
  });
  test('inline at the start', () => {
    expect(parseAttribution('Sở Tư pháp chủ trì, phối hợp với Công an tỉnh và Sở Giáo dục và Đào tạo tổ chức tuyên truyền.')).toMatchObject({
      lead: ['Sở Tư pháp'],
      support: ['Công an tỉnh', 'Sở Giáo dục và Đào tạo'],
      style: 'inline',
    });
  });
  test('requested bodies', () => {
    expect(parseAttribution('Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp chặt chẽ trong công tác điều tra.')).toMatchObject({
      requested: ['Viện Kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh'],
      style: 'requested',
    });
  });
  test('labelled lines', () => {
    expect(parseLabelledLine('- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.')).toEqual({ field: 'lead', value: 'Sở Khoa học và Công nghệ' });
    expect(parseLabelledLine('- Đơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường, đặc khu.')).toEqual({ field: 'support', value: 'Các sở, ban, ngành; UBND các xã, phường, đặc khu' });
    expect(parseLabelledLine('- Thời gian hoàn thành: Trong tháng 8/2025.')).toEqual({ field: 'time', value: 'Trong tháng 8/2025' });
    expect(parseLabelledLine('- Tổ chức tuyên truyền.')).toBeUndefined();
  });
});
