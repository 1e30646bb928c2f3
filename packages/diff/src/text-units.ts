import { valueAt, type Plan } from '@kehoach/core';
import { parseInline, runsToPlain, type DocBlock, type PrintedDocument } from '@kehoach/document';

/** A piece of the body that is not a duty: a heading, a paragraph, a row of a table. */
export interface TextUnit {
  /** Its words as printed, without the generated number. */
  text: string;
  ref: string;
  path: string;
  /** Where it prints among the plan's blocks. */
  pos: number;
  /** The appendix it belongs to (index among the plan's own appendices), if any. */
  appendix?: number;
}

/** A block of the printed plan with where it prints and the appendix it is in. */
export interface PlacedBlock {
  block: DocBlock;
  pos: number;
  appendix?: number;
}

/** The blocks of the body, then of each of the plan's own appendices, in print order. */
export function placedBlocks(doc: PrintedDocument): PlacedBlock[] {
  const out: PlacedBlock[] = doc.body.map((block, pos) => ({ block, pos }));
  doc.appendices.forEach((a, appendix) => a.body.forEach((block) => out.push({ block, pos: out.length, appendix })));
  return out;
}

const plain = (s: string) => runsToPlain(parseInline(s)).replace(/\s+/g, ' ').trim();

/** The text of a printed paragraph without its generated number: heading, then its text. */
function paragraphText(b: Exclude<DocBlock, { role: 'table' }>): string {
  const parts = [b.title, b.text].filter((s): s is string => s !== undefined).map(plain);
  return parts.join(b.inline ? ': ' : ' ').trim();
}

/** Is `path` a duty's, or one of its generated lines (`…/labels/0`)? */
function isDutyPath(path: string, duties: ReadonlySet<string>): boolean {
  if (duties.has(path)) return true;
  const labels = path.lastIndexOf('/labels/');
  return labels > 0 && duties.has(path.slice(0, labels));
}

/**
 * The body's text that is not a duty, as units to compare: headings, paragraphs, rows of tables
 * that are not task tables, and the opening's closing sentence. Inside a task block only what the
 * plan writes counts (a group's own heading, a paragraph among the tasks), not what is generated
 * from the data (an agency heading, a trailing “(… chủ trì …)”): the duties carry those.
 */
export function textUnits(plan: Plan, blocks: readonly PlacedBlock[]): TextUnit[] {
  const duties = new Set(plan.tasks.map((t) => t.path));
  const out: TextUnit[] = [];
  const closing = plan.input.opening?.closing;
  if (typeof closing === 'string') out.push({ text: plain(closing), ref: '', path: '/opening/closing', pos: -1 });
  for (const { block: b, pos, appendix } of blocks) {
    const at = appendix !== undefined ? { appendix } : {};
    if (b.role === 'table') {
      if (b.table.kind === 'tasks' || b.list) continue;
      [...b.table.header, ...b.table.rows].forEach((row, k) => {
        const text = row.cells.filter((c) => !c.continued).map((c) => c.paragraphs.map(plain).join(' ')).join(' | ');
        out.push({ text, ref: b.ref, path: row.path, pos: pos + k / 1000, ...at });
      });
      continue;
    }
    if (b.role === 'trailer' || !b.path || b.path === '/opening' || isDutyPath(b.path, duties)) continue;
    let text = paragraphText(b);
    if (/\/tasks\//.test(b.path)) {
      // Inside a task block: a group's own heading, or a paragraph the plan writes there.
      const v = valueAt(plan.input, b.path);
      if (typeof v === 'object' && v !== null) {
        const title = (v as { title?: unknown }).title;
        if (typeof title !== 'string') continue;
        text = plain(title);
      } else if (typeof v !== 'string') continue;
    }
    if (text) out.push({ text, ref: b.ref, path: b.path, pos, ...at });
  }
  return out;
}

/**
 * Where a JSON pointer prints among the blocks: the first block of that value, of a value inside it,
 * or the table that holds it; -1 when it does not print.
 */
export function positionOf(blocks: readonly PlacedBlock[]): (path: string) => number {
  const exact = new Map<string, number>();
  for (const { block, pos } of blocks) if (block.path && !exact.has(block.path)) exact.set(block.path, pos);
  return (path) => {
    const found = exact.get(path);
    if (found !== undefined) return found;
    for (const { block, pos } of blocks) {
      if (block.path && (path.startsWith(`${block.path}/`) || block.path.startsWith(`${path}/`))) return pos;
    }
    return -1;
  };
}
