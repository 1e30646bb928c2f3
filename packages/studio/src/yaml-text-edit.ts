/**
 * Edits one value of a YAML text in place, leaving every other character as it was (comments,
 * blank lines, quoting, folding, flow style elsewhere): the `yaml` library's Document API finds the
 * node and its source range, and only that range is rewritten. A value in flow style stays in flow
 * style; a missing key is inserted after the sibling named in `after`, at the mapping's indentation.
 */
import { quoteDates } from 'kehoach';
import { Document, isMap, isNode, isScalar, isSeq, isCollection, parseDocument, type Pair, type YAMLMap } from 'yaml';

type Path = Array<string | number>;

/** A value as YAML, dates quoted as kehoach's writers quote them (YAML 1.1 readers see strings). */
function document(value: unknown): Document {
  const d = new Document(value);
  quoteDates(d);
  return d;
}

function flowText(value: unknown): string {
  const d = document(value);
  if (isCollection(d.contents)) d.contents.flow = true;
  return d.toString({ lineWidth: 0 }).trimEnd();
}

function blockText(value: unknown, column: number): string {
  const lines = document(value).toString({ lineWidth: 0 }).trimEnd().split('\n');
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(column) + l)).join('\n');
}

/** A new list item's mapping as block YAML whose values are flow (`support: [ a, b ]`, `time: { by: "…" }`), as the plans write them. */
function itemText(value: unknown, column: number): string {
  const d = document(value);
  if (isMap(d.contents)) for (const p of d.contents.items) if (isCollection(p.value)) p.value.flow = true;
  const lines = d.toString({ lineWidth: 0 }).trimEnd().split('\n');
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(column) + l)).join('\n');
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function isPlainObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/**
 * The text with the value at `path` set to `value` (removed when `value` is undefined). A missing key is
 * inserted after the last of `after` present; its value in flow style when `flow` (`time: { by: "…" }`, as
 * plans write a task's fields), else as a block.
 */
export function setValue(text: string, path: Path, value: unknown, after: string[] = [], flow = false): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`YAML có lỗi cú pháp ở dòng ${doc.errors[0]!.linePos?.[0]?.line ?? '?'}: sửa lỗi đó trước khi dùng biểu mẫu.`);
  const node = doc.getIn(path, true);
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (isNode(node) && node.range) {
    if (value === undefined) return removePair(text, parent, parentPath, key);
    const [start, end] = node.range;
    const block = isCollection(node) && !node.flow && isPlainObject(value);
    // A block value's range ends after its last line break: the new text keeps that break.
    const eol = text[end - 1] === '\n' ? '\n' : '';
    return text.slice(0, start) + (block ? blockText(value, columnOf(text, start)) : flowText(value)) + eol + text.slice(end);
  }
  if (value === undefined) return text;
  if (!isMap(parent)) {
    if (!parentPath.length) throw new Error('Tệp YAML không phải một bảng khóa–giá trị.');
    return setValue(text, parentPath, { [key]: value }, []);
  }
  if (parent.flow || !parent.items.length) {
    const data = { ...(parent.toJSON() as Record<string, unknown>), [key]: value };
    return setValue(text, parentPath, data);
  }
  const pairs = parent.items as Pair[];
  const named = (k: string) => pairs.find((p) => isScalar(p.key) && String(p.key.value) === k);
  const anchor = after.map(named).filter(Boolean).pop() ?? pairs[pairs.length - 1]!;
  const keyNode = anchor.key as { range?: [number, number, number] };
  const valueNode = anchor.value as { range?: [number, number, number] } | null;
  const pos = valueNode?.range?.[1] ?? keyNode.range![1];
  const indent = columnOf(text, keyNode.range![0]);
  const serial = isPlainObject(value) && !flow ? `\n${' '.repeat(indent + 2)}${blockText(value, indent + 2)}` : ` ${flowText(value)}`;
  const line = `${' '.repeat(indent)}${String(key)}:${serial}`;
  return text[pos - 1] === '\n' ? `${text.slice(0, pos)}${line}\n${text.slice(pos)}` : `${text.slice(0, pos)}\n${line}${text.slice(pos)}`;
}

function removePair(text: string, parent: unknown, parentPath: Path, key: string | number): string {
  if (!isMap(parent)) return text;
  const map = parent as YAMLMap;
  if (map.flow) {
    const data = { ...(map.toJSON() as Record<string, unknown>) };
    delete data[String(key)];
    return setValue(text, parentPath, data);
  }
  const pair = (map.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(key));
  const k = pair?.key as { range?: [number, number, number] } | undefined;
  const v = pair?.value as { range?: [number, number, number] } | null | undefined;
  if (!k?.range) return text;
  const from = text.lastIndexOf('\n', k.range[0] - 1) + 1;
  let to = v?.range?.[1] ?? k.range[1];
  const nl = text.indexOf('\n', to - 1 >= 0 && text[to - 1] === '\n' ? to - 1 : to);
  to = nl < 0 ? text.length : nl + 1;
  return text.slice(0, from) + text.slice(to);
}

/**
 * The text with `value` appended to the list at `path` (a block list gets a new `- ` item after its
 * last, at the items' indentation; a flow or empty list is rewritten in its style).
 */
export function appendItem(text: string, path: Path, value: unknown): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`YAML có lỗi cú pháp ở dòng ${doc.errors[0]!.linePos?.[0]?.line ?? '?'}: sửa lỗi đó trước khi dùng biểu mẫu.`);
  const seq = doc.getIn(path, true);
  if (!isSeq(seq) || seq.flow || !seq.items.length) {
    const items = isSeq(seq) ? (seq.toJSON() as unknown[]) : [];
    return setValue(text, path, [...items, value]);
  }
  const first = seq.items[0] as { range?: [number, number, number] };
  const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
  // The dash of the first item: its column is the items' indentation.
  const dash = text.lastIndexOf('-', first.range![0] - 1);
  const indent = columnOf(text, dash);
  let pos = last.range![1];
  if (text[pos - 1] !== '\n') {
    const nl = text.indexOf('\n', pos);
    pos = nl < 0 ? text.length : nl + 1;
  }
  const item = `${' '.repeat(indent)}- ${isPlainObject(value) ? itemText(value, indent + 2) : flowText(value)}\n`;
  return pos === text.length && !text.endsWith('\n') ? `${text}\n${item}` : text.slice(0, pos) + item + text.slice(pos);
}

/** The text without the item `index` of the block list at `path` (its lines removed; comments above other items kept). */
export function removeItem(text: string, path: Path, index: number): string {
  const doc = parseDocument(text);
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) return text;
  if (seq.flow || seq.items.length < 2) {
    const items = (seq.toJSON() as unknown[]).filter((_, i) => i !== index);
    return setValue(text, path, items);
  }
  const item = seq.items[index] as { range?: [number, number, number] } | undefined;
  if (!item?.range) return text;
  const dash = text.lastIndexOf('-', item.range[0] - 1);
  const from = text.lastIndexOf('\n', dash - 1) + 1;
  let to = item.range[1];
  if (text[to - 1] !== '\n') {
    const nl = text.indexOf('\n', to);
    to = nl < 0 ? text.length : nl + 1;
  }
  return text.slice(0, from) + text.slice(to);
}
