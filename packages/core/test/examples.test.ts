import type { ItemInput, SectionInput } from '@kehoach/schema';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, loadExample, task } from '../../../test/helpers.js';

describe('every bundled example loads without a diagnostic', () => {
  test.each(EXAMPLES)('%s', (name) => {
    const plan = loadExample(name);
    expect(plan.tasks.length).toBeGreaterThan(10);
    // Every task has a stable id and a generated reference, and ids are unique.
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(plan.tasks.length);
    for (const t of plan.tasks) expect(t.ref).toMatch(/^II\./);
  });
});

describe('tuyen-quang-2025-30-7 (seed 004, by agency)', () => {
  const plan = loadExample('tuyen-quang-2025-30-7');
  test('header facts', () => {
    expect(plan.number).toBe(15);
    expect(plan.symbol).toBe('KH-UBND');
    expect(plan.date).toBe('2025-07-24');
    expect(plan.draft).toBe(false);
    expect(plan.issuer.headerLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG']);
  });
  test('28 tasks in 14 agency groups; generated numbering fixes the missing 10. and the second d)', () => {
    expect(plan.tasks).toHaveLength(28);
    const groups = plan.sections[1]!.children;
    expect(groups).toHaveLength(14);
    expect(groups.map((g) => g.label)).toEqual(Array.from({ length: 14 }, (_, i) => `${i + 1}.`));
    expect(groups[9]!.title).toBe('Sở Dân tộc và Tôn giáo'); // 11. in the seed
    expect(task(plan, 'ca-chien-dich-tuyen-truyen').ref).toBe('II.1.đ'); // the seed's second d)
    expect(task(plan, 'ca-quan-ly-hanh-chinh').ref).toBe('II.1.g');
  });
  test('Sở Khoa học và Công nghệ leads exactly two tasks; the SMS campaign runs 01/7–30/9/2025', () => {
    const khcn = plan.tasks.filter((t) => t.lead.some((a) => a.id === 'so-khcn'));
    expect(khcn.map((t) => t.ref)).toEqual(['II.7.a', 'II.7.b']);
    const sms = task(plan, 'khcn-tin-nhan-sms');
    expect(sms.time).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(sms.lead.map((a) => a.name)).toEqual(['Sở Khoa học và Công nghệ']);
  });
  test('the stale 2024 window of II.1.b is kept as data, as in the seed', () => {
    expect(task(plan, 'ca-cao-diem').time).toEqual({ from: '2024-07-01', to: '2024-09-30' });
  });
  test('requested bodies are requested, not assigned', () => {
    const t = task(plan, 'vks-tand-truy-to-xet-xu');
    expect(t.requested.map((a) => a.id)).toEqual(['vks-tinh', 'tand-tinh']);
    expect(t.lead).toEqual([]);
    expect(plan.sections[1]!.children[11]!.title).toBe('Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh');
  });
  test('reporting: units to Công an tỉnh before 10/10/2025, Công an tỉnh to Bộ Công an before 15/10/2025', () => {
    const [units, police] = plan.implementation.reporting;
    expect(units!.to?.id).toBe('cong-an-tinh');
    expect(units!.due).toMatchObject({ day: 10, month: 10, year: 2025, before: true });
    expect(units!.reporters.map((a) => a.id)).toContain('so-khcn');
    expect(police!.reporters.map((a) => a.id)).toEqual(['cong-an-tinh']);
    expect(police!.to?.name).toBe('Bộ Công an');
    expect(police!.due).toMatchObject({ day: 15, month: 10, year: 2025 });
  });
});

describe('khanh-hoa-2025 (seed 000, a draft by agency)', () => {
  const plan = loadExample('khanh-hoa-2025');
  test('is a draft: no number, no date, year from the period', () => {
    expect(plan.draft).toBe(true);
    expect(plan.number).toBeUndefined();
    expect(plan.year).toBe(2025);
  });
  test('the basis sentence cites three documents, the third with “xét”', () => {
    expect(plan.opening.situation[0]).toMatch(/^Trong năm 2024, trên địa bàn tỉnh Khánh Hòa/);
    expect(plan.opening.paragraphs[0]).toBe(
      'Để hạn chế tình trạng, đồng thời thực hiện Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ ' +
        'về việc phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2021 - 2025 và định hướng đến năm 2030; ' +
        'Kế hoạch số 53/KH-BCĐ ngày 05/02/2025 của Ban Chỉ đạo Phòng, chống tội phạm của Chính phủ về việc thực hiện ' +
        'công tác phòng, chống tội phạm, phòng, chống mua bán người năm 2025; xét Tờ trình số 2593/TTr-CAT-PTM(CS) ' +
        'ngày 26/3/2025 của Công an tỉnh, UBND tỉnh ban hành Kế hoạch thực hiện công tác phòng, chống mua bán người ' +
        'năm 2025 trên địa bàn tỉnh Khánh Hòa, cụ thể như sau:',
    );
  });
  test('24 tasks; single-task agencies are one paragraph referenced by the group', () => {
    expect(plan.tasks).toHaveLength(24);
    expect(task(plan, 'vp-thong-tin-doi-ngoai').ref).toBe('II.3');
    expect(task(plan, 'ca-cao-diem').ref).toBe('II.1-6');
  });
  test('the four reports with the seed’s non-calendar windows, due before the 16th', () => {
    const r = plan.implementation.reporting;
    expect(r.map((p) => p.id)).toEqual(['quy-1', '6-thang', 'quy-3', 'nam']);
    expect(r[0]!.window).toEqual({
      from: { day: 15, month: 12, previousYear: true, before: true },
      to: { day: 14, month: 3, previousYear: false, before: true },
    });
    expect(r.map((p) => `${p.due!.day}/${p.due!.month}`)).toEqual(['16/3', '16/6', '16/9', '16/12']);
    expect(r[0]!.to?.shortName).toBe('BCĐ 138 tỉnh');
    expect(r[0]!.via?.id).toBe('cong-an-tinh');
    expect(r[0]!.reporters).toHaveLength(8);
  });
});

describe('lang-son-2019 (seed 001, by theme, attribution at the start of the sentence)', () => {
  const plan = loadExample('lang-son-2019');
  test('the attribution is composed into the sentence from data', () => {
    const n = plan.sections[1]!.children[1]!.children[1]!;
    expect(n.label).toBe('b)');
    expect(n.paragraphs[0]).toMatch(/^Hội Liên hiệp phụ nữ tỉnh chủ trì, phối hợp với các đơn vị liên quan tổ chức/);
    expect(n.task?.lead.map((a) => a.id)).toEqual(['hoi-lhpn-tinh']);
    expect(n.children.map((c) => c.label)).toEqual(['-', '-', '-', '-']);
  });
  test('a task without its own text prints the attribution and a colon', () => {
    const t = plan.sections[1]!.children[3]!.children[1]!;
    expect(t.paragraphs).toEqual(['Sở Lao động, Thương binh và Xã hội chủ trì, phối hợp với các lực lượng có liên quan:']);
  });
  test('targets carry measurable values', () => {
    const goals = plan.input.body[0]! as SectionInput;
    const input = goals.items![1]! as ItemInput;
    expect(input.role).toBe('targets');
    const first = input.items![0]!;
    expect(typeof first === 'object' && first.measures?.[0]).toEqual({
      value: 50,
      unit: '%',
      comparator: 'at-least',
      subject: 'người dân tại các địa bàn trọng điểm được tiếp cận thông tin pháp luật',
    });
  });
  test('tasks of section 1 inherit the steering committee as lead without printing it', () => {
    expect(task(plan, 'kien-nghi-1526').lead.map((a) => a.id)).toEqual(['bcd-138-tinh']);
    expect(plan.sections[1]!.children[0]!.trailer).toEqual([]);
  });
});

describe('ba-ria-vung-tau-2023 (seed 002, a công văn with trailing attributions)', () => {
  const plan = loadExample('ba-ria-vung-tau-2023');
  test('công văn facts', () => {
    expect(plan.kind).toBe('cong-van');
    expect(plan.symbol).toBe('UBND-BCĐ');
    expect(plan.number).toBe(17);
    expect(plan.addressees).toHaveLength(3);
  });
  test('a leaf’s attribution goes inside the sentence, a group’s after its points', () => {
    const first = plan.sections[1]!.children[0]!.children[0]!;
    expect(first.paragraphs[0]).toMatch(/“bảo vệ cuộc sống bình yên, hạnh phúc cho Nhân dân” \(Các sở, ban, ngành, địa phương thực hiện\)\.$/);
    const group = plan.sections[1]!.children[2]!;
    expect(group.trailer[0]).toMatch(/^\(Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, .* địa phương liên quan thực hiện\)$/);
    expect(task(plan, 'truy-to-xet-xu').lead.map((a) => a.id)).toContain('vks-tinh');
  });
  test('reports due before the 15th of March, June, September and December', () => {
    expect(plan.implementation.reporting.map((p) => p.due!.month)).toEqual([3, 6, 9, 12]);
    expect(plan.implementation.reporting.every((p) => p.due!.day === 15)).toBe(true);
  });
});

describe('an-phu-2026-2030 (seed 003, a commune implementing a city plan)', () => {
  const plan = loadExample('an-phu-2026-2030');
  test('period, parent link and nested numbering', () => {
    expect(plan.period).toEqual({ from: 2026, to: 2030, orientation: 2035 });
    expect(plan.parent).toMatchObject({ number: '18/KH-BCĐ', date: '2026-02-04' });
    const theme = plan.sections[1]!.children[1]!;
    expect(theme.children.map((c) => c.label)).toEqual(['2.1.', '2.2.']);
    expect(plan.draft).toBe(true);
  });
  test('a shared attribution is printed once, after the last of the tasks it covers', () => {
    const g = plan.sections[1]!.children[3]!;
    expect(g.children[0]!.trailer).toEqual(['(Công an xã, các ban, ngành, đoàn thể, cơ sở thôn thực hiện)']);
    expect(g.children[1]!.trailer).toEqual([]);
    expect(g.children[2]!.trailer).toEqual(['(Văn phòng UBND xã phối hợp với Công an xã, cơ sở thôn thực hiện)']);
    expect(task(plan, 'tro-giup-phap-ly').lead.map((a) => a.id)).toEqual(['van-phong-ubnd-xa']);
  });
});
