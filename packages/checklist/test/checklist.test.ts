import { readFileSync } from 'node:fs';
import _Ajv2020 from 'ajv/dist/2020.js';
import _addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { deriveChecklist, printChecklist, toCsv, toIcs, toMarkdown, type ChecklistItem } from '@kehoach/checklist';
import { loadPlan, type Plan } from '@kehoach/core';
import { renderAppendixDocx } from '@kehoach/render-docx';
import { checklistSchema } from '@kehoach/schema';
import { ALL_EXAMPLES, exampleText, loadExample, ROOT } from '../../../test/helpers.js';
import { all, attr, child, documentText, openDocx } from '../../../test/render/docx-helpers.js';

const Ajv2020 = ((_Ajv2020 as unknown as { default?: typeof _Ajv2020.default }).default ?? _Ajv2020) as typeof _Ajv2020.default;
const addFormats = ((_addFormats as unknown as { default?: typeof _addFormats.default }).default ?? _addFormats) as typeof _addFormats.default;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv, ['date']);
const validateChecklist = ajv.compile(checklistSchema);

const checklistOf = (name: string, options = {}) => deriveChecklist(loadExample(name), options);
/** The checklist DOCX of a plan (`kehoach checklist --format docx`): its printed checklist laid out alone. */
const checklistDocx = (plan: Plan) => renderAppendixDocx(printChecklist(deriveChecklist(plan).checklist, plan)).docx!;

describe('tuyen-quang-2025-30-7: the dated items of seed 004', () => {
  const { checklist, diagnostics } = checklistOf('tuyen-quang-2025-30-7');
  test('Sở Khoa học và Công nghệ has exactly its two tasks', () => {
    const mine = deriveChecklist(loadExample('tuyen-quang-2025-30-7'), { agency: 'so-khcn' }).checklist.items;
    expect(mine.filter((i) => i.kind === 'task').map((i) => [i.ref, i.role])).toEqual([['II.7.a', 'lead'], ['II.7.b', 'lead']]);
    expect(mine.every((i) => i.agency?.id === 'so-khcn')).toBe(true);
  });
  test('the SMS campaign runs 2025-07-01 → 2025-09-30', () => {
    const sms = checklist.items.find((i) => i.id.includes('khcn-tin-nhan-sms'))!;
    expect([sms.start, sms.due, sms.dueKind]).toEqual(['2025-07-01', '2025-09-30', 'by']);
    expect(sms.window).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(sms.output).toBe('Mỗi thuê bao di động nhận ít nhất 05 tin nhắn');
  });
  test('the units report to Công an tỉnh by 2025-10-10; Công an tỉnh reports to Bộ Công an by 2025-10-15', () => {
    const reports = checklist.items.filter((i) => i.kind === 'report');
    const units = reports.filter((i) => i.to === 'Công an tỉnh');
    expect(units).toHaveLength(13);
    expect(new Set(units.map((i) => i.due))).toEqual(new Set(['2025-10-10']));
    expect(units.every((i) => i.dueKind === 'before')).toBe(true);
    const police = reports.filter((i) => i.agency?.id === 'cong-an-tinh');
    expect(police.map((i) => [i.to, i.due])).toEqual([['Bộ Công an', '2025-10-15']]);
  });
  test('the stale 2024 window is reported with its line and column', () => {
    const lines = exampleText('tuyen-quang-2025-30-7').split('\n');
    const line = lines.findIndex((l) => l.includes('time: { from: "2024-07-01"')) + 1;
    const column = lines[line - 1]!.indexOf('{') + 1;
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['CHECKLIST_DATE_OUTSIDE_PERIOD', 'warning', line, column]]);
    expect(diagnostics[0]!.message).toContain('01/7/2024');
  });
});

