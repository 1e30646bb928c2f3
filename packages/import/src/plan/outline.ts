import { isMark, type LabelKind } from './labels.js';
import type { Line } from './lines.js';

/** A numbered (or unnumbered) paragraph with what it contains. */
export interface OutlineNode {
  line: Line;
  /** Labelled children and unlabelled paragraphs, in order. */
  children: OutlineNode[];
}

/** Where a skipped or repeated number was met. */
export interface NumberingSlip {
  line: Line;
  expected: string;
}

// A star (`* Năm 2021:`, `* Giải cá nhân`) heads the dashes after it: it sits between letters and dashes.
const STRENGTH: Record<LabelKind, number> = { part: 0, roman: 1, number: 2, sub: 3, paren: 3.5, letter: 4, star: 4.5, dash: 5, plus: 6 };

/**
 * A paragraph that holds the next number of the open numbered list after a closing mark (`) 5. Thời
 * gian …`): a line joined to the next by a reader; split in two, the second with its label.
 */
function runOn(line: Line, last: number | undefined): [Line, Line] | undefined {
  if (last === undefined || line.table) return undefined;
  const m = new RegExp(String.raw`[.);:”]\s+(${last + 1})\.\s+(?=\p{Lu})`, 'u').exec(line.text);
  if (!m) return undefined;
  const cut = m.index + 1;
  const rest = line.text.slice(cut).trim().slice(m[1]!.length + 1).trim();
  return [{ ...line, text: line.text.slice(0, cut).trim() }, { text: rest, label: { kind: 'number', printed: `${m[1]}.`, ordinal: Number(m[1]) }, bold: false, italic: false, source: line.source }];
}

/**
 * Rebuilds the outline from the labels: a label kind met first below another opens a level; met
 * again, it closes the deeper levels. Unlabelled paragraphs belong to the deepest open item. Also
 * lists numbers that skip or repeat (the generated numbers will differ from the original there).
 */
export function buildOutline(input: readonly Line[]): { roots: OutlineNode[]; slips: NumberingSlip[] } {
  const roots: OutlineNode[] = [];
  const stack: { kind: LabelKind | 'none'; node: OutlineNode; last?: number }[] = [];
  const slips: NumberingSlip[] = [];
  const lines = [...input];
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li]!;
    // a paragraph that ran on into the next numbered item (“… khen thưởng) 5. Thời gian thực hiện: …”)
    const run = runOn(line, line.label?.kind === 'number' ? line.label.ordinal : stack.find((s) => s.kind === 'number')?.last);
    if (run) {
      line = run[0];
      lines.splice(li + 1, 0, run[1]);
    }
    const node: OutlineNode = { line, children: [] };
    const label = line.label;
    if (!label) {
      const top = stack[stack.length - 1];
      (top ? top.node.children : roots).push(node);
      continue;
    }
    const kind = label.kind;
    let at = stack.findIndex((s) => s.kind === kind);
    if (at < 0) {
      while (stack.length && isMark(stack[stack.length - 1]!.kind as LabelKind) && !isMark(kind)) stack.pop();
      while (stack.length && STRENGTH[stack[stack.length - 1]!.kind as LabelKind] > STRENGTH[kind] && kind !== 'number') stack.pop();
      at = stack.length;
    }
    const previous = at < stack.length ? stack[at]!.last : 0;
    stack.length = at;
    if (label.ordinal !== undefined && previous !== undefined && label.ordinal !== previous + 1 && !(kind === 'sub' && label.ordinal === 1)) {
      slips.push({ line, expected: String(previous + 1) });
    }
    const parent = stack[stack.length - 1];
    (parent ? parent.node.children : roots).push(node);
    stack.push({ kind, node, ...(label.ordinal !== undefined ? { last: label.ordinal } : {}) });
  }
  return { roots, slips };
}
