/**
 * The forms received plans write, as tables of nd30 (issue 20): each entry's example gives what the
 * entry says it gives, and a few sentences of the team's own show what the forms do not read.
 */
import { describe, expect, test } from 'vitest';
import { RECEIVED_TIME_RULES, findAttribution, findPartners, readReportDues, findSubject, parseAgencyHeading, parseTime, readNameList, splitNames, withoutCitedDates } from '@kehoach/nd30';
import { KNOWN_BODIES, knownBodyAt } from '../src/attribution/known-bodies.js';
import { HEADING_FORMS } from '../src/attribution/parse-heading.js';
import { SUBJECT_FORMS } from '../src/attribution/subject.js';
import { RECEIVED_TIME_FORMS } from '../src/time/received-rules.js';

describe('each form’s example', () => {
  test.each(SUBJECT_FORMS.map((f) => [f.name, f] as const))('subject form %s', (_n, f) => {
    const found = findSubject(f.example)!;
    expect(found.form).toBe(f.name);
    expect(f.role === 'requested' ? found.requested : found.lead).toEqual(f.names);
  });
  test.each(HEADING_FORMS.map((f) => [f.name, f] as const))('heading form %s', (_n, f) => {
    expect(parseAgencyHeading(f.example)).toMatchObject({ ...f.names, form: f.name });
  });
  test.each(KNOWN_BODIES.map((b) => [b.example] as const))('known body %s', (example) => {
    expect(knownBodyAt(`${example} chủ trì thực hiện.`)).toBe(example);
  });
  test.each(RECEIVED_TIME_FORMS.filter((f) => Object.keys(f.means).length).map((f) => [f.example, f] as const))('time form “%s”', (example, f) => {
    expect(parseTime(example, { rules: RECEIVED_TIME_RULES, year: 2026 })?.time).toEqual(f.means);
  });
});

