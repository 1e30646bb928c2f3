import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { deriveChecklist, toCsv, toIcs, toMarkdown } from '@kehoach/checklist';
import { foldLine } from '../../packages/checklist/src/ics-text.js';
import { safeCell } from '../../packages/checklist/src/csv-cell.js';
import { loadPlan, type Plan } from '@kehoach/core';
import { MINIMAL } from './minimal-plan.js';

// Issue 10, items 2, 3 and 10: plan text is data in every checklist format.

const INJECTED = 'X\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Nhấn vào http://evil.example\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT';

/** The minimal plan with some of its text replaced (YAML double-quoted, so escapes work). */
function planWith(edit: (yaml: string) => string): Plan {
  const r = loadPlan(edit(MINIMAL));
  if (!r.plan) throw new Error(JSON.stringify(r.diagnostics));
  return r.plan;
}
const yamlString = (s: string) => JSON.stringify(s);

describe('item 2: no line injection into the calendar', () => {
  const plan = planWith((y) =>
    y
      .replace('name: Ủy ban nhân dân xã A', `name: ${yamlString(INJECTED)}`)
      .replace('name: Công an xã', `name: ${yamlString('Công an\rxã;, \\ cuối\u2028dòng')}`)
      .replace('text: Làm việc một.', `text: ${yamlString('Làm việc\r\nBEGIN:VALARM một.')}`));
  const ics = toIcs(deriveChecklist(plan).checklist);

  test('every line is a property or a continuation, CRLF only, folded at 75 octets', () => {
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const l of lines) {
      expect(Buffer.byteLength(l), l).toBeLessThanOrEqual(75);
      expect(l, l).toMatch(/^( |[A-Z-]+[;:])/);
    }
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded.filter((l) => l.startsWith('BEGIN:'))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'BEGIN:VTODO']);
  });

  test('ical.js reads back exactly one event and one to-do, no alarm, and the names as written', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getAllSubcomponents().map((c) => c.name)).toEqual(['vevent', 'vtodo']);
    expect(cal.getAllSubcomponents('vevent')[0]!.getAllSubcomponents()).toEqual([]);
    expect(String(cal.getFirstPropertyValue('x-wr-calname'))).toContain('X\\nEND:VCALENDAR\\nBEGIN:VEVENT');
    const todo = cal.getFirstSubcomponent('vtodo')!;
    expect(todo.getFirstPropertyValue('summary')).toBe('I.1.a [Công an\nxã;, \\ cuối\ndòng] Làm việc BEGIN:VALARM một.');
  });
});

describe('item 10: the calendar is linear in the number of items', () => {
  test('foldLine counts octets without encoding, and never splits a character', () => {
    const line = 'SUMMARY:' + 'Việt 😀 '.repeat(40);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('each item is written once: the output of n items is n times one item', () => {
    // The calendar of 2 000 items is exactly the header, 2 000 copies of one item's components
    // (UIDs aside), and the footer — no step looks at all the other items.
    const one = toIcs(deriveChecklist(planWith((y) => y)).checklist);
    const many = deriveChecklist(planWith((y) => y)).checklist;
    many.items = Array.from({ length: 2000 }, (_, n) => ({ ...many.items[0]!, id: `${many.items[0]!.id}-${n}` }));
    const big = toIcs(many);
    const count = (s: string) => s.split('BEGIN:').length - 1;
    expect(count(big)).toBe(1 + 2000 * (count(one) - 1));
  });
});

describe('item 3: formulas in CSV cells are neutralised (OWASP)', () => {
  test.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    [' =HYPERLINK("http://x")', "' =HYPERLINK(\"http://x\")"],
    ['＝1+2', "'＝1+2"],
    ['Tuyên truyền', 'Tuyên truyền'],
    ['1 + 2 = 3', '1 + 2 = 3'],
  ])('%j → %j', (cell, safe) => expect(safeCell(cell)).toBe(safe));

  test('every text cell of the CSV, parsed back with csv-parse', () => {
    const plan = planWith((y) =>
      y
        .replace('name: Công an xã', `name: ${yamlString('=HYPERLINK("http://evil.example","Bấm")')}`)
        .replace('text: Làm việc một.', `text: ${yamlString('=1+2')}`)
        .replace('title: Kế hoạch thử', `title: ${yamlString('@cmd')}`));
    const rows = parseCsv(toCsv(deriveChecklist(plan).checklist), { bom: true }) as string[][];
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[\s]*[=+\-@]/);
    expect(rows[1]![2]).toBe("'=1+2");
    expect(rows[1]![3]).toBe('\'=HYPERLINK("http://evil.example","Bấm")');
  });
});

describe('sibling of item 2: Markdown checklists keep each item on one line', () => {
  test('a line break in a name or a task does not start a heading or an item', () => {
    const plan = planWith((y) =>
      y
        .replace('name: Công an xã', `name: ${yamlString('Công an\n# Giả mạo\r\n- [x] xong')}`)
        .replace('text: Làm việc một.', `text: ${yamlString('Làm\n## việc')}`));
    const md = toMarkdown(deriveChecklist(plan).checklist);
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(2);
    expect(md.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(1);
  });
});
