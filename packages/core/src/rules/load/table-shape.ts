import { toPointer } from '../../locate.js';
import { asData, asList, type IndexedTable } from '../index-plan.js';
import { defineRule } from '../rule.js';

const FIELDS: Readonly<Record<string, (field: string) => boolean>> = {
  tasks: (f) => ['number', 'text', 'output', 'time', 'lead', 'support', 'requested', 'monitor', 'note'].includes(f),
  targets: (f) => ['number', 'text', 'unit', 'baseline', 'target', 'year', 'result', 'note', 'lead'].includes(f) || f.startsWith('value:'),
};

/** How many columns a row of cells spans (a cell with `colSpan` counts for that many). */
function rowWidth(cells: readonly unknown[]): number {
  return cells.reduce((s: number, c) => {
    const span = asData(c)?.colSpan;
    return s + (typeof span === 'number' ? span : 1);
  }, 0);
}

function tooWide(width: number, columns: number): { detail: string; detailEn: string } {
  return { detail: `dòng rộng ${width} ô, bảng có ${columns} cột`, detailEn: `the row is ${width} cells wide, the table has ${columns} columns` };
}

/** What is wrong with one row of a table, if anything. */
function rowProblem(row: unknown, table: IndexedTable): { code: 'TABLE_INVALID'; detail: string; detailEn: string } | { code: 'SCHEMA_REQUIRED' } | undefined {
  const { kind, width } = table;
  if (Array.isArray(row)) {
    if (kind !== 'plain') return { code: 'TABLE_INVALID', detail: `bảng ${kind}: mỗi dòng là một đối tượng, không phải danh sách ô`, detailEn: `a ${kind} table's rows are objects, not lists of cells` };
    return rowWidth(row) > width ? { code: 'TABLE_INVALID', ...tooWide(rowWidth(row), width) } : undefined;
  }
  if (kind === 'plain') {
    return { code: 'TABLE_INVALID', detail: 'bảng thường: mỗi dòng là danh sách ô; dùng kind: tasks hoặc targets cho dòng là đối tượng', detailEn: 'a plain table row is a list of cells; use kind: tasks or targets for object rows' };
  }
  return kind === 'tasks' && typeof asData(row)?.id !== 'string' ? { code: 'SCHEMA_REQUIRED' } : undefined;
}

/** A table's columns, header rows and rows fit its kind (plain, tasks, targets) and its width. */
export default defineRule({
  meta: {
    id: 'table-shape',
    phase: 'load',
    severity: 'error',
    category: 'structure',
    required: true,
    codes: ['TABLE_INVALID', 'SCHEMA_REQUIRED'],
    notFixable: {
      vi: 'Cột hay hàng đúng của bảng chỉ người soạn biết.',
      en: 'The table\'s right columns or rows are known only to the writer.',
    },
    docs: {
      title: { vi: 'Hình dạng bảng', en: 'Table shape' },
      vi: 'Bảng đúng với loại của nó: bảng thường (`kind: plain`) có dòng là danh sách ô và không dùng `field`; bảng nhiệm vụ (`tasks`) và bảng chỉ tiêu (`targets`) có dòng là đối tượng (dòng nhiệm vụ có `id`) và cột dùng trường của loại đó; không dòng nào rộng hơn số cột.',
      en: 'A table fits its kind: a plain table\'s rows are lists of cells and its columns have no field; a tasks or targets table\'s rows are objects (a task row has an id) and its columns use that kind\'s fields; no row is wider than the columns.',
    },
    examples: {
      valid: [
        'body: [ { title: NHIỆM VỤ, items: [ { table: { columns: [ { title: TT }, { title: Nội dung } ], rows: [ [ "1", Tuyên truyền ] ] } } ] } ]',
      ],
      invalid: [
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { table: { columns: [ { title: TT }, { title: Nội dung } ], rows: [ [ "1", Tuyên truyền, Công an tỉnh ] ] } } ] } ]',
          errors: [
            { message: 'Bảng không hợp lệ: dòng rộng 3 ô, bảng có 2 cột.', path: '/body/0/items/0/table/rows/0', text: '- "1"\n              - Tuyên truyền\n              - Công an tỉnh\n' },
          ],
        },
        {
          code: 'body: [ { title: NHIỆM VỤ, items: [ { table: { kind: tasks, columns: [ { title: Nội dung, field: text }, { title: Đơn vị, field: unit } ], rows: [ { text: Tuyên truyền } ] } } ] } ]',
          errors: [
            { message: 'Bảng không hợp lệ: trường “unit” không dùng cho bảng tasks.', path: '/body/0/items/0/table/columns/1/field', text: 'unit' },
            { message: 'Thiếu thuộc tính bắt buộc “id”.', path: '/body/0/items/0/table/rows/0', text: 'text: Tuyên truyền\n' },
          ],
        },
      ],
    },
  },
  check({ index, report }) {
    for (const table of index.tables) {
      const fits = FIELDS[table.kind];
      asList(table.table.columns).forEach((c, i) => {
        const field = asData(c)?.field;
        if (typeof field !== 'string' || !field || fits?.(field)) return;
        report({
          code: 'TABLE_INVALID',
          path: toPointer([...table.path, 'columns', i, 'field']),
          params: table.kind === 'plain'
            ? { detail: 'bảng thường (kind: plain) không dùng field', detailEn: 'a plain table has no fields' }
            : { detail: `trường “${field}” không dùng cho bảng ${table.kind}`, detailEn: `field "${field}" is not for a ${table.kind} table` },
        });
      });
      asList(table.table.header).forEach((r, i) => {
        if (Array.isArray(r) && rowWidth(r) > table.width) report({ code: 'TABLE_INVALID', path: toPointer([...table.path, 'header', i]), params: tooWide(rowWidth(r), table.width) });
      });
    }
    for (const { row, path, table } of index.rows) {
      const p = rowProblem(row, table);
      if (!p) continue;
      if (p.code === 'SCHEMA_REQUIRED') report({ code: p.code, path: toPointer(path), params: { property: 'id' } });
      else report({ code: p.code, path: toPointer(path), params: { detail: p.detail, detailEn: p.detailEn } });
    }
  },
});