describe('who a sentence names', () => {
  test('the subject of a duty, up to the first word of what it does', () => {
    expect(findSubject('Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện.')?.lead).toEqual(['Sở Nội vụ']);
    expect(findSubject('Các thôn, tổ dân phố có liên quan tổ chức tuyên truyền đến từng hộ dân.')?.lead).toEqual(['Các thôn, tổ dân phố có liên quan']);
    expect(findSubject('Thủ trưởng các phòng chuyên môn và Chủ tịch Hội Nông dân xã trực tiếp chỉ đạo.')?.lead).toEqual(['Thủ trưởng các phòng chuyên môn', 'Chủ tịch Hội Nông dân xã']);
    expect(findSubject('Các thôn, tổ chức đoàn thể, hội viên nông dân tổ chức ra quân làm thủy lợi.')?.lead).toEqual(['Các thôn, tổ chức đoàn thể, hội viên nông dân']);
    expect(findSubject('Trưởng thôn, bí thư chi bộ, giám đốc các hợp tác xã thực hiện:')?.lead).toEqual(['Trưởng thôn', 'bí thư chi bộ', 'giám đốc các hợp tác xã']);
  });
  test('things that start like a body name nobody', () => {
    for (const s of ['Các hoạt động tuyên truyền phải được tổ chức thường xuyên.', 'Ban hành quyết định kiện toàn Ban Chỉ đạo.', 'Tổ chức diễn tập phương án sơ tán.', 'Phòng, chống thiên tai là nhiệm vụ của cả hệ thống chính trị.']) {
      expect(findSubject(s)).toBeUndefined();
    }
  });
  test('a known body’s name ends where it ends; the rest is what it does', () => {
    expect(readNameList('Sở Y tế đưa nội dung phòng bệnh vào chương trình', { needPredicate: false })?.names).toEqual(['Sở Y tế']);
    expect(readNameList('Công an xã và các thôn, tổ dân phố kiểm tra', { needPredicate: false })?.names).toEqual(['Công an xã', 'các thôn, tổ dân phố']);
    expect(readNameList('Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) hướng dẫn')?.names).toEqual(['Văn phòng UBND tỉnh']);
  });
  test('partners after “phối hợp với”, not an instrument nor words that name no body', () => {
    expect(findPartners('Rà soát hộ nghèo; phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể vận động nhân dân.')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'các đoàn thể']);
    expect(findPartners('Xây dựng quy chế phối hợp với Công an xã trong quản lý cư trú.')).toEqual([]);
    expect(findPartners('Phối hợp chặt chẽ với gia đình, cộng đồng trong giáo dục trẻ.')).toEqual([]);
    expect(findPartners('Phối hợp với Trạm Y tế xã để tiêm chủng.')).toEqual(['Trạm Y tế xã']);
  });
  test('after a body’s own name, a body noun starts a body of its own; after “các” or a bare kind it goes on the group (issue 20, seeds)', () => {
    expect(splitNames('Công an xã, cơ sở thôn')).toEqual(['Công an xã', 'cơ sở thôn']);
    expect(splitNames('Ủy ban MTTQ Việt Nam xã, đoàn thể, các thôn')).toEqual(['Ủy ban MTTQ Việt Nam xã', 'đoàn thể', 'các thôn']);
    expect(splitNames('các ban, ngành, đoàn thể, cơ sở thôn')).toEqual(['các ban, ngành, đoàn thể, cơ sở thôn']);
    expect(splitNames('Cơ quan, địa phương có liên quan')).toEqual(['Cơ quan, địa phương có liên quan']);
    expect(splitNames('UBND các xã, phường, thị trấn')).toEqual(['UBND các xã, phường, thị trấn']);
    expect(splitNames('Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    // “cấp ủy, chính quyền các cấp”: one collective, “các cấp” qualifying both
    expect(splitNames('Cấp ủy Đảng, chính quyền các cấp')).toEqual(['Cấp ủy Đảng, chính quyền các cấp']);
    expect(splitNames('Công an xã, các ban, ngành xã, phòng Kinh tế, trạm Y tế xã')).toEqual(['Công an xã', 'các ban, ngành xã', 'phòng Kinh tế', 'trạm Y tế xã']);
  });
  test('a role after a dash is no part of the body’s name; a unit of another body keeps its dash (issue 20, seeds)', () => {
    expect(splitNames('Công an xã - Cơ quan Thường trực Ban Chỉ đạo phòng chống thiên tai xã')).toEqual(['Công an xã']);
    expect(splitNames('Phòng Kinh tế – cơ quan đầu mối, các thôn')).toEqual(['Phòng Kinh tế', 'các thôn']);
    expect(findSubject('Giao Ban Chỉ huy quân sự xã - Cơ quan thường trực theo dõi việc thực hiện.')?.lead).toEqual(['Ban Chỉ huy quân sự xã']);
    expect(parseAgencyHeading('Công an xã - Cơ quan Thường trực Ban Chỉ đạo xã:')?.lead).toEqual(['Công an xã']);
    expect(splitNames('Cơ quan Cảnh sát điều tra – Công an huyện')).toEqual(['Cơ quan Cảnh sát điều tra – Công an huyện']);
    expect(splitNames('Phòng Văn hóa - Xã hội')).toEqual(['Phòng Văn hóa - Xã hội']);
  });
  test('a partner’s name ends with “có liên quan”; a corporation’s name as plans capitalise it (issue 20, seeds)', () => {
    expect(findPartners('Lập danh sách hộ bị ảnh hưởng, phối hợp với các cơ quan có liên quan đưa người dân đến nơi an toàn.')).toEqual(['các cơ quan có liên quan']);
    expect(findPartners('Phối hợp với các đơn vị liên quan và Trạm Y tế xã tổ chức tiêm chủng.')).toEqual(['các đơn vị liên quan', 'Trạm Y tế xã']);
    expect(findPartners('Phối hợp với Tổng Công ty Điện lực miền Bắc kiểm tra lưới điện.')).toEqual(['Tổng Công ty Điện lực miền Bắc']);
  });
  test('in a parenthesis, a condition or time after “thực hiện” is no part of the names (issue 20, seeds)', () => {
    const a = findAttribution('Tổng kết công tác phòng chống thiên tai (Văn phòng xã chủ trì, phối hợp các thôn thực hiện khi có hướng dẫn của Ủy ban nhân dân huyện).');
    expect([a?.lead, a?.support]).toEqual([['Văn phòng xã'], ['các thôn']]);
    const b = findAttribution('Diễn tập cứu nạn (Ban Chỉ huy quân sự xã thực hiện trong quý III/2026).');
    expect(b?.lead).toEqual(['Ban Chỉ huy quân sự xã']);
  });
  test('heads of bodies and positions are names of their own in a list', () => {
    expect(splitNames('Trưởng phòng Văn hóa - Xã hội, hiệu trưởng các trường')).toEqual(['Trưởng phòng Văn hóa - Xã hội', 'hiệu trưởng các trường']);
    expect(splitNames('các sở, ban, ngành')).toEqual(['các sở, ban, ngành']);
  });
});

describe('headings of a by-agency layout', () => {
  test('a theme is no heading of an agency', () => {
    for (const h of ['Công tác tuyên truyền', 'Phòng, chống thiên tai', 'Tổ chức thực hiện', 'Kinh phí thực hiện']) expect(parseAgencyHeading(h)).toBeUndefined();
  });
  test('compound lists are split into bodies; names of bodies with commas stay whole', () => {
    expect(parseAgencyHeading('Sở Văn hóa, Thể thao và Du lịch, Sở Y tế:')?.lead).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']);
    expect(parseAgencyHeading('Thuế tỉnh')?.lead).toEqual(['Thuế tỉnh']);
    expect(parseAgencyHeading('Giám đốc các sở, Thủ trưởng các ban, ngành')?.lead).toEqual(['Giám đốc các sở', 'Thủ trưởng các ban, ngành']);
  });
});

describe('times of received plans', () => {
  const read = (words: string) => parseTime(words, { rules: RECEIVED_TIME_RULES, year: 2026 })?.time;
  test('a period without its year is no date; with its year it is its last day', () => {
    expect(read('Thường xuyên trong năm')).toEqual({ ongoing: true });
    expect(read('Trong năm 2026')).toEqual({ within: { year: 2026 } });
    expect(read('quí III/2026')).toEqual({ within: { quarter: 3, year: 2026 } });
  });
  test('a time another document sets is no date of this plan', () => {
    expect(read('Theo Kế hoạch rà soát thủ tục hành chính năm 2026 của tỉnh')).toBeUndefined();
    expect(read('Theo quy định')).toEqual({ asRegulated: true });
  });
  test('“chậm nhất là” is inclusive, “trước” exclusive', () => {
    expect(read('chậm nhất là ngày 15/01/2026 và tổ chức thực hiện')).toEqual({ by: '2026-01-15' });
    expect(read('trước ngày 15/01')).toEqual({ before: '2026-01-15' });
  });
});

describe('a cited document’s date', () => {
  test('is blanked where it stands, the deadline after it kept', () => {
    const text = 'Triển khai Quyết định số 25/QĐ-UBND ngày 05/01/2026 của UBND xã, hoàn thành trước ngày 30/6/2026.';
    const out = withoutCitedDates(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('05/01/2026');
    expect(out).toContain('trước ngày 30/6/2026');
  });
});

describe('reports listed with their due days (issue 20, seeds)', () => {
  test('each period takes its day; several periods before one parenthesis take its days in order', () => {
    expect(readReportDues('Định kỳ 6 tháng (trước ngày 20/6) và năm (chậm nhất ngày 05/12) các thôn báo cáo về Ủy ban nhân dân xã.')).toEqual([
      { label: '6 tháng', due: { day: 20, month: 6 } },
      { label: 'Năm', due: { day: 5, month: 12, before: false } },
    ]);
    expect(readReportDues('Báo cáo quý 2, quý 4 (trước ngày 18/6 và 18/12).').map((r) => [r.label, r.due.month])).toEqual([['Quý 2', 6], ['Quý 4', 12]]);
  });
  test('days that do not pair with the periods, or no parenthesis: nothing read', () => {
    expect(readReportDues('Định kỳ quý, 6 tháng (trước ngày 15/6 và 15/12) báo cáo.')).toEqual([]);
    expect(readReportDues('Định kỳ 6 tháng, năm báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12.')).toEqual([]);
  });
});
