import { describe, expect, test } from 'vitest';
import { deriveChecklist, printChecklist } from '@kehoach/checklist';
import { taskAppendix, type DocTable } from '@kehoach/document';
import { loadExample } from '../../../test/helpers.js';

// A checklist printed: the task appendix of the tasks it lists (`kehoach checklist --format docx`).
const plan = loadExample('tuyen-quang-2025-30-7');
const refs = (t: DocTable) => t.table.rows.map((r) => r.cells[1]!.paragraphs[0]!.split(' ')[0]);

describe('printChecklist', () => {
  test('the whole checklist prints the plan’s task appendix, every task once (not once per agency or occurrence)', () => {
    const { checklist } = deriveChecklist(plan);
    expect(checklist.items.length).toBeGreaterThan(plan.tasks.length);
    expect(printChecklist(checklist, plan)).toEqual(taskAppendix(plan, plan.draft));
  });
  test('one agency’s checklist: its tasks only (lead, support or requested), numbered from 1, the agency in the title; no report', () => {
    // Viện kiểm sát: supports II.1.d, is requested in II.12.
    const { checklist } = deriveChecklist(plan, { agency: 'vks-tinh' });
    const printed = printChecklist(checklist, plan, { agency: 'vks-tinh' });
    expect(printed.title).toBe('DANH MỤC NHIỆM VỤ CỦA VIỆN KIỂM SÁT NHÂN DÂN TỈNH');
    const mine = plan.tasks.filter((t) => [...t.lead, ...t.support, ...t.requested].some((a) => a.id === 'vks-tinh'));
    const table = printed.body[0] as DocTable;
    expect(refs(table)).toEqual(['II.1.d', 'II.12']);
    expect(mine.map((t) => t.ref)).toEqual(['II.1.d', 'II.12']);
    expect(table.table.rows.map((r) => r.cells[0]!.paragraphs[0])).toEqual(mine.map((_, i) => String(i + 1)));
    // Sở KH&CN reports (III) as well as leading II.7.a and II.7.b: a report is an item, not a task.
    const khcn = deriveChecklist(plan, { agency: 'so-khcn' }).checklist;
    expect(khcn.items.map((i) => i.ref)).toEqual(['II.7.a', 'II.7.b', 'III']);
    expect(refs(printChecklist(khcn, plan, { agency: 'so-khcn' }).body[0] as DocTable)).toEqual(['II.7.a', 'II.7.b']);
  });
  test('a draft of its own: blank number and date', () => {
    const printed = printChecklist(deriveChecklist(plan).checklist, plan, { draft: true });
    expect(printed.attached).toContain('Kế hoạch số       /KH-UBND');
  });
});
