import type { BlockInput, TableInput, TaskInput, TaskPartInput } from '@kehoach/schema';
import type { ReceivedBlock, ReceivedTable } from '../model.js';
import { splitAgencies } from '../recognise/agencies.js';
import { uniqueId, type BodyContext } from './body.js';
import { parseTime } from './time.js';

type Cell = { text: string; colSpan: number; rowSpan: number };
/** A grid position: the cell covering it, whether the cell starts in this row, and whether this is its first column. */
interface Slot {
  cell: Cell;
  own: boolean;
  first: boolean;
}

function cellText(blocks: readonly ReceivedBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) if (b.kind === 'paragraph' && b.plain.trim()) out.push(b.plain.replace(/\s+/g, ' ').trim());
  return out.join('\n');
}

/** Places the cells of some rows on a grid of `columns`, merged cells (`colSpan`, `rowSpan`) covering their places. */
function grid(rows: readonly Cell[][], columns: number): (Slot | undefined)[][] {
  const g: (Slot | undefined)[][] = rows.map(() => Array<Slot | undefined>(columns).fill(undefined));
  rows.forEach((row, r) => {
    let col = 0;
    for (const c of row) {
      while (col < columns && g[r]![col]) col++;
      for (let dr = 0; dr < c.rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < c.colSpan && col + dc < columns; dc++) g[r + dr]![col + dc] = { cell: c, own: dr === 0, first: dc === 0 };
      }
      col += c.colSpan;
    }
  });
  return g;
}

/** The field a task-table column holds, from its title. */
function columnField(title: string): string | undefined {
  const k = title.toLocaleLowerCase('vi');
  if (/^(stt|tt|số tt)$/.test(k)) return 'number';
  if (/phối hợp/.test(k)) return 'support'; // before lead: “Phối hợp thực hiện”
  if (/chủ trì|thực hiện$|đơn vị thực hiện/.test(k)) return 'lead';
  if (/theo dõi|đôn đốc/.test(k)) return 'monitor';
  if (/thời gian|thời hạn|tiến độ/.test(k)) return 'time';
  if (/sản phẩm|kết quả/.test(k)) return 'output';
  if (/ghi chú/.test(k)) return 'note';
  if (/nội dung|nhiệm vụ|hoạt động|công việc/.test(k)) return 'text';
  return undefined;
}

const spans = (c: Cell) => ({ ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}), ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}) });
const flat = (s: string) => s.replace(/\n/g, ' ');
const AGENCY_FIELDS = ['lead', 'support', 'monitor'] as const;

/** A lead cell holds a few agency names; a cell of sentences (corpus 16: one row for the whole plan) does not. */
const agencyList = (text: string) => {
  const names = splitAgencies(text.replace(/\n/g, ', '));
  return names.length <= 8 && names.every((n) => n.split(" ").length <= 24) ? names : undefined;
};
/** “Theo phân công tại Quyết định số …” across the lead and support columns: an assignment by another document. */
const ASSIGNED = /^Theo phân công\b/u;

/**
 * A content table: a task table (kind `tasks`) when its columns name the task and the lead, with
 * group rows (I, II … or one merged cell) as `groups`, a task over several rows (merged number and
 * text cells) as `parts`, a header of several rows kept; a plain table otherwise (or when `plain`).
 */