describe('khanh-hoa-2025: each reporting agency gets the four reports of seed 000', () => {
  const { checklist } = checklistOf('khanh-hoa-2025', { agency: 'so-tu-phap' });
  test('Quý I, 6 tháng, Quý III and năm with the seed’s windows, before the 16th', () => {
    const reports = checklist.items.filter((i) => i.kind === 'report');
    expect(reports.map((i) => [i.recurrence, i.window?.from, i.window?.to, i.due])).toEqual([
      ['Quý I', '2024-12-15', '2025-03-14', '2025-03-16'],
      ['06 tháng', '2024-12-15', '2025-06-14', '2025-06-16'],
      ['Quý III', '2025-06-15', '2025-09-14', '2025-09-16'],
      ['Báo cáo năm', '2024-12-15', '2025-12-14', '2025-12-16'],
    ]);
    expect(reports[0]!.text).toBe('Báo cáo quý I năm 2025 gửi Ban Chỉ đạo Phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Khánh Hòa (qua Công an tỉnh)');
    expect(reports[3]!.text).toMatch(/^Báo cáo năm 2025 gửi/);
  });
  test('all eight reporting agencies get the four reports', () => {
    const every = checklistOf('khanh-hoa-2025').checklist.items.filter((i) => i.kind === 'report');
    expect(every).toHaveLength(32);
  });
});

test('an-phu-2026-2030: two reports a year for five years', () => {
  const reports = checklistOf('an-phu-2026-2030').checklist.items.filter((i) => i.kind === 'report' && i.agency?.id === 'phong-chuyen-mon');
  expect(reports.map((i) => i.due)).toEqual(['2026-06-15', '2026-12-15', '2027-06-15', '2027-12-15', '2028-06-15', '2028-12-15', '2029-06-15', '2029-12-15', '2030-06-15', '2030-12-15']);
  expect(reports[0]!.text).toBe('Báo cáo 6 tháng năm 2026 gửi Ban Chỉ đạo 799 xã (qua Công an xã)');
});

describe('status against --today (the four values of government tracking)', () => {
  const plan = loadExample('tuyen-quang-2025-30-7');
  const find = (today: string, done?: Record<string, string>) =>
    (id: string) => deriveChecklist(plan, { today, ...(done ? { done } : {}) }).checklist.items.find((i) => i.id === id)!.status;
  const SMS = 'kh-ubnd-2025-tuyen-quang-e4f3e15c/khcn-tin-nhan-sms/lead/so-khcn';
  const REPORT = 'kh-ubnd-2025-tuyen-quang-e4f3e15c/bao-cao/ket-qua-thuc-hien/so-y-te';
  test('a window (inclusive end): pending on its last day, overdue the day after', () => {
    expect(find('2025-09-30')(SMS)).toBe('chưa hoàn thành trong hạn');
    expect(find('2025-10-01')(SMS)).toBe('quá hạn');
  });
  test('“trước ngày 10/10/2025”: pending on the 9th, overdue on the 10th; done on the 10th is late', () => {
    expect(find('2025-10-09')(REPORT)).toBe('chưa hoàn thành trong hạn');
    expect(find('2025-10-10')(REPORT)).toBe('quá hạn');
    expect(find('2025-10-20', { [REPORT]: '2025-10-09' })(REPORT)).toBe('hoàn thành đúng hạn');
    expect(find('2025-10-20', { [REPORT]: '2025-10-10' })(REPORT)).toBe('hoàn thành quá hạn');
  });
  test('no --today: no status', () => {
    expect(deriveChecklist(plan).checklist.items.every((i) => i.status === null)).toBe(true);
  });
});

test('item ids are stable when the plan is edited (a task inserted before, text reworded)', () => {
  const before = checklistOf('tuyen-quang-2025-30-7').checklist.items.map((i) => i.id);
  const edited = exampleText('tuyen-quang-2025-30-7')
    .replace(/^( *)- id: ca-tham-muu-ke-hoach/m, '$1- id: ca-nhiem-vu-moi\n$1  text: Nhiệm vụ mới.\n$1- id: ca-tham-muu-ke-hoach')
    .replace('Tiếp tục tham mưu triển khai', 'Tiếp tục tham mưu, triển khai');
  const { plan, diagnostics } = loadPlan(edited);
  expect(diagnostics).toEqual([]);
  const after = deriveChecklist(plan!).checklist.items.map((i) => i.id);
  expect(after.filter((id) => !before.includes(id))).toEqual(['kh-ubnd-2025-tuyen-quang-e4f3e15c/ca-nhiem-vu-moi/lead/cong-an-tinh']);
  expect(before.every((id) => after.includes(id))).toBe(true);
  expect(new Set(before).size).toBe(before.length);
});

