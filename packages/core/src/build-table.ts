import { formatTime, roman, vietnameseLetter } from '@kehoach/nd30';
import type { CellInput, ColumnInput, RowInput, TableGroupInput, TableInput, TargetInput, TaskInput } from '@kehoach/schema';
import { joinLabelled } from './attribution.js';
import { refList } from './check-plan.js';
import { toPointer } from './locate.js';
import type { OutlineNode, TableCell, TableModel, TableRow, Task } from './model.js';
import { node, type Seg } from './outline-node.js';
import { paragraphs } from './text-paragraphs.js';
import type { TaskContext } from './build-tasks.js';

function cell(c: CellInput): TableCell {
  if (typeof c === 'string') return { paragraphs: c ? [c.normalize('NFC')] : [], colSpan: 1, rowSpan: 1 };
  return {
    paragraphs: paragraphs(c.text),
    colSpan: c.colSpan ?? 1,
    rowSpan: c.rowSpan ?? 1,
    ...(c.align ? { align: c.align } : {}),
    ...(c.bold ? { bold: true } : {}),
  };
}

const text = (s: string | number | undefined): TableCell => ({ paragraphs: s === undefined || s === '' ? [] : [String(s)], colSpan: 1, rowSpan: 1 });

/**
 * Lays out logical rows (cells that may span rows and columns) as a grid: a cell covered by a
 * row span above it becomes a `continued` placeholder, so renderers need no bookkeeping
 * (Word's `vMerge`, an empty cell in text).
 */
export function toGrid(rows: TableRow[], width: number): TableRow[] {
  const pending: Array<{ left: number; span: number }> = Array.from({ length: width }, () => ({ left: 0, span: 1 }));
  return rows.map((r) => {
    const out: TableCell[] = [];
    let col = 0;
    const fill = () => {
      while (col < width && pending[col]!.left > 0) {
        const p = pending[col]!;
        out.push({ paragraphs: [], colSpan: p.span, rowSpan: 1, continued: true });
        p.left--;
        col += p.span;
      }
    };
    for (const c of r.cells) {
      fill();
      out.push(c);
      if (c.rowSpan > 1) pending[col] = { left: c.rowSpan - 1, span: c.colSpan };
      col += c.colSpan;
    }
    fill();
    return { ...r, cells: out };
  });
}

/** The header rows: given ones, else one row of the column titles. */
function header(t: TableInput): TableRow[] {
  const rows = t.header ?? [t.columns.map((c) => c.title)];
  return toGrid(rows.map((r, i) => ({ cells: r.map((c) => ({ ...cell(c), bold: true, align: 'center' as const })), path: toPointer(['header', i]) })), width(t.columns));
}

function width(columns: ColumnInput[]): number {
  return columns.length;
}

const groupLabel = (style: TableInput['groupStyle'], n: number) =>
  style === 'number' ? String(n) : style === 'letter' ? vietnameseLetter(n) : style === 'plain' ? '' : roman(n);

/**
 * Builds a table block. A task table's rows are tasks (collected for checklists, clone and trace)
 * whose columns show their fields; a task split in `parts` spans several rows, its own cells merged
 * vertically. A target table's rows are indicators. Group rows (I, II …) span the columns after
 * the first.
 */
