import { describe, expect, test } from 'vitest';
import { findAttribution, findSupport, formatAttribution, formatLabelledLines, formatTime, formatTimeClause, isAgencyName, joinClauses, joinLabelled, namesAgency, parseAttribution, parseLabelledLine, parseTime, splitNames, splitTimeClause, type AttributionNames } from '@kehoach/nd30';

// Names as plans write them: with commas and “và” of their own, which the splitter keeps whole.
const NAMES = ['Công an tỉnh', 'Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân các xã, phường, đặc khu', 'Tòa án nhân dân tỉnh', 'các sở, ban, ngành', 'Báo Quảng Trị'];
/** Lists of 0–3 names, systematically. */
const LISTS: string[][] = [[], ...NAMES.map((n) => [n]), ...NAMES.slice(0, 4).map((n, i) => [n, NAMES[i + 3]!]), [NAMES[0]!, NAMES[2]!, NAMES[4]!]];
const ROLES: AttributionNames[] = LISTS.flatMap((lead) => LISTS.flatMap((support) => [[], [NAMES[5]!], [NAMES[5]!, NAMES[7]!]].map((requested) => ({ lead, support, requested }))))
  .filter((r) => r.lead.length + r.support.length + r.requested.length > 0);

describe('parseAttribution(formatAttribution(roles)) gives the roles back', () => {
  test.each([['prefix'], ['parenthesis']] as const)('%s', (placement) => {
    expect(ROLES.length).toBeGreaterThan(500);
    for (const roles of ROLES) {
      const words = formatAttribution(roles, placement);
      expect({ words, roles: parseAttribution(words) }).toEqual({ words, roles: { ...roles, placement } });
    }
  });

  test('the forms plans write', () => {
    expect(parseAttribution('Sở Tư pháp chủ trì; Công an tỉnh, Sở Giáo dục và Đào tạo phối hợp')).toMatchObject({ lead: ['Sở Tư pháp'], support: ['Công an tỉnh', 'Sở Giáo dục và Đào tạo'], requested: [] });
    expect(parseAttribution('(Công an xã thực hiện)')).toEqual({ lead: ['Công an xã'], support: [], requested: [], placement: 'parenthesis' });
    expect(parseAttribution('Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh phối hợp')).toMatchObject({ requested: ['Tòa án nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh'] });
    expect(parseAttribution('Đề nghị Tòa án nhân dân tỉnh phối hợp chặt chẽ trong công tác điều tra')).toMatchObject({ requested: ['Tòa án nhân dân tỉnh'] });
    expect(parseAttribution('Đơn vị chủ trì: Sở Y tế.\nĐơn vị phối hợp: Các sở, ban, ngành; UBND các xã, phường.')).toEqual({
      lead: ['Sở Y tế'], support: ['Các sở, ban, ngành', 'UBND các xã, phường'], requested: [], placement: 'labelled',
    });
  });
});

describe('labelled lines', () => {
  test('parseLabelledLine reads every line formatLabelledLines prints', () => {
    for (const { lead, support, requested } of ROLES) {
      const lines = formatLabelledLines({ lead: joinLabelled(lead), support: joinLabelled(support), requested: joinLabelled(requested), output: 'Báo cáo kết quả', time: 'Trước 30/6/2026' });
      const read = lines.map((l) => parseLabelledLine(`- ${l}.`)!);
      const field = (f: string) => read.find((r) => r.field === f)?.value;
      expect(splitNames(field('lead') ?? '')).toEqual(lead);
      expect(splitNames(field('support') ?? '')).toEqual(support);
      expect(splitNames(field('requested') ?? '')).toEqual(requested);
      expect([field('output'), field('time')]).toEqual(['Báo cáo kết quả', 'Trước 30/6/2026']);
    }
  });

  test('a plan’s own labels, and the labels received plans write', () => {
    const lines = formatLabelledLines({ lead: 'Sở Y tế', time: 'Hằng quý' }, { lead: 'Cơ quan chủ trì', time: 'Thời hạn' });
    expect(lines).toEqual(['Cơ quan chủ trì: Sở Y tế', 'Thời hạn: Hằng quý']);
    expect(parseLabelledLine(lines[1]!, { time: 'Thời hạn' })).toEqual({ field: 'time', label: 'Thời hạn', value: 'Hằng quý' });
    expect(parseLabelledLine('- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.')).toEqual({ field: 'lead', label: 'Đơn vị chủ trì thực hiện', value: 'Sở Khoa học và Công nghệ' });
    expect(parseLabelledLine('- Đơn vị tham mưu, thực hiện: Sở Nội vụ.')).toMatchObject({ field: 'lead' });
    expect(parseLabelledLine('- Tổ chức tuyên truyền.')).toBeUndefined();
  });
});

