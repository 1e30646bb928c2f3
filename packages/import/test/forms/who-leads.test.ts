/**
 * Who leads each duty, who supports it (issue 20, forms 1–3 and 8), on plans of the team's own: by-agency
 * headings of every form, the assignment inside the sentence, labelled lines in every variant and
 * position, compound lists split into bodies.
 */
import { describe, expect, test } from 'vitest';
import { importBody, who } from './plan-text.js';

describe('by-agency headings of every form', () => {
  test('a compound heading is split into bodies; a tax office, heads of bodies and a person lead their items', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Công an xã và các thôn, tổ dân phố',
      '- Rà soát người lưu trú trên địa bàn.',
      '2. Thuế cơ sở 3',
      '- Tuyên truyền chính sách thuế cho hộ kinh doanh.',
      '3. Giám đốc các hợp tác xã',
      '- Bố trí lực lượng trực phòng chống lụt bão.',
      '4. Phó Chủ tịch Trần Văn Bình:',
      'Chỉ đạo diễn tập phương án sơ tán dân.',
    ].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Rà soát người', ['Công an xã', 'Các thôn, tổ dân phố'], [], []],
      ['Tuyên truyền chính', ['Thuế cơ sở 3'], [], []],
      ['Bố trí lực', ['Giám đốc các hợp tác xã'], [], []],
      ['Chỉ đạo diễn', ['Phó Chủ tịch Trần Văn Bình'], [], []],
    ]);
    expect(plan.agencies[plan.tasks[3]!.lead[0]!.id]?.kind).toBe('ca-nhan');
  });

  test('“Đề nghị X” heads duties asked of X; “Giao X” and “X chủ trì, phối hợp Y” head duties led by X', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã',
      '- Vận động nhân dân tham gia phòng chống thiên tai.',
      '2. Giao Phòng Kinh tế thực hiện',
      '- Kiểm tra hệ thống đê bao.',
      '3. Phòng Văn hóa - Xã hội chủ trì, phối hợp với các thôn',
      '- Thống kê hộ có người già, trẻ em.',
    ].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Vận động nhân', [], [], ['Ủy ban Mặt trận Tổ quốc Việt Nam xã']],
      ['Kiểm tra hệ', ['Phòng Kinh tế'], [], []],
      ['Thống kê hộ', ['Phòng Văn hóa - Xã hội'], ['Các thôn'], []],
    ]);
  });

  test('an inline heading “X: …” leads the duty after its colon', async () => {
    const { plan } = await importBody(['I. TỔ CHỨC THỰC HIỆN', '1. Các thôn, tổ dân phố: Căn cứ Kế hoạch này, tổ chức tuyên truyền đến từng hộ dân.', '2. Trạm Y tế xã chỉ đạo các tổ y tế thôn: Chuẩn bị cơ số thuốc dự phòng.'].join('\n'));
    expect(who(plan, 4)).toEqual([
      ['Căn cứ Kế hoạch', ['Các thôn, tổ dân phố'], [], []],
      ['Chuẩn bị cơ số', ['Trạm Y tế xã'], [], []],
    ]);
    expect(plan.tasks[0]!.text[0]).toBe('Căn cứ Kế hoạch này, tổ chức tuyên truyền đến từng hộ dân.');
  });

  test('a lead-in sentence heads the items after it; an item with its own subject leads itself', async () => {
    const { plan } = await importBody(['I. TỔ CHỨC THỰC HIỆN', 'Trưởng thôn, hiệu trưởng các trường thực hiện:', '- Phổ biến Kế hoạch đến nhân dân.', '- Các tổ dân phố ven sông chủ động gia cố nhà văn hóa.'].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Phổ biến Kế', ['Trưởng thôn', 'Hiệu trưởng các trường'], [], []],
      ['Các tổ dân', ['Các tổ dân phố ven sông'], [], []],
    ]);
  });
});