export function tableBlock(t: ReceivedTable, ctx: BodyContext, { plain = false } = {}): BlockInput {
  const rows: Cell[][] = t.rows.map((r) => r.cells.map((c) => ({ text: cellText(c.blocks), colSpan: c.colSpan, rowSpan: c.rowSpan })));
  const headerCount = Math.max(1, t.rows.filter((r) => r.header).length);
  const head = rows.slice(0, headerCount);
  const hg = grid(head, t.columns);
  const titles = Array.from({ length: t.columns }, (_, i) => flat(hg[head.length - 1]?.[i]?.cell.text ?? ''));
  const fields = titles.map(columnField);
  const body = rows.slice(headerCount);
  const g = grid(body, t.columns);
  const at = (f: string) => fields.indexOf(f);
  const value = (r: number, f: string) => {
    const s = g[r]?.[at(f)];
    return s && s.own && s.first ? s.cell.text : '';
  };
  const isGroupRow = (r: number) => {
    const own = body[r]!;
    if (own.length < t.columns && own.some((c) => c.colSpan > 1) && own.filter((c) => c.text).length <= 2 && !own.some((c) => c.rowSpan > 1)) return true;
    return /^[IVXLC]+\.?$/.test(value(r, 'number')) && ['lead', 'support', 'time', 'monitor', 'output'].every((f) => at(f) < 0 || !value(r, f));
  };
  const isPart = (r: number) => g[r]?.[at('text')]?.own === false;
  const rowOk = (r: number) =>
    isGroupRow(r) || g[r]!.every(Boolean) && AGENCY_FIELDS.every((f) => at(f) < 0 || agencyList(value(r, f)) !== undefined || (f === 'lead' && ASSIGNED.test(value(r, f))));
  const isTasks = !plain && fields.includes('lead') && fields.includes('text') && fields.every((f) => f !== undefined) && body.every((_, r) => rowOk(r));

  const table: TableInput = { columns: titles.map((title) => ({ title: title || ' ' })) };
  if (t.widths?.length === t.columns) {
    const total = t.widths.reduce((a, b) => a + b, 0);
    table.columns.forEach((c, i) => (c.width = Math.max(1, Math.round((t.widths![i]! / total) * 100))));
  }
  if (headerCount > 1) table.header = head.map((r) => r.map((c) => ({ text: c.text || ' ', ...spans(c) })));
  if (!isTasks) {
    table.rows = body.map((r) => r.map((c) => (c.colSpan > 1 || c.rowSpan > 1 ? { text: c.text || ' ', ...spans(c) } : c.text)));
    return { table };
  }
  table.kind = 'tasks';
  table.columns.forEach((c, i) => (c.field = fields[i]!));
  const refs = (text: string) => {
    const ids = [...new Set((agencyList(text) ?? []).map((x) => ctx.agencies.add(x)))];
    return ids.length === 1 ? ids[0]! : ids.length ? ids : undefined;
  };
  const fill = (target: TaskInput | TaskPartInput, r: number) => {
    for (const f of AGENCY_FIELDS) {
      const text = value(r, f);
      if (f === 'lead' && ASSIGNED.test(text)) (target as TaskInput).assignedBy = { note: flat(text) };
      else {
        const v = refs(text);
        if (v) target[f] = v;
      }
    }
    const time = value(r, 'time');
    if (time) target.time = { ...(parseTime(time, ctx.year) ?? {}), note: flat(time) };
    if (value(r, 'output')) target.output = flat(value(r, 'output'));
    if (value(r, 'note')) target.note = flat(value(r, 'note'));
  };
  const groups: NonNullable<TableInput['groups']> = [];
  const loose: TaskInput[] = [];
  let last: TaskInput | undefined;
  const counted = (task: TaskInput) => {
    if (task.lead || task.assignedBy || task.parts?.some((p) => p.lead)) ctx.stats.withLead++, ctx.stats.named++;
    if (task.time || task.parts?.some((p) => p.time)) ctx.stats.dated++;
  };
  body.forEach((cells, r) => {
    if (isGroupRow(r)) {
      const title = g[r]![at('text')]?.own ? value(r, 'text') || cells.map((c) => c.text).filter((x) => x && !/^[IVXLC]+\.?$/.test(x)).join(' ') : '';
      groups.push({ title: flat(title) || ' ', rows: [] });
      return;
    }
    if (isPart(r) && last) {
      const part: TaskPartInput = {};
      fill(part, r);
      if (!last.parts) {
        const first: TaskPartInput = {};
        for (const k of ['output', 'time', 'note', ...AGENCY_FIELDS] as const) {
          if (last[k] !== undefined) (first as Record<string, unknown>)[k] = last[k];
          if (k !== 'lead' && k !== 'support' && k !== 'monitor') delete last[k];
        }
        last.parts = [first];
      }
      last.parts.push(part);
      return;
    }
    const text = value(r, 'text');
    const task: TaskInput = { id: uniqueId(ctx, text, 'nhiem-vu'), text: text.includes('\n') ? text.split('\n') : text };
    fill(task, r);
    ctx.stats.tasks++;
    last = task;
    (groups.length ? groups[groups.length - 1]!.rows! : loose).push(task);
  });
  for (const task of [...loose, ...groups.flatMap((x) => x.rows as TaskInput[])]) counted(task);
  if (groups.length && loose.length) groups.unshift({ title: ' ', rows: loose });
  if (groups.length) table.groups = groups;
  else table.rows = loose;
  return { table };
}
