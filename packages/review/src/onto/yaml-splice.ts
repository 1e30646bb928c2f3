import { Document, isCollection, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair } from 'yaml';
import { diffWords } from '@kehoach/diff';
import { editText, type TextEdit } from '@kehoach/yaml-edit';

/** A pointer's segments, unescaped. */
const segments = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));

/** The YAML node at a JSON pointer, if there is one. */
function nodeAt(doc: Document, pointer: string): Node | undefined {
  let cur: unknown = doc.contents;
  for (const seg of segments(pointer)) {
    if (isMap(cur)) cur = (cur.items.find((p) => isScalar(p.key) && String(p.key.value) === seg) as Pair | undefined)?.value;
    else if (isSeq(cur)) cur = cur.items[Number(seg)];
    else return undefined;
  }
  return (cur ?? undefined) as Node | undefined;
}

/** A value written on one line as the plan files write it: flow maps `{ a: 1 }`, dates quoted. */
export function flowText(value: unknown): string {
  if (typeof value === 'string') {
    const plain = /^[\p{L}][^:#\n"'{}[\],&*!|>%@`]*$/u.test(value) && !/\s$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value);
    return plain ? value : JSON.stringify(value);
  }
  const doc = new Document(value);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd().replace(/(?<=[:[,]\s)(\d{4}-\d{2}-\d{2})(?=[\s,}\]]|$)/g, '"$1"');
}

