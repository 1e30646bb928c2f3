import { formatTime } from '@kehoach/nd30';
import { joinNames, type Plan, type TableCell, type TableModel, type TableRow, type Task } from '@kehoach/core';
import { attachedTo } from './attached-to.js';
import { parseInline, runsToPlain } from './inline.js';
import type { DocTable, PrintedAppendix } from './printed-document.js';

/**
 * The columns of the task list: title and relative width (twentieths of a point on a landscape A4
 * page with 1134 margins, 14 570 in all: the fractions the renderers lay out).
 */
export const TASK_COLUMNS: ReadonlyArray<readonly [title: string, width: number]> = [
  ['STT', 700],
  ['Nội dung nhiệm vụ', 6000],
  ['Cơ quan chủ trì', 2400],
  ['Cơ quan phối hợp', 2400],
  ['Thời gian thực hiện', 1870],
  ['Sản phẩm', 1200],
];
/** The column of the task's text: justified, and given the width of the columns no task fills. */
const TEXT_COLUMN = 1;

const cell = (text: string, align: TableCell['align']): TableCell => ({ paragraphs: [text], colSpan: 1, rowSpan: 1, ...(align ? { align } : {}) });

/** One task's cells, as plain text: number, reference and text, lead (or requested), support, time, output. */
function taskCells(t: Task, n: number): string[] {
  const text = t.text.map((p) => runsToPlain(parseInline(p))).join(' ') || '(các nội dung con)';
  return [String(n + 1), `${t.ref} ${text}`, joinNames(t.lead.length ? t.lead : t.requested), joinNames(t.support), formatTime(t.time), t.output ?? ''];
}

/**
 * The tasks as a list table: one row per task, numbered from 1; a column no task fills (often
 * “Sản phẩm”) is left out and its width goes to the task's text.
 */
export function taskTable(tasks: readonly Task[]): DocTable {
  const cells = tasks.map(taskCells);
  const keep = TASK_COLUMNS.map((_, i) => i <= TEXT_COLUMN || cells.some((c) => c[i]));
  const total = TASK_COLUMNS.reduce((s, c) => s + c[1], 0);
  const spare = TASK_COLUMNS.reduce((s, c, i) => s + (keep[i] ? 0 : c[1]), 0);
  const columns = TASK_COLUMNS.map(([title, w], i) => [title, i === TEXT_COLUMN ? w + spare : w] as const).filter((_, i) => keep[i]);
  const pick = (r: string[]) => r.filter((_, i) => keep[i]);
  const header: TableRow = { cells: columns.map(([title]) => cell(title, 'center')), path: '' };
  const rows: TableRow[] = cells.map((c, r) => ({
    cells: pick(c).map((text, i) => cell(text, i === TEXT_COLUMN ? 'justify' : 'center')),
    path: tasks[r]!.path,
  }));
  const table: TableModel = { kind: 'tasks', widths: columns.map(([, w]) => w / total), header: [header], rows, landscape: true, fontSize: 12 };
  return { role: 'table', depth: 0, ref: '', table, list: true };
}

/** Options of `taskAppendix`. */
export interface TaskAppendixOptions {
  /** The tasks to list (default: every task of the plan), in the plan's order. */
  tasks?: readonly Task[];
  /** The title in upper case (default `DANH MỤC NHIỆM VỤ`). */
  title?: string;
}

/**
 * The appendix “Phụ lục: Danh mục nhiệm vụ” (landscape): its heading, title, “(Kèm theo …)” line
 * and the task table. `buildDocument(plan, { appendix: true })` adds it after the plan's own
 * appendices; a checklist prints it alone (`printChecklist`).
 *
 * @example
 * const a = taskAppendix(plan, false); // a.title === 'DANH MỤC NHIỆM VỤ', a.landscape === true
 */
export function taskAppendix(plan: Plan, draft: boolean, options: TaskAppendixOptions = {}): PrintedAppendix {
  return {
    heading: 'Phụ lục',
    title: options.title ?? 'DANH MỤC NHIỆM VỤ',
    attached: attachedTo(plan, draft),
    landscape: true,
    body: [taskTable(options.tasks ?? plan.tasks)],
  };
}