describe('findAttribution: who does a task, in a received task’s words', () => {
  test('the trailing parenthesis, inline, requested and assigned forms', () => {
    expect(findAttribution('Tổ chức tuyên truyền (Sở Tư pháp, Công an tỉnh phối hợp các sở, ngành, địa phương thực hiện).')).toEqual({
      lead: ['Sở Tư pháp', 'Công an tỉnh'], support: ['các sở, ngành, địa phương'], requested: [], style: 'parenthesis', text: 'Tổ chức tuyên truyền.',
    });
    expect(findAttribution('Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền.')).toMatchObject({ lead: ['Sở Tư pháp'], support: ['Công an tỉnh'], style: 'inline' });
    expect(findAttribution('Giao Công an tỉnh tham mưu triển khai.')).toMatchObject({ lead: ['Công an tỉnh'], style: 'assigned' });
    expect(findAttribution('Đề nghị Tòa án nhân dân tỉnh phối hợp.')).toMatchObject({ requested: ['Tòa án nhân dân tỉnh'], style: 'requested' });
    expect(findAttribution('Tăng cường phối hợp, chủ trì các hoạt động truyền thông')).toBeUndefined();
  });
});

describe('the time clause after the names', () => {
  test('findAttribution and parseAttribution read the roles and the time of every phrase formatAttribution prints with a time clause', () => {
    const times = [{ before: '2026-02-01' }, { before: '2026-02-01', ongoing: true as const }, { by: '2026-06-30', ongoing: true as const }, { every: 'month' as const, day: 25 }, { within: { quarter: 2, year: 2026 } }, { ongoing: true as const }];
    let n = 0;
    for (const roles of ROLES.filter((_, i) => i % 7 === 0)) {
      for (const time of times) {
        for (const label of [undefined, 'Thời gian thực hiện']) {
          const phrase = joinClauses([formatAttribution(roles, 'parenthesis'), formatTimeClause(formatTime(time), label)]);
          const found = findAttribution(`Tổ chức tuyên truyền (${phrase}).`)!;
          expect({ phrase, roles: { lead: found.lead, support: found.support, requested: found.requested } }).toEqual({ phrase, roles });
          expect({ phrase, time: parseTime(found.time!)?.time }).toEqual({ phrase, time });
          expect(parseAttribution(`(${phrase})`)).toMatchObject({ ...roles, placement: 'parenthesis' });
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  test('the clause alone, and a plan’s own label', () => {
    expect(formatTimeClause('Trước 01/02/2026')).toBe('thời gian hoàn thành: trước 01/02/2026');
    expect(splitTimeClause('Sở Y tế thực hiện; thời hạn: trong quý II/2026', 'Thời hạn')).toEqual({ phrase: 'Sở Y tế thực hiện', time: { label: 'thời hạn', words: 'trong quý II/2026' } });
    expect(splitTimeClause('Sở Y tế thực hiện')).toEqual({ phrase: 'Sở Y tế thực hiện' });
    // The support alone, as under a by-agency heading: the names are the coordinating bodies, not the lead.
    expect(findAttribution('Tham mưu kế hoạch (Công an tỉnh phối hợp thực hiện).')).toMatchObject({ lead: [], support: ['Công an tỉnh'], style: 'parenthesis' });
  });
});

describe('findSupport: where a task’s words name the bodies it coordinates with', () => {
  test('the words after each “phối hợp (chặt chẽ) (với)”, to the end of the sentence', () => {
    const text = 'Chỉ đạo các đồn biên phòng phối hợp chặt chẽ với lực lượng Công an làm tốt công tác quản lý. Phối hợp Tổng Công ty Viễn thông Viettel gửi tin nhắn; tổng hợp kết quả.';
    expect(findSupport(text).map((c) => [c.words, text.slice(c.index, c.index + c.words.length) === c.words])).toEqual([
      ['lực lượng Công an làm tốt công tác quản lý', true],
      ['Tổng Công ty Viễn thông Viettel gửi tin nhắn', true],
    ]);
    expect(findSupport('Tổ chức tuyên truyền trên loa truyền thanh.')).toEqual([]);
  });
});

describe('agency names in words', () => {
  test('namesAgency finds a name in one of its forms, shortened as sentences shorten it', () => {
    expect(namesAgency('Phối hợp với Viện kiểm sát nhân dân, Tòa án nhân dân cấp tỉnh', ['Viện Kiểm sát nhân dân tỉnh', 'VKSND tỉnh'])).toBe(true);
    expect(namesAgency('phối hợp với UBND các xã tổ chức', ['Ủy ban nhân dân các xã', 'UBND các xã'])).toBe(true);
    expect(namesAgency('Hoà giải viên ở thôn', ['Hòa giải viên'])).toBe(true);
    expect(namesAgency('phối hợp với Sở Tư pháp', ['Sở Nội vụ'])).toBe(false);
  });
  test('isAgencyName: a name read from words is exactly one of the forms', () => {
    expect(isAgencyName('Sở Văn hoá, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch'])).toBe(true);
    expect(isAgencyName('Công an', ['Công an xã'])).toBe(false);
  });
});