/** A new value with the keys of the old one first, in the old order (a time rewritten keeps its look). */
function orderLike(old: unknown, value: unknown): unknown {
  if (!old || !value || typeof old !== 'object' || typeof value !== 'object' || Array.isArray(old) || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  const o = old as Record<string, unknown>;
  const keys = [...Object.keys(o).filter((k) => k in v), ...Object.keys(v).filter((k) => !(k in o))];
  return Object.fromEntries(keys.map((k) => [k, orderLike(o[k], v[k])]));
}

const lineStart = (s: string, at: number) => s.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (s: string, at: number) => {
  const n = s.indexOf('\n', at);
  return n < 0 ? s.length : n + 1;
};

/** Where each character of a scalar's value is in the source; undefined when the source does not spell it plainly (escapes). */
function valueOffsets(source: string, node: Scalar): number[] | undefined {
  const value = String(node.value);
  let [j, end] = [node.range![0], node.range![1]];
  const type = node.type;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') [j, end] = [j + 1, end - 1];
  if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') j = lineEnd(source, j);
  const out: number[] = [];
  let i = 0;
  while (i < value.length && j < end) {
    const [v, c] = [value[i]!, source[j]!];
    if (type === 'QUOTE_DOUBLE' && c === '\\') return undefined;
    if (type === 'QUOTE_SINGLE' && v === "'" && c === "'" && source[j + 1] === "'") {
      out.push(j);
      [i, j] = [i + 1, j + 2];
    } else if (v === c) {
      out.push(j++);
      i++;
    } else if (v === ' ' && c === '\n') {
      out.push(j++);
      i++;
      while (source[j] === ' ') j++;
    } else if (c === ' ' || c === '\n' || c === '\r') j++;
    else return undefined;
  }
  if (i < value.length) return undefined;
  out.push(out.length ? out[out.length - 1]! + 1 : j);
  return out;
}

/** The text to write inside a scalar of this type for some words of its value. */
function escapeFor(type: Scalar['type'], text: string): string | undefined {
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(text).slice(1, -1);
  if (type === 'QUOTE_SINGLE') return text.replace(/'/g, "''");
  if (type === 'PLAIN') return /: |\s#|\n/.test(text) ? undefined : text;
  return /\n/.test(text) ? undefined : text;
}

/**
 * A plan's YAML source edited in place: each edit replaces only the text of what it changes —
 * words inside a string (as `editText` of `@kehoach/yaml-edit` does), one value, a list item, a key
 * added to a mapping — so comments, folding, quoting and every other line stay byte for byte.
 * Each method returns false when it cannot make the edit (the source is left as it was).
 */
export class YamlSource {
  constructor(public text: string) {}

  private doc(): Document {
    return parseDocument(this.text, { keepSourceTokens: false });
  }

  /** Replaces `[start, end)` with `text`, if the file still parses. */
  private splice(start: number, end: number, text: string): boolean {
    const next = this.text.slice(0, start) + text + this.text.slice(end);
    if (parseDocument(next).errors.length) return false;
    this.text = next;
    return true;
  }

  /** The string at `path` becomes `value`, by replacing the words that changed inside it. */
  setString(path: string, value: string): boolean {
    const node = nodeAt(this.doc(), path);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return false;
    if (node.value === value) return true;
    const offsets = valueOffsets(this.text, node);
    if (!offsets) return false;
    const edits: TextEdit[] = [];
    let at = 0;
    let pending: { from: number; to: number; text: string } | undefined;
    const flush = () => {
      if (!pending) return;
      const text = escapeFor(node.type, pending.text);
      if (text === undefined) throw new RangeError('unsafe');
      edits.push({ path, range: [offsets[pending.from]!, offsets[pending.to]!], text, value });
      pending = undefined;
    };
    try {
      for (const part of diffWords(node.value, value)) {
        if (part.op === 'equal') {
          flush();
          at += part.text.length;
        } else if (part.op === 'delete') {
          pending ??= { from: at, to: at, text: '' };
          at += part.text.length;
          pending.to = at;
        } else {
          pending ??= { from: at, to: at, text: '' };
          pending.text += part.text;
        }
      }
      flush();
    } catch {
      return false;
    }
    const r = editText(this.text, edits);
    if (r.skipped.length) return false;
    this.text = r.text;
    return true;
  }

  /** The value at `path` replaced, or the key added at the end of its mapping, written on one line. */
  setValue(path: string, value: unknown): boolean {
    const doc = this.doc();
    const node = nodeAt(doc, path);
    if (node?.range) return this.splice(node.range[0], node.range[1], flowText(orderLike(node.toJSON(), value)));
    const segs = segments(path);
    const key = segs.pop()!;
    const parentPath = segs.length ? `/${segs.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` : '';
    const map = nodeAt(doc, parentPath);
    if (!isMap(map) || map.flow || !map.items.length) return false;
    const first = map.items[0]!.key as Node;
    const indent = first.range![0] - lineStart(this.text, first.range![0]);
    const last = map.items[map.items.length - 1]!;
    const end = lineEnd(this.text, ((last.value ?? last.key) as Node).range![1] - 1);
    return this.splice(end, end, `${' '.repeat(indent)}${key}: ${flowText(value)}\n`);
  }

  /** Inserts a mapping (written key by key, values on one line) into the block list at `listPath`, after item `after` (-1: first). */
  insertItem(listPath: string, after: number, value: Record<string, unknown> | string): boolean {
    const seq = nodeAt(this.doc(), listPath);
    if (!isSeq(seq) || seq.flow || !seq.items.length) return false;
    const ref = seq.items[Math.max(0, after)] as Node;
    const start = lineStart(this.text, ref.range![0]);
    const dash = this.text.slice(start, ref.range![0]).indexOf('-');
    if (dash < 0) return false;
    const pad = ' '.repeat(dash);
    const lines = typeof value === 'string' ? `${pad}- ${flowText(value)}\n` : Object.entries(value).map(([k, v], n) => `${n ? `${pad}  ` : `${pad}- `}${k}: ${flowText(v)}\n`).join('');
    const at = after < 0 ? start : lineEnd(this.text, ref.range![1] - 1);
    return this.splice(at, at, lines);
  }

  /** Removes item `index` of the block list at `listPath` (its lines). */
  removeItem(listPath: string, index: number): boolean {
    const seq = nodeAt(this.doc(), listPath);
    if (!isSeq(seq) || seq.flow) return false;
    const item = seq.items[index] as Node | undefined;
    if (!item?.range) return false;
    return this.splice(lineStart(this.text, item.range[0]), lineEnd(this.text, item.range[1] - 1), '');
  }

  /** Appends an item written on one line to the list at `path`, made as a block list under its key when absent. */
  appendToList(path: string, value: unknown): boolean {
    const doc = this.doc();
    const seq = nodeAt(doc, path);
    if (isSeq(seq) && !seq.flow && seq.items.length) {
      const last = seq.items[seq.items.length - 1] as Node;
      const start = lineStart(this.text, last.range![0]);
      const dash = this.text.slice(start, last.range![0]).indexOf('-');
      const at = lineEnd(this.text, last.range![1] - 1);
      return dash >= 0 && this.splice(at, at, `${' '.repeat(dash)}- ${flowText(value)}\n`);
    }
    if (seq && seq.range) {
      const items = isSeq(seq) ? seq.toJSON() : [seq.toJSON()];
      return this.splice(seq.range[0], seq.range[1], flowText([...items, value]));
    }
    return this.addBlockList(path, value);
  }

  /** A key added at the end of its block mapping, holding a block list of one item. */
  private addBlockList(path: string, value: unknown): boolean {
    const segs = segments(path);
    const key = segs.pop()!;
    const map = nodeAt(this.doc(), segs.length ? `/${segs.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` : '');
    if (!isMap(map) || map.flow || !map.items.length) return this.setValue(path, [value]);
    const first = map.items[0]!.key as Node;
    const indent = ' '.repeat(first.range![0] - lineStart(this.text, first.range![0]));
    const last = map.items[map.items.length - 1]!;
    const end = lineEnd(this.text, ((last.value ?? last.key) as Node).range![1] - 1);
    return this.splice(end, end, `${indent}${key}:\n${indent}  - ${flowText(value)}\n`);
  }
}