describe('the assignment inside the sentence', () => {
  test('the subject leads; “Đề nghị” asks; “Đối với X, …” and “Căn cứ …, X …” name X; partners after “phối hợp với” support', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Công an xã tham mưu Ủy ban nhân dân xã kiện toàn lực lượng xung kích.',
      '2. Các trường học tổ chức dạy bơi cho học sinh.',
      '3. Đề nghị Hội Chữ thập đỏ xã vận động quyên góp hỗ trợ người dân.',
      '4. Đối với các hợp tác xã nông nghiệp, ban quản trị bố trí máy bơm tiêu úng.',
      '5. Căn cứ kế hoạch này, các thôn chủ động xây dựng phương án.',
      '6. Kiểm tra các điểm sạt lở; phối hợp với Công an xã và các thôn cắm biển cảnh báo.',
      '7. Tổ chức diễn tập phương án sơ tán dân.',
    ].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Công an xã', ['Công an xã'], [], []],
      ['Các trường học', ['Các trường học'], [], []],
      ['vận động quyên', [], [], ['Hội Chữ thập đỏ xã']],
      ['Đối với các', ['Các hợp tác xã nông nghiệp'], [], []],
      ['Căn cứ kế', ['Các thôn'], [], []],
      ['Kiểm tra các', [], ['Công an xã', 'Các thôn'], []],
      ['Tổ chức diễn', [], [], []],
    ]);
  });

  test('under an agency heading, a body asked by that agency: the agency still leads', async () => {
    const { plan } = await importBody(['I. NHIỆM VỤ', '1. Phòng Văn hóa - Xã hội', 'a) Biên soạn tài liệu tuyên truyền.', 'b) Đề nghị Đài truyền thanh xã phát sóng tài liệu hằng tuần.'].join('\n'));
    expect(who(plan, 3)[1]).toEqual(['phát sóng tài', ['Phòng Văn hóa - Xã hội'], [], ['Đài truyền thanh xã']]);
  });
});

describe('labelled lines in every variant and position', () => {
  test('one set per duty, after it, as its own lines or at the same dash level: a label never reaches the next duty', async () => {
    const { plan, checklist } = await importBody([
      'I. NHIỆM VỤ',
      '(1) Nạo vét kênh mương nội đồng.',
      '- Đơn vị chủ trì thực hiện: Phòng Kinh tế.',
      '- Đơn vị phối hợp: Các thôn; Hợp tác xã Nông nghiệp An Bình.',
      '- Thời gian hoàn thành: Trong tháng 3/2026.',
      '(2) Gia cố đê bao xung yếu.',
      '- Đơn vị tham mưu thực hiện: Phòng Kinh tế chủ trì, phối hợp với Công an xã.',
      '(3) Rà soát nhà ở không an toàn.',
      '- Thời gian hoàn thành: Thực hiện thường xuyên.',
      'II. NHIỆM VỤ KHÁC',
      '- Chuẩn bị lương thực dự trữ.',
      '- Đơn vị tham mưu, thực hiện: Phòng Văn hóa - Xã hội',
      '- Kiểm tra nhà văn hóa thôn.',
    ].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Nạo vét kênh', ['Phòng Kinh tế'], ['Các thôn', 'Hợp tác xã Nông nghiệp An Bình'], []],
      ['Gia cố đê', ['Phòng Kinh tế'], ['Công an xã'], []],
      ['Rà soát nhà', [], [], []],
      ['Chuẩn bị lương', ['Phòng Văn hóa - Xã hội'], [], []],
      ['Kiểm tra nhà', [], [], []],
    ]);
    const due = (ref: string) => checklist.items.filter((i) => i.ref === ref).map((i) => i.due);
    expect(due(plan.tasks[0]!.ref)).toContain('2026-03-31');
    expect(due(plan.tasks[2]!.ref).every((d) => d === null)).toBe(true);
  });
});