export function buildTable(t: TableInput, path: Seg, ctx: TaskContext): OutlineNode {
  const kind = t.kind ?? 'plain';
  const cols = t.columns;
  const rows: TableRow[] = [];
  const tasks: Array<{ task: Task; local: string }> = [];
  // “Sở Tư pháp; UBND các xã, phường, đặc khu”: a name with a comma of its own needs “; ” between names.
  const names = (ids: TaskInput['lead']) => joinLabelled(ctx.resolve(refList(ids)));

  const taskRows = (r: TaskInput, p: Seg, number: string, local: string) => {
    const assigned = r.assignedBy ? r.assignedBy.note ?? (r.assignedBy.reference ? `Theo phân công tại ${ctx.citeShort(r.assignedBy.reference) ?? r.assignedBy.reference}` : undefined) : undefined;
    const task: Task = {
      id: r.id,
      ref: '',
      path: toPointer(p),
      text: paragraphs(r.text),
      lead: ctx.resolve(refList(r.lead)),
      support: ctx.resolve(refList(r.support)),
      requested: ctx.resolve(refList(r.requested)),
      monitor: ctx.resolve(refList(r.monitor)),
      ...(r.time ? { time: r.time } : r.parts?.[0]?.time ? { time: r.parts[0].time } : {}),
      ...(r.output ? { output: r.output } : r.parts?.[0]?.output ? { output: r.parts[0].output } : {}),
      ...(r.parts && r.parts.length > 1
        ? { parts: r.parts.map((x, k) => ({ ...(x.time ?? (k === 0 ? r.time : undefined) ? { time: x.time ?? r.time } : {}), ...(x.output ?? (k === 0 ? r.output : undefined) ? { output: x.output ?? r.output } : {}) })) }
        : {}),
      ...(assigned ? { assignedBy: assigned } : {}),
      groups: [],
    };
    ctx.list.push(task);
    tasks.push({ task, local });
    const parts = r.parts?.length ? r.parts : [{}];
    const span = parts.length;
    parts.forEach((part, k) => {
      const cells: TableCell[] = [];
      for (const c of cols) {
        const f = c.field ?? 'text';
        const perPart = ['output', 'time', 'note'].includes(f) || ((f === 'lead' || f === 'support' || f === 'monitor' || f === 'requested') && r.parts?.some((x) => x[f] !== undefined));
        if (!perPart && k > 0) continue;
        // An assignment by another document spans the lead column and a support column right after it.
        if (assigned && !r.lead && f === 'support' && cols[cols.indexOf(c) - 1]?.field === 'lead' && !r.support) continue;
        const value = (() => {
          switch (f) {
            case 'number': return text(number);
            case 'text': return { paragraphs: [...task.text, ...(part.text ? [part.text] : [])], colSpan: 1, rowSpan: 1 };
            case 'output': return text(part.output ?? (k === 0 ? r.output : undefined));
            case 'time': {
              const time = part.time ?? (k === 0 ? r.time : undefined);
              return text(time ? formatTime(time, ctx.citeShort) : undefined);
            }
            case 'note': return text(part.note ?? (k === 0 ? r.note : undefined));
            case 'lead':
              if (assigned && !r.lead) return { ...text(assigned), colSpan: cols[cols.indexOf(c) + 1]?.field === 'support' && !r.support ? 2 : 1 };
              return text(names(part[f] ?? r[f]));
            case 'support': case 'requested': case 'monitor': return text(names(part[f] ?? r[f]));
            default: return text(undefined);
          }
        })();
        cells.push({ ...value, rowSpan: perPart ? 1 : span, ...(c.align ? { align: c.align } : {}) });
      }
      rows.push({ cells, path: toPointer(k ? [...p, 'parts', k] : p) });
    });
  };

  const targetRow = (r: TargetInput, p: Seg, number: string) => {
    const cells = cols.map((c): TableCell => {
      const f = c.field ?? 'text';
      const v = f.startsWith('value:') ? r.values?.[f.slice(6)] : f === 'number' ? number : f === 'text' ? undefined : f === 'lead' ? names(r.lead) : (r as Record<string, string | number | undefined>)[f];
      const base = f === 'text' ? { paragraphs: paragraphs(r.text), colSpan: 1, rowSpan: 1 } : text(v as string | number | undefined);
      return { ...base, ...(c.align ? { align: c.align } : {}) };
    });
    rows.push({ cells, path: toPointer(p) });
  };

  const row = (r: RowInput, p: Seg, number: string, local = number) => {
    if (Array.isArray(r)) rows.push({ cells: r.map(cell), path: toPointer(p) });
    else if (kind === 'tasks') taskRows(r as TaskInput, p, number, local);
    else targetRow(r as TargetInput, p, number);
  };

  let n = 0;
  (t.rows ?? []).forEach((r, i) => row(r, [...path, 'rows', i], String(++n)));
  const group = (g: TableGroupInput, p: Seg, label: string, prefix: string) => {
    rows.push({
      cells: [{ ...text(label), bold: true, align: 'center' }, { paragraphs: [g.title!], colSpan: cols.length - 1, rowSpan: 1, bold: true }],
      path: toPointer(p),
      group: true,
    });
    let k = 0;
    const local = `${prefix}${label || i0(p)}`;
    (g.rows ?? []).forEach((r, i) => { k++; row(r, [...p, 'rows', i], String(k), `${local}.${k}`); });
    (g.groups ?? []).forEach((sg, i) => group(sg, [...p, 'groups', i], String(i + 1), `${local}.`));
  };
  const i0 = (p: Seg) => String(Number(p[p.length - 1]) + 1);
  (t.groups ?? []).forEach((g, i) => group(g, [...path, 'groups', i], groupLabel(t.groupStyle, i + 1), ''));

  const total = cols.reduce((s, c) => s + (c.width ?? 1), 0);
  const model: TableModel = {
    kind,
    ...(t.title ? { title: t.title } : {}),
    widths: cols.map((c) => (c.width ?? 1) / total),
    header: header(t),
    rows: toGrid(rows, cols.length),
    landscape: t.landscape ?? false,
    fontSize: t.fontSize ?? 12,
  };
  return node('table', 'plain', path, { table: model, tableTasks: tasks });
}
