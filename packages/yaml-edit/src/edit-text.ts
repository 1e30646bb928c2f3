import { isScalar, parseDocument, type Node } from 'yaml';
import { nodeAt } from './graft.js';

/** One edit of a YAML source: replace `[start, end)` with `text`, inside the value at `path` (a string, or a list or mapping an entry is added to). */
export interface TextEdit {
  /** JSON pointer of the string value the edit is inside. */
  path: string;
  /** Offsets in the source (UTF-16 units). */
  range: [number, number];
  text: string;
  /** The value expected at `path` once every edit of that path is applied (compared as data). */
  value: unknown;
}

/** The result of `editText`: the new source and which edits were applied or refused. */
export interface EditResult {
  text: string;
  applied: TextEdit[];
  /** Edits that overlapped another or would not have given the expected value (left undone). */
  skipped: TextEdit[];
}

/** Two plain data values (strings, numbers, lists, mappings) are the same. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/**
 * Applies edits to a YAML source as text, so that everything outside the edited ranges — comments,
 * blank lines, quoting, folding, key order — stays byte for byte. The edits of one value are
 * applied together and checked by parsing the result: the file must still parse and the value at
 * the pointer must be the expected one, or that value's edits are refused. Overlapping edits are refused.
 *
 * @example
 * const { text } = editText(source, [{ path: '/title', range: [7, 16], text: 'chỉ đạo', value: 'Ban Chỉ đạo' }]);
 */
export function editText(source: string, edits: readonly TextEdit[]): EditResult {
  const skipped: TextEdit[] = [];
  const ordered = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const kept: TextEdit[] = [];
  for (const e of ordered) {
    const prev = kept[kept.length - 1];
    if (e.range[0] > e.range[1] || (prev && e.range[0] < prev.range[1])) skipped.push(e);
    else kept.push(e);
  }
  // Groups by value, applied from the end of the file so that earlier offsets stay valid.
  const groups = new Map<string, TextEdit[]>();
  for (const e of kept) groups.set(e.path, [...(groups.get(e.path) ?? []), e]);
  const order = [...groups.values()].sort((a, b) => b[0]!.range[0] - a[0]!.range[0]);
  let text = source;
  const applied: TextEdit[] = [];
  for (const group of order) {
    let next = text;
    for (const e of [...group].reverse()) next = next.slice(0, e.range[0]) + e.text + next.slice(e.range[1]);
    const doc = parseDocument(next);
    const node = doc.errors.length ? undefined : nodeAt(doc, group[0]!.path);
    if (node && sameData(isScalar(node) ? node.value : (node as Node).toJSON(), group[0]!.value)) {
      text = next;
      applied.push(...group);
    } else skipped.push(...group);
  }
  const byStart = (a: TextEdit, b: TextEdit) => a.range[0] - b.range[0];
  return { text, applied: applied.sort(byStart), skipped: skipped.sort(byStart) };
}