describe('sections and lists that change who is named', () => {
  test('a KIẾN NGHỊ section asks the bodies it names', async () => {
    const { plan } = await importBody(['I. NHIỆM VỤ', '1. Công an xã rà soát người lưu trú.', 'II. KIẾN NGHỊ', '1. Ban Chỉ huy quân sự huyện: Hỗ trợ lực lượng, phương tiện khi có lũ lớn.'].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Công an xã', ['Công an xã'], [], []],
      ['Hỗ trợ lực', [], [], ['Ban Chỉ huy quân sự huyện']],
    ]);
  });
  test('under a body’s heading, a sentence whose subject is that body’s head stays the body’s', async () => {
    const { plan } = await importBody(['I. NHIỆM VỤ', '1. Các trường học', '- Hiệu trưởng các trường chịu trách nhiệm về an toàn của học sinh.', '- Các tổ chuyên môn lồng ghép nội dung phòng tránh đuối nước.'].join('\n'));
    expect(who(plan, 2)).toEqual([
      ['Hiệu trưởng', ['Các trường học'], [], []],
      ['Các tổ', ['Các tổ chuyên môn'], [], []],
    ]);
  });
  test('a star heading typed without its space heads the paragraphs under it; a numbered item run on into the paragraph before is split off', async () => {
    const { plan } = await importBody(['I. NHIỆM VỤ', '1. Tuyên truyền phòng chống thiên tai. Cụ thể:', '*Về tuyên truyền trên loa truyền thanh', 'Phát tin cảnh báo trước mùa mưa bão.', '2. Hồ sơ gồm: danh sách hộ (có xác nhận của thôn) 3. Thời gian thực hiện: Các thôn gửi hồ sơ về Ủy ban nhân dân xã trước ngày 30/4/2026.'].join('\n'));
    const texts = plan.tasks.map((t) => t.text.join(' '));
    expect(texts).toContain('Phát tin cảnh báo trước mùa mưa bão.');
    expect(who(plan, 3).find((x) => x[0] === 'Các thôn gửi')).toEqual(['Các thôn gửi', ['Các thôn'], [], []]);
  });
});

