import { describe, expect, test } from 'vitest';
import { buildDocument, taskAppendix, type DocTable } from '@kehoach/document';
import { taskTable, TASK_COLUMNS } from '../src/task-appendix.js';
import { loadExample } from '../../../test/helpers.js';

// The task appendix (“Phụ lục: Danh mục nhiệm vụ”) is a printed appendix like the plan's own: the
// renderers lay out its list table and know nothing of tasks.
const plan = loadExample('tuyen-quang-2025-30-7');

describe('buildDocument(plan, { appendix: true })', () => {
  test('adds the landscape task appendix after the plan’s own appendices; without the option there is none', () => {
    const doc = buildDocument(plan, { appendix: true });
    expect(buildDocument(plan).appendices).toHaveLength(doc.appendices.length - 1);
    const a = doc.appendices.at(-1)!;
    expect([a.heading, a.title, a.attached, a.landscape]).toEqual(['Phụ lục', 'DANH MỤC NHIỆM VỤ', '(Kèm theo Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)', true]);
    expect(a.body).toHaveLength(1);
    expect(a.body[0]).toMatchObject({ role: 'table', list: true });
  });
  test('a draft leaves the number and date blank in the “(Kèm theo …)” line', () => {
    expect(buildDocument(plan, { appendix: true, draft: true }).appendices.at(-1)!.attached).toBe('(Kèm theo Kế hoạch số       /KH-UBND ngày      tháng      năm 2025 của Ủy ban nhân dân tỉnh Tuyên Quang)');
  });
});

describe('taskTable', () => {
  const t = (taskTable(plan.tasks) as DocTable).table;
  test('one row per task, numbered from 1, plain text, its task’s pointer; header centred, text justified', () => {
    expect(t.header[0]!.cells.map((c) => c.paragraphs[0])).toEqual(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm']);
    expect(t.rows).toHaveLength(plan.tasks.length);
    const sms = t.rows.find((r) => r.cells[1]!.paragraphs[0]!.startsWith('II.7.b '))!;
    expect(sms.cells.map((c) => c.paragraphs[0])).toEqual([
      String(t.rows.indexOf(sms) + 1),
      expect.stringMatching(/^II\.7\.b Chỉ đạo .* nội dung: “Toàn dân tích cực .* kịp thời”\. Thực hiện từ ngày 01\/7\/2025 đến ngày 30\/9\/2025; /),
      'Sở Khoa học và Công nghệ', '', 'Từ 01/7/2025 đến 30/9/2025', 'Mỗi thuê bao di động nhận ít nhất 05 tin nhắn',
    ]);
    expect(sms.path).toBe(plan.tasks.find((x) => x.ref === 'II.7.b')!.path);
    expect(sms.cells.map((c) => c.align)).toEqual(['center', 'justify', 'center', 'center', 'center', 'center']);
    expect([t.landscape, t.fontSize, t.kind]).toEqual([true, 12, 'tasks']);
  });
  test('widths: fractions of the landscape text width (14 570 twips) that sum to 1', () => {
    expect(t.widths.map((w) => Math.round(w * 14570))).toEqual(TASK_COLUMNS.map(([, w]) => w));
    expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  test('a column no listed task fills is left out, its width given to the task’s text', () => {
    const two = (taskAppendix(plan, false, { tasks: plan.tasks.filter((x) => x.ref.startsWith('II.7.')) }).body[0] as DocTable).table;
    expect(two.header[0]!.cells.map((c) => c.paragraphs[0])).toEqual(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Sản phẩm']);
    expect(two.widths.map((w) => Math.round(w * 14570))).toEqual([700, 6000 + 2400, 2400, 1870, 1200]);
    expect(two.rows.map((r) => r.cells[0]!.paragraphs[0])).toEqual(['1', '2']);
  });
});