describe.each(ALL_EXAMPLES)('%s: all five formats', (name) => {
  const plan = loadExample(name);
  const { checklist } = deriveChecklist(plan, { today: '2026-01-15' });
  test('JSON validates against schemas/checklist.schema.json', () => {
    const json = JSON.parse(JSON.stringify(checklist));
    expect(validateChecklist(json), JSON.stringify(validateChecklist.errors?.slice(0, 3))).toBe(true);
    expect(JSON.parse(readFileSync(`${ROOT}schemas/checklist.schema.json`, 'utf8'))).toEqual(checklistSchema);
  });
  test('Markdown task list grouped by agency', () => {
    const md = toMarkdown(checklist);
    expect(md.split('\n').filter((l) => l.startsWith('- [')).length).toBe(checklist.items.length);
    expect(md).toMatch(/^## /m);
  });
  test('CSV for Excel: BOM, CRLF, the Vietnamese columns, parses back', () => {
    const csv = toCsv(checklist);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.replace(/"[^"]*"/g, '').includes('\n') && !/[^\r]\n/.test(csv.replace(/"[^"]*"/g, ''))).toBe(true);
    const rows = parseCsv(csv, { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 13)).toEqual(['STT', 'Mã', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn', 'Thời gian (theo kế hoạch)', 'Bắt đầu (ISO)', 'Hạn (ISO)', 'Loại hạn', 'Giờ', 'Trạng thái']);
    expect(rows).toHaveLength(checklist.items.length + 1);
    expect(rows[1]![2]).toBe(checklist.items[0]!.text);
    // Dates a spreadsheet sorts and no locale misreads: ISO beside zero-padded dd/mm/yyyy.
    checklist.items.forEach((item, k) => {
      const r = rows[k + 1]!;
      expect(r[9]).toBe(item.due ?? '');
      expect(r[7]).toBe(item.time ?? '');
      if (item.due) expect(r[6]).toContain(`${item.due.slice(8)}/${item.due.slice(5, 7)}/${item.due.slice(0, 4)}`);
      else expect([r[6], r[10]]).toEqual(['thường xuyên', 'thường xuyên']);
    });
  });
  test('iCalendar parses back: a VEVENT per dated item, a VTODO per item, lines ≤ 75 octets, CRLF', () => {
    const ics = toIcs(checklist);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(/[^\r]\n/.test(ics)).toBe(false);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent');
    const todos = cal.getAllSubcomponents('vtodo');
    // Ongoing duties: one monthly all-day event per agency, so calendars without VTODO show them.
    const ongoingAgencies = new Set(checklist.items.filter((i) => !i.due).map((i) => i.agency?.id ?? ''));
    expect(events).toHaveLength(checklist.items.filter((i) => i.due).length + (checklist.plan.period || checklist.plan.date ? ongoingAgencies.size : 0));
    for (const ev of events.filter((e) => String(e.getFirstPropertyValue('summary')).startsWith('Nhiệm vụ thường xuyên'))) {
      expect(String(ev.getFirstPropertyValue('rrule'))).toMatch(/^FREQ=MONTHLY;UNTIL=/);
    }
    expect(todos).toHaveLength(checklist.items.length);
    const uids = [...events, ...todos].map((c) => c.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    const first = todos[0]!;
    expect(String(first.getFirstPropertyValue('summary'))).toContain(checklist.items[0]!.text.slice(0, 40));
    expect(toIcs(checklist)).toBe(ics);
  });
  test('DOCX appendix: landscape table, one row per task, the columns some task fills', () => {
    const d = openDocx(checklistDocx(plan));
    const sect = all(d.document, 'sectPr').at(-1)!;
    expect(attr(child(sect, 'pgSz'), 'orient')).toBe('landscape');
    const text = documentText(d.document);
    expect(text).toContain('Phụ lục\nDANH MỤC NHIỆM VỤ\n(Kèm theo ');
    const rows = all(all(d.document, 'tbl')[0]!, 'tr');
    expect(rows).toHaveLength(plan.tasks.length + 1);
    const all6 = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];
    const filled = [true, true, plan.tasks.some((t) => t.lead.length || t.requested.length), plan.tasks.some((t) => t.support.length), true, plan.tasks.some((t) => t.output)];
    expect(all(rows[0]!, 'tc').map((c) => documentText(c as never))).toEqual(all6.filter((_, i) => filled[i]));
  });
});

test('SMS row of the appendix', () => {
  const d = openDocx(checklistDocx(loadExample('tuyen-quang-2025-30-7')));
  expect(documentText(d.document)).toContain('(Kèm theo Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)');
  const row = all(all(d.document, 'tbl')[0]!, 'tr').find((r) => documentText(r as never).includes('II.7.b'))!;
  expect(all(row, 'tc').slice(2).map((c) => documentText(c as never))).toEqual(['Sở Khoa học và Công nghệ', '', 'Từ 01/7/2025 đến 30/9/2025', 'Mỗi thuê bao di động nhận ít nhất 05 tin nhắn']);
});

describe('bad input gives a diagnostic with line and column, not a silent empty list', () => {
  const base = exampleText('tuyen-quang-2025-30-7');
  test('a recurrence that never occurs inside the period', () => {
    const text = base.replace('time: { from: "2025-07-01", to: "2025-09-30" }', 'time: { every: year, months: [2], day: 30 }');
    const { plan } = loadPlan(text);
    const { diagnostics } = deriveChecklist(plan!);
    const d = diagnostics.find((x) => x.code === 'CHECKLIST_RECURRENCE_EMPTY')!;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('every: year')) + 1;
    expect([d.severity, d.line, d.column]).toEqual(['error', line, lines[line - 1]!.indexOf('{') + 1]);
  });
  test('a window whose end is before its start stops at loading', () => {
    const text = base.replace('time: { from: "2025-07-01", to: "2025-09-30" }', 'time: { from: 2025-09-30, to: 2025-07-01 }');
    const line = text.split('\n').findIndex((l) => l.includes('from: 2025-09-30')) + 1;
    expect(loadPlan(text).diagnostics.map((d) => [d.code, d.line])).toEqual([['TIME_INVALID', line]]);
  });
  test('a quarterly task gives one dated item per quarter', () => {
    const text = base.replace('time: { from: "2025-07-01", to: "2025-09-30" }', 'time: { every: quarter, day: 15 }');
    const items: ChecklistItem[] = deriveChecklist(loadPlan(text).plan!).checklist.items.filter((i) => i.id.includes('khcn-tin-nhan-sms'));
    expect(items.map((i) => [i.due, i.dueKind, i.recurrence])).toEqual([
      ['2025-03-15', 'before', 'quarter'], ['2025-06-15', 'before', 'quarter'], ['2025-09-15', 'before', 'quarter'], ['2025-12-15', 'before', 'quarter'],
    ]);
  });
});

test('--remind: a VALARM N days before each deadline; ongoing duties listed in their monthly event', () => {
  const { checklist } = deriveChecklist(loadExample('tuyen-quang-2025-30-7'), { agency: 'cong-an-tinh' });
  const cal = new ICAL.Component(ICAL.parse(toIcs(checklist, { remind: 3 })));
  const dated = cal.getAllSubcomponents('vevent').filter((e) => e.getFirstPropertyValue('rrule') === null);
  expect(dated.length).toBeGreaterThan(0);
  for (const ev of dated) expect(String(ev.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-P3D');
  const ongoing = cal.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('rrule') !== null)!;
  expect(String(ongoing.getFirstPropertyValue('summary'))).toBe(`Nhiệm vụ thường xuyên — Công an tỉnh (${checklist.items.filter((i) => !i.due).length})`);
  expect(String(ongoing.getFirstPropertyValue('dtstart'))).toBe('2025-01-01');
  expect(String(ongoing.getFirstPropertyValue('description'))).toContain('II.1.a Tiếp tục tham mưu');
});