describe('a parenthesis paragraph after a run of items (issue 20, seeds)', () => {
  test('closing its group, it attributes every item of the run, also one whose sentence starts with a subject', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Phòng, chống sạt lở bờ sông',
      'a) Lực lượng dân quân thường trực tuần tra các đoạn bờ sông xung yếu.',
      'b) Cắm biển cảnh báo tại các điểm sạt lở.',
      'c) Di dời các hộ ở vùng nguy hiểm đến nơi an toàn.',
      '(Ban Chỉ huy quân sự xã, Công an xã chủ trì phối hợp các thôn thực hiện).',
      '2. Vệ sinh môi trường sau lũ',
      '- Phun hóa chất khử khuẩn tại các thôn bị ngập (Trạm Y tế xã thực hiện).',
      '- Thu gom rác thải sau lũ.',
    ].join('\n'));
    const leads = ['Ban Chỉ huy quân sự xã', 'Công an xã'];
    expect(who(plan, 3)).toEqual([
      ['Lực lượng dân', leads, ['Các thôn'], []],
      ['Cắm biển cảnh', leads, ['Các thôn'], []],
      ['Di dời các', leads, ['Các thôn'], []],
      ['Phun hóa chất', ['Trạm Y tế xã'], [], []],
      // an item's own parenthesis speaks for that item only
      ['Thu gom rác', [], [], []],
    ]);
  });
  test('in the middle of a list, back to the previous item that names someone; an item naming its own doer keeps it', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Tuyên truyền',
      '- Công an xã phát tin cảnh báo mưa lũ trên loa truyền thanh.',
      '- Xây dựng tờ rơi hướng dẫn kỹ năng phòng tránh đuối nước.',
      '- Tổ chức lớp tập huấn kỹ năng bơi cho học sinh.',
      '(Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện)',
      '- Treo băng rôn tại trụ sở các thôn.',
      '(Các thôn thực hiện)',
    ].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Công an xã', ['Công an xã'], [], []],
      ['Xây dựng tờ', ['Phòng Văn hóa - Xã hội'], ['Đoàn Thanh niên xã'], []],
      ['Tổ chức lớp', ['Phòng Văn hóa - Xã hội'], ['Đoàn Thanh niên xã'], []],
      ['Treo băng rôn', ['Các thôn'], [], []],
    ]);
  });
  test('under a heading that names who leads, a parenthesis speaks for its item only', async () => {
    const { plan } = await importBody(['I. NHIỆM VỤ', '1. Công an xã', '- Rà soát người lưu trú.', '- Tuần tra ban đêm.', '(Công an xã chủ trì, phối hợp với các thôn thực hiện)'].join('\n'));
    expect(who(plan, 2)).toEqual([
      ['Rà soát', ['Công an xã'], [], []],
      ['Tuần tra', ['Công an xã'], ['Các thôn'], []],
    ]);
  });
  test('a duty whose next paragraph ends with the parenthesis: the parenthesis is the duty’s', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Tuyên truyền',
      '- Tổ chức tuyên truyền về phòng chống đuối nước (Đoàn Thanh niên xã thực hiện).',
      '- Tổ chức tuyên truyền về an toàn giao thông trong dịp lễ.',
      'Lồng ghép nội dung an toàn giao thông vào các buổi họp thôn (Các thôn, Công an xã thực hiện).',
    ].join('\n'));
    expect(who(plan, 6).map((x) => x.slice(1))).toEqual([
      [['Đoàn Thanh niên xã'], [], []],
      [['Các thôn', 'Công an xã'], [], []],
    ]);
  });
  test('a parenthesis after a duty written as a paragraph, with items after it, is that duty’s, not the heading’s', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Hỗ trợ người dân sau lũ',
      'Thống kê thiệt hại về nhà ở, cây trồng, vật nuôi của từng hộ.',
      '(Công an xã, các thôn thực hiện)',
      '- Cấp phát gạo cứu trợ cho các hộ bị thiệt hại nặng.',
      '- Hướng dẫn thủ tục nhận hỗ trợ khôi phục sản xuất.',
      '(Phòng Kinh tế chủ trì, phối hợp với Công an xã, cơ sở thôn thực hiện)',
    ].join('\n'));
    expect(who(plan, 3)).toEqual([
      ['Thống kê thiệt', ['Công an xã', 'Các thôn'], [], []],
      ['Cấp phát gạo', ['Phòng Kinh tế'], ['Công an xã', 'Cơ sở thôn'], []],
      ['Hướng dẫn thủ', ['Phòng Kinh tế'], ['Công an xã', 'Cơ sở thôn'], []],
    ]);
  });
  test('a basis listing documents between “;”, then who acts or who is asked (issue 20, seeds)', async () => {
    const { plan } = await importBody([
      'I. NHIỆM VỤ',
      '1. Công an xã rà soát người lưu trú.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trên cơ sở Kế hoạch này; Công văn số 15/UBND-VP ngày 02/01/2026 của Ủy ban nhân dân huyện về thực hiện công tác phòng chống thiên tai và nhiệm vụ được phân công, các thôn, tổ dân phố chủ động xây dựng phương án tại chỗ.',
      '2. Căn cứ các văn bản chỉ đạo của cấp trên; Kế hoạch số 20/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã, đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Ban chỉ đạo phòng chống thiên tai các thôn tuyên truyền, vận động nhân dân.',
    ].join('\n'));
    expect(who(plan, 3).slice(1)).toEqual([
      ['Trên cơ sở', ['Các thôn, tổ dân phố'], [], []],
      ['Căn cứ các', [], [], ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Ban chỉ đạo phòng chống thiên tai các thôn']],
    ]);
  });
});

