import ICAL from 'ical.js';
import PizZip from 'pizzip';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { deriveChecklist, toCsv, toIcs, toMarkdown, toXlsx } from '@kehoach/checklist';
import { loadPlan } from '@kehoach/core';

// “trước ngày 25 hằng tháng” means one thing in every export: the due date is the 25th, the plan names it,
// and “trước” excludes it — the 24th is the last day on time. Each export shows the words as the plan
// writes them beside the date, and the calendar, which must choose a day, says why it is the 24th.

const yaml = `
schemaVersion: 2
issuer: { name: Ủy ban nhân dân xã Tân Lập, abbreviation: UBND, place: Tân Lập }
number: 12
date: 2026-02-10
title: Phòng cháy, chữa cháy năm 2026
period: { year: 2026 }
agencies: { ca: { name: Công an xã, level: xa, kind: cong-an } }
body:
  - title: NHIỆM VỤ
    items:
      - tasks:
          tasks:
            - { id: bao-cao, lead: ca, text: Báo cáo tình hình cháy nổ trên địa bàn., time: { every: month, day: 25, months: [ 3 ] } }
`;
const { checklist } = deriveChecklist(loadPlan(yaml).plan!);
const item = checklist.items[0]!;

describe('“trước ngày 25 hằng tháng”: one meaning, the words beside the date', () => {
  test('JSON: due the 25th, before (the day is late), and the time as the plan words it', () => {
    expect(checklist.items).toHaveLength(1);
    expect({ due: item.due, dueKind: item.dueKind, time: item.time }).toEqual({ due: '2026-03-25', dueKind: 'before', time: 'Trước ngày 25 các tháng 3' });
  });

  test('Markdown: the date, then the words', () => {
    expect(toMarkdown(checklist)).toContain('(chủ trì; hạn: trước 25/3/2026 — trước ngày 25 các tháng 3)');
  });

  test('CSV: “Hạn” and “Thời gian (theo kế hoạch)” side by side, the ISO date and its kind', () => {
    const [head, row] = parseCsv(toCsv(checklist), { bom: true }) as string[][];
    const at = (name: string) => row![head!.indexOf(name)];
    expect([at('Hạn'), at('Thời gian (theo kế hoạch)'), at('Hạn (ISO)'), at('Loại hạn')]).toEqual(['trước 25/03/2026', 'Trước ngày 25 các tháng 3', '2026-03-25', 'trước ngày']);
  });

  test('XLSX: the date cell and the words in the next columns', () => {
    const sheet = new PizZip(toXlsx(checklist)).file('xl/worksheets/sheet1.xml')!.asText();
    // 25/3/2026 is day 46106 of Excel's calendar.
    expect(sheet).toContain('<c r="I2" s="2"><v>46106</v></c><c r="J2" t="inlineStr" s="3"><is><t xml:space="preserve">trước ngày</t></is></c>');
    expect(sheet).toContain('<c r="L2" t="inlineStr" s="3"><is><t xml:space="preserve">Trước ngày 25 các tháng 3</t></is></c>');
  });

  test('ICS: the event on the 24th, the last day on time, saying so; the words in its description', () => {
    const cal = new ICAL.Component(ICAL.parse(toIcs(checklist)));
    const event = cal.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `${item.id}@kehoach`)!;
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-03-24');
    expect(event.getFirstPropertyValue('summary')).toBe('I.1 [Công an xã] Báo cáo tình hình cháy nổ trên địa bàn. (hạn: trước 25/3/2026, ngày cuối 24/3/2026)');
    expect(String(event.getFirstPropertyValue('description')).split('\n')).toEqual([
      'Cơ quan: Công an xã',
      'Chủ trì: Công an xã',
      'Thời gian (theo kế hoạch): Trước ngày 25 các tháng 3',
      'hạn: trước 25/3/2026',
      'Ngày cuối cùng đúng hạn: 24/3/2026 (“trước ngày” không tính ngày hạn; sự kiện đặt vào ngày cuối này)',
      `Căn cứ: ${checklist.plan.citation}, mục I.1`,
    ]);
    const todo = cal.getAllSubcomponents('vtodo')[0]!;
    expect(String(todo.getFirstPropertyValue('due'))).toBe('2026-03-24');
  });

  test('“ngày 25” (by): the day itself is on time, in every export', () => {
    const by = deriveChecklist(loadPlan(yaml.replace('day: 25, months', 'day: 25, dueKind: by, months')).plan!).checklist;
    expect([by.items[0]!.due, by.items[0]!.dueKind, by.items[0]!.time]).toEqual(['2026-03-25', 'by', 'Ngày 25 các tháng 3']);
    const event = new ICAL.Component(ICAL.parse(toIcs(by))).getAllSubcomponents('vevent')[0]!;
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-03-25');
    expect(event.getFirstPropertyValue('summary')).toBe('I.1 [Công an xã] Báo cáo tình hình cháy nổ trên địa bàn. (hạn: 25/3/2026)');
  });
});
