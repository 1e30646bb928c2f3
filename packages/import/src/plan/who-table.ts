/**
 * A table that is the plan (issue 20, form 7): “NỘI DUNG CÔNG VIỆC | NGƯỜI THỰC HIỆN”, a school's or a
 * unit's monthly plan whose first column lists the work (headings and dashes) and whose second lists,
 * line by line, who does each item. The items become tasks led by whoever each line names
 * (`findDoers` of @kehoach/nd30), that line kept as the task's attribution wording.
 */
import { findDoers } from '@kehoach/nd30';
import type { BlockInput, TaskGroupInput, TaskInput } from '@kehoach/schema';
import type { ReceivedBlock, ReceivedTable } from '../model.js';
import type { BodyContext } from './body.js';
import { plausibleName } from '../recognise/agencies.js';
import { styleOf, uniqueId } from './body.js';
import { toLine, type Line } from './lines.js';
import { buildOutline, type OutlineNode } from './outline.js';
import { tableBlock } from './task-table.js';
import { timeInText } from './time.js';

/** The titles of the two columns, as plans write them (each a form with its example, run as a test). */
export const WHO_TABLE_COLUMNS: { work: RegExp; who: RegExp; example: [string, string] } = {
  work: /^(?:nội dung(?: công việc)?|công việc|nhiệm vụ|nội dung nhiệm vụ|hoạt động)$/iu,
  who: /^(?:người thực hiện|người phụ trách|phụ trách|bộ phận thực hiện|đơn vị thực hiện|người, đơn vị thực hiện|thực hiện)$/iu,
  example: ['NỘI DUNG CÔNG VIỆC', 'NGƯỜI THỰC HIỆN'],
};

const cellLines = (blocks: readonly ReceivedBlock[]): Line[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [toLine(b)].filter((l): l is Line => Boolean(l)) : []));
const plain = (blocks: readonly ReceivedBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' && b.plain.trim() ? [b.plain.replace(/\s+/g, ' ').trim()] : []));

/** The items of a column's outline: numbered or marked lines with no items under them (headings have some). */
function items(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => (n.line.label && !n.children.some((c) => c.line.label) ? [n] : items(n.children)));
}

/** A person named by title and name is a person (`ca-nhan`); a group or body is not. */
const PERSON = /^(?:Thầy|Cô|Bà|Ông|Đồng chí|Đ\/c)\s+\p{Lu}/u;

function task(n: OutlineNode, who: string, ctx: BodyContext): TaskInput {
  const words = [n.line.text, ...n.children.filter((c) => !c.line.label).map((c) => c.line.text)];
  const t: TaskInput = { id: uniqueId(ctx, n.line.text, 'nhiem-vu'), style: styleOf(n), text: words.length === 1 ? words[0]! : words };
  const names = findDoers(who).filter(plausibleName);
  const ids = [...new Set(names.map((x) => ctx.agencies.add(x, PERSON.test(x) ? { kind: 'ca-nhan' } : {})))];
  if (ids.length) t.lead = ids.length === 1 ? ids[0]! : ids;
  t.showAttribution = false; // the line is printed where the original has it: in the second column's list
  const prose = timeInText(words.join(' '), ctx.year);
  if (prose.time) {
    const { note: _n, ...time } = prose.time;
    if (Object.keys(time).length) t.time = time;
  }
  if (prose.unsure) ctx.unsure.addFor(t, 'text', prose.unsure, n.line.source);
  ctx.stats.tasks++;
  if (t.lead) ctx.stats.withLead++, ctx.stats.named++;
  if (t.time) ctx.stats.dated++;
  return t;
}

/**
 * The table as tasks, when it is one: two columns titled as {@link WHO_TABLE_COLUMNS} says, each body
 * row a list of items in the first and as many lines in the second (paired in order); `undefined`
 * otherwise; a plain table when a row's counts differ (the lines cannot be paired without guessing:
 * no agencies are made of them, and `unsure` says so). Printed as the original reads, column by column: the first
 * column's title and its items (the tasks), then the second's title and its lines as written — the
 * pairing is in the data (each task's lead), the words in the original's order.
 */
export function whoTable(t: ReceivedTable, ctx: BodyContext): BlockInput[] | undefined {
  if (t.columns !== 2 || t.rows.length < 2) return undefined;
  const head = t.rows[0]!.cells.map((c) => plain(c.blocks).join(' '));
  if (!WHO_TABLE_COLUMNS.work.test(head[0] ?? '') || !WHO_TABLE_COLUMNS.who.test(head[1] ?? '')) return undefined;
  const groups: TaskGroupInput[] = [];
  const lines: string[] = [];
  for (const row of t.rows.slice(1)) {
    const [work, who] = row.cells;
    if (!work || !who) return undefined;
    const { roots } = buildOutline(cellLines(work.blocks));
    const list = items(roots);
    const doers = plain(who.blocks);
    // one duty a row: a task table as any other (tableBlock)
    if (list.length < 2) return undefined;
    if (list.length !== doers.length) {
      ctx.unsure.add(['body'], `bảng “${head.join(' | ')}”: ${list.length} việc nhưng ${doers.length} dòng người thực hiện, không ghép được: giữ nguyên bảng`, t.source);
      return [tableBlock(t, ctx, { plain: true })];
    }
    lines.push(...doers);
    const pair = new Map(list.map((n, i) => [n, doers[i]!]));
    for (const r of roots) {
      if (pair.has(r)) groups.push({ tasks: [task(r, pair.get(r)!, ctx)] });
      else if (r.line.label) groups.push({ title: r.line.text, style: styleOf(r), tasks: items(r.children).map((c) => task(c, pair.get(c)!, ctx)) });
    }
  }
  return [
    { title: head[0]!, items: [{ tasks: { layout: 'by-theme', attribution: 'parenthesis', groups } }] },
    { title: head[1]!, items: lines },
  ];
}
