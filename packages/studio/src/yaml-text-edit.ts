/**
 * Edits one value of a YAML text in place, leaving every other character as it was (comments,
 * blank lines, quoting, folding, flow style elsewhere): the `yaml` library's Document API finds the
 * node and its source range, and only that range is rewritten. A value in flow style stays in flow
 * style; a missing key is inserted after the sibling named in `after`, at the mapping's indentation.
 */
import { quoteDates } from 'kehoach';
import { Document, isMap, isNode, isScalar, isCollection, parseDocument, type Pair, type YAMLMap } from 'yaml';

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

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function isPlainObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/** The text with the value at `path` set to `value` (removed when `value` is undefined). */
export function setValue(text: string, path: Path, value: unknown, after: string[] = []): string {
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
  const serial = isPlainObject(value) ? `\n${' '.repeat(indent + 2)}${blockText(value, indent + 2)}` : ` ${flowText(value)}`;
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
