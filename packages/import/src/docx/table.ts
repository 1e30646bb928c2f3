import type { ReceivedBlock, ReceivedCell, ReceivedRow, ReceivedTable } from '../model.js';
import { attr, child, childVal, children, childrenNamed, intAttr, type El } from './xml.js';

/** Reads the blocks inside a container (body, cell); given by the caller to allow nesting. */
export type BlockReader = (container: El) => ReceivedBlock[];

interface PendingCell {
  cell: ReceivedCell;
  merge: 'restart' | 'continue' | undefined;
}

/** True when a border element has at least one drawn side. */
function hasBorders(el: El | undefined): boolean {
  if (!el) return false;
  return children(el).some((side) => {
    const v = attr(side, 'val');
    return v !== undefined && v !== 'nil' && v !== 'none';
  });
}

/**
 * Reads a `w:tbl`: grid widths, rows, cells with `gridSpan` (colSpan) and `vMerge` (rowSpan; the
 * continuation cells are folded into the cell that starts the merge). Role is set by the caller.
 */
export function readTable(tbl: El, readBlocks: BlockReader, styleBorders: (id: string | undefined) => boolean): ReceivedTable {
  const grid = childrenNamed(child(tbl, 'tblGrid') ?? tbl, 'gridCol').map((g) => (intAttr(g, 'w') ?? 0) / 20);
  const tblPr = child(tbl, 'tblPr');
  let borders = hasBorders(child(tblPr, 'tblBorders')) || styleBorders(childVal(tblPr, 'tblStyle'));
  const pending: PendingCell[][] = [];
  const rows: ReceivedRow[] = [];
  for (const tr of childrenNamed(tbl, 'tr')) {
    const trPr = child(tr, 'trPr');
    let column = intAttr(child(trPr, 'gridBefore'), 'val') ?? 0;
    const cells: PendingCell[] = [];
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.max(1, intAttr(child(tcPr, 'gridSpan'), 'val') ?? 1);
      const vMerge = child(tcPr, 'vMerge');
      const merge = vMerge ? (attr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : undefined;
      if (hasBorders(child(tcPr, 'tcBorders'))) borders = true;
      cells.push({ cell: { blocks: readBlocks(tc), column, colSpan: span, rowSpan: 1 }, merge });
      column += span;
    }
    pending.push(cells);
    const row: ReceivedRow = { cells: [] };
    if (child(trPr, 'tblHeader') !== undefined) row.header = true;
    rows.push(row);
  }
  // Fold vertical merges: a continuation cell extends the nearest cell above at the same column.
  for (let r = 0; r < pending.length; r++) {
    for (const pc of pending[r]!) {
      if (pc.merge === 'continue') {
        const owner = findOwner(rows, r, pc.cell.column);
        if (owner) {
          owner.rowSpan = r - rowIndexOf(rows, owner) + 1;
          continue;
        }
      }
      rows[r]!.cells.push(pc.cell);
    }
  }
  const columns = Math.max(grid.length, ...pending.map((cs) => cs.reduce((n, c) => Math.max(n, c.cell.column + c.cell.colSpan), 0)));
  const table: ReceivedTable = { kind: 'table', rows, columns, role: 'content', borders, source: {} };
  if (grid.length > 0) table.widths = grid;
  return table;
}

/** The `w:tc` of a row, looking through content controls and custom XML wrappers. */
function cellsOf(tr: El): El[] {
  const out: El[] = [];
  for (const c of children(tr)) {
    if (c.localName === 'tc') out.push(c);
    else if (c.localName === 'sdt') out.push(...cellsOf(child(c, 'sdtContent') ?? c));
    else if (c.localName === 'customXml') out.push(...cellsOf(c));
  }
  return out;
}

function findOwner(rows: ReceivedRow[], r: number, column: number): ReceivedCell | undefined {
  for (let up = r - 1; up >= 0; up--) {
    const found = rows[up]!.cells.find((c) => c.column === column);
    if (found) return found;
  }
  return undefined;
}

function rowIndexOf(rows: ReceivedRow[], cell: ReceivedCell): number {
  return rows.findIndex((row) => row.cells.includes(cell));
}
