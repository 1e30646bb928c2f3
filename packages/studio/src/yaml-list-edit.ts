/**
 * Moves whole items of YAML lists as text: an item is cut with every line it owns (its comments
 * above it at its dash's column, its own lines, the more indented comments after it) and put back,
 * re-indented, elsewhere in its list or in another list — so nothing inside it (comments, folded
 * text, quoting) is rewritten. A list written in flow style, empty or missing is written as a block
 * list around the moved item. The duty and section forms move items with these.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { setValue } from './yaml-text-edit.js';

type Path = Array<string | number>;

/** The offsets of a line's start and of the start of the next line. */
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const nextLine = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
};
const indentOf = (line: string) => line.length - line.trimStart().length;
const isComment = (line: string) => line.trimStart().startsWith('#');

function parsed(text: string) {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`YAML có lỗi cú pháp ở dòng ${doc.errors[0]!.linePos?.[0]?.line ?? '?'}: sửa lỗi đó trước khi dùng biểu mẫu.`);
  return doc;
}

/** The block list at `path`, with the text span each item owns; undefined when it is not a non-empty block list. */
function blockItems(text: string, path: Path): { column: number; spans: Array<[number, number]> } | undefined {
  const seq = parsed(text).getIn(path, true);
  if (!isSeq(seq) || seq.flow || !seq.items.length) return undefined;
  const starts = (seq.items as Node[]).map((n) => lineStart(text, text.lastIndexOf('-', n.range![0] - 1)));
  const column = indentOf(text.slice(starts[0], nextLine(text, starts[0]!)));
  const spans = (seq.items as Node[]).map((n, i): [number, number] => {
    let from = starts[i]!;
    // Comment lines right above the dash, at its column, belong to the item.
    for (let p = from; p > 0; ) {
      const prev = lineStart(text, p - 1);
      const line = text.slice(prev, p - 1);
      if (!isComment(line) || indentOf(line) !== column) break;
      from = p = prev;
    }
    let to = text[n.range![1] - 1] === '\n' ? n.range![1] : nextLine(text, n.range![1]);
    // More indented comment lines after it are its own too.
    for (let q = to; q < text.length; ) {
      const line = text.slice(q, nextLine(text, q)).replace(/\n$/, '');
      if (!isComment(line) || indentOf(line) <= column) break;
      to = q = nextLine(text, q);
    }
    return [from, to];
  });
  return { column, spans };
}

/** The lines shifted right (or left) by `by` columns; blank lines stay blank. */
export function shift(block: string, by: number): string {
  return block
    .split('\n')
    .map((l) => (l.trim() === '' ? l.trimEnd() : by >= 0 ? ' '.repeat(by) + l : l.slice(Math.min(-by, indentOf(l)))))
    .join('\n');
}

/** The text without item `index` of the list at `path`, and that item's lines moved to column 0 (ending in a line break). */
export function cutItem(text: string, path: Path, index: number): { text: string; block: string } {
  const items = blockItems(text, path);
  const span = items?.spans[index];
  if (!items || !span) throw new Error('Không tìm thấy mục cần chuyển trong YAML.');
  let block = text.slice(span[0], span[1]);
  if (!block.endsWith('\n')) block += '\n';
  block = shift(block.slice(0, -1), -items.column) + '\n';
  const rest = text.slice(0, span[0]) + text.slice(span[1]);
  if (items.spans.length > 1) return { text: rest, block };
  // The list's only item: the key keeps an empty list.
  const node = parsed(rest).getIn(path, true) as Node | null | undefined;
  const at = node?.range?.[0];
  if (at === undefined) return { text: setValue(rest, path, []), block };
  return { text: `${rest.slice(0, at)}${rest[at - 1] === ':' ? ' ' : ''}[]${rest.slice(node!.range![1])}`, block };
}

const MARKER = 'kehoach-studio-moved-item';

/**
 * The text with `block` (an item's lines at column 0, as {@link cutItem} gives them) inserted in the
 * list at `path` before item `at` (at the end when `at` is past the last), at the list's column.
 * A flow, empty or missing list becomes a block list.
 */
export function insertItem(text: string, path: Path, block: string, at = Number.MAX_SAFE_INTEGER): string {
  const body = block.endsWith('\n') ? block : `${block}\n`;
  const items = blockItems(text, path);
  if (items) {
    const pos = at < items.spans.length ? items.spans[at]![0] : items.spans[items.spans.length - 1]![1];
    const before = pos > 0 && text[pos - 1] !== '\n' ? '\n' : '';
    return text.slice(0, pos) + before + shift(body.slice(0, -1), items.column) + '\n' + text.slice(pos);
  }
  const doc = parsed(text);
  const node = doc.getIn(path, true) as Node | null | undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[path.length - 1])) : undefined;
  const keyAt = (pair?.key as Node | undefined)?.range?.[0];
  if (node?.range && keyAt !== undefined) {
    // A flow, empty or null list: its value becomes block lines under its key.
    const column = keyAt - lineStart(text, keyAt) + 2;
    const kept = isSeq(node) ? (node.toJSON() as unknown[]).map((x) => `${' '.repeat(column)}- ${JSON.stringify(x)}`) : [];
    let start = node.range[0];
    while (text[start - 1] === ' ') start--;
    return `${text.slice(0, start)}\n${[...kept, shift(body.slice(0, -1), column)].join('\n')}${text.slice(node.range[1])}`;
  }
  const written = setValue(text, path, [MARKER], precedingKeys(text, path));
  const m = new RegExp(`^( *)- ${MARKER}$`, 'm').exec(written);
  if (!m) throw new Error('Không ghi được danh sách mới trong YAML.');
  return written.slice(0, m.index) + shift(body.slice(0, -1), m[1]!.length) + written.slice(m.index + m[0].length);
}

/** The keys before `path`'s key in its mapping (so a list written anew goes back in its place). */
function precedingKeys(text: string, path: Path): string[] {
  const parent = parsed(text).getIn(path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return [];
  const keys = Object.keys(parent);
  const i = keys.indexOf(String(path[path.length - 1]));
  return i < 0 ? keys : keys.slice(0, i);
}

/** The text with item `from` of the list at `path` moved to position `to` (its lines moved, nothing rewritten). */
export function moveItem(text: string, path: Path, from: number, to: number): string {
  if (from === to) return text;
  const seq = parsed(text).getIn(path, true);
  if (isSeq(seq) && seq.flow) {
    // A flow list (`[ a, b ]`) has no lines of its own: it is written again, reordered.
    const items = seq.toJSON() as unknown[];
    items.splice(to, 0, ...items.splice(from, 1));
    return setValue(text, path, items);
  }
  const cut = cutItem(text, path, from);
  return insertItem(cut.text, path, cut.block, to);
}

/**
 * The text with item `index` of the list at `from` moved to the end of the list at `to` (another
 * list; `wrap` turns the item's lines into the lines of the item that list needs, e.g. a block of
 * tasks). `to` must not lie inside the moved item.
 */
export function moveItemTo(text: string, from: Path, index: number, to: Path, wrap: (block: string) => string = (b) => b): string {
  if (to.length > from.length && from.every((k, i) => k === to[i]) && to[from.length] === index) throw new Error('Không chuyển được một mục vào chính nó.');
  const cut = cutItem(text, from, index);
  // Removing the item shifts the later items of its list: a target inside one of them moves up by one.
  const target = to.map((k, i) => (i === from.length && from.every((f, j) => f === to[j]) && typeof k === 'number' && k > index ? k - 1 : k));
  return insertItem(cut.text, target, wrap(cut.block));
}
