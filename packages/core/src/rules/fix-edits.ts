import { isMap, isScalar, isSeq, stringify, type Document, type Node, type Pair } from 'yaml';
import type { FixEdit } from '../diagnostics/diagnostic.js';
import { pointerSegments } from '../locate.js';
import { spanOffsets } from './span-offsets.js';
import type { ReportEdit } from './rule.js';

/** The YAML node at a JSON pointer, if the source has one there (not behind an alias). */
export function nodeAtPointer(doc: Document.Parsed, pointer: string): Node | undefined {
  let cur: unknown = doc.contents;
  for (const seg of pointerSegments(pointer)) {
    if (isMap(cur)) cur = (cur.items.find((p) => isScalar(p.key) && String(p.key.value) === seg) as Pair | undefined)?.value;
    else if (isSeq(cur)) cur = cur.items[Number(seg)];
    else return undefined;
  }
  return (cur ?? undefined) as Node | undefined;
}

/** A value written on one line as YAML (flow style), or undefined when it needs more than one. */
export function inlineYaml(value: unknown): string | undefined {
  const out = stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
  return out.includes('\n') ? undefined : out;
}

/** Spaces as many as the column of `offset`: the indent of a new line beside what starts there (after `- ` too). */
function indentAt(text: string, offset: number): string {
  return ' '.repeat(offset - text.lastIndexOf('\n', offset - 1) - 1);
}

/** Where to write a new line after a node that ends at `end`: the end of its line. */
function lineEnd(text: string, end: number): number {
  const at = text[end - 1] === '\n' ? end - 1 : end;
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/** A mapping written as block lines at `indent` (values on one line each), or inline. */
function blockOrInline(value: unknown, indent: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return inlineYaml(value);
  const lines: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const key = inlineYaml(k);
    const val = inlineYaml(v);
    if (key === undefined || val === undefined) return undefined;
    lines.push(`${key}: ${val}`);
  }
  return lines.length ? lines.join(`\n${indent}`) : '{}';
}

const range = (n: Node | null | undefined): [number, number, number] | undefined => (n as { range?: [number, number, number] } | null | undefined)?.range ?? undefined;

/** A string's span replaced: the words in the source must be the string's own. */
function spanEdit(text: string, node: Node, path: string, span: { index: number; length: number }, replacement: string): FixEdit | undefined {
  const value = isScalar(node) ? node.value : undefined;
  const r = range(node);
  if (typeof value !== 'string' || !r) return undefined;
  const offsets = spanOffsets(text, r[0], r[1], value, span.index, span.length);
  if (!offsets || text.slice(...offsets) !== value.slice(span.index, span.index + span.length)) return undefined;
  return { path, range: offsets, text: replacement, span, value: value.slice(0, span.index) + replacement + value.slice(span.index + span.length) };
}

/** The whole value replaced: a scalar or flow value by its inline form, a block mapping by block lines. */
function setEdit(text: string, node: Node, path: string, next: unknown): FixEdit | undefined {
  const r = range(node);
  if (!r) return undefined;
  // a block collection ends where its last value does: a comment after it stays
  const lastItem = isMap(node) || isSeq(node) ? (node.items[node.items.length - 1] as Pair<Node, Node | null> | Node | undefined) : undefined;
  const lastEnd = lastItem && isMap(node) ? range((lastItem as Pair<Node, Node | null>).value) ?? range((lastItem as Pair<Node, Node | null>).key as Node) : range(lastItem as Node | undefined);
  let end = !isScalar(node) && !(node as { flow?: boolean }).flow && lastEnd ? lastEnd[1] : r[1];
  while (end > r[0] && /\s/.test(text[end - 1]!)) end--;
  // a comment inside the replaced words would be lost
  if (!isScalar(node) && text.slice(r[0], end).includes('#')) return undefined;
  const block = isMap(node) && !node.flow;
  const indent = block ? indentAt(text, r[0]) : '';
  const written = block ? blockOrInline(next, indent) : inlineYaml(next);
  if (written === undefined) return undefined;
  return { path, range: [r[0], end], text: written, value: next };
}

/** An item added at the end of a list, in its style (a new `- ` line, or `, item` before `]`). */
function appendEdit(text: string, node: Node, path: string, item: unknown): FixEdit | undefined {
  if (!isSeq(node)) return undefined;
  const value = [...(node.toJSON() as unknown[]), item];
  const last = range(node.items[node.items.length - 1] as Node | undefined);
  const r = range(node);
  if (!r) return undefined;
  if (node.flow) {
    const inline = inlineYaml(item);
    if (inline === undefined) return undefined;
    const at = last ? last[1] : text.indexOf('[', r[0]) + 1;
    return { path, range: [at, at], text: last ? `, ${inline}` : inline, value };
  }
  const indent = indentAt(text, r[0]);
  if (!last) return undefined;
  const written = blockOrInline(item, `${indent}  `);
  if (written === undefined) return undefined;
  const at = lineEnd(text, last[1]);
  return { path, range: [at, at], text: `\n${indent}- ${written}`, value };
}

/** A key added to a mapping, in its style (a new line at the keys' indent, or `, key: value` before `}`). */
function keyEdit(text: string, node: Node, path: string, key: string, v: unknown): FixEdit | undefined {
  if (!isMap(node) || node.items.some((p) => isScalar(p.key) && String(p.key.value) === key)) return undefined;
  const value = { ...(node.toJSON() as Record<string, unknown>), [key]: v };
  const lastPair = node.items[node.items.length - 1] as Pair<Node, Node | null> | undefined;
  const last = lastPair ? range(lastPair.value) ?? range(lastPair.key) : undefined;
  const k = inlineYaml(key);
  const r = range(node);
  if (k === undefined || !r) return undefined;
  if (node.flow) {
    const inline = inlineYaml(v);
    if (inline === undefined) return undefined;
    const at = last ? last[1] : text.indexOf('{', r[0]) + 1;
    return { path, range: [at, at], text: `${last ? ', ' : ' '}${k}: ${inline}${last ? '' : ' '}`, value };
  }
  const indent = indentAt(text, r[0]);
  const inline = inlineYaml(v);
  if (!last || inline === undefined) return undefined;
  const at = lineEnd(text, last[1]);
  return { path, range: [at, at], text: `\n${indent}${k}: ${inline}`, value };
}

/**
 * Turns one edit a rule asks for into an edit of the source text, written in the style of the value
 * it changes; undefined when it cannot be made safely (the value is not in the source, a comment
 * would be lost, the words are not the string's own).
 */
export function fixEdit(doc: Document.Parsed, text: string, e: ReportEdit): FixEdit | undefined {
  const node = nodeAtPointer(doc, e.path);
  if (!node) return undefined;
  if ('append' in e) return appendEdit(text, node, e.path, e.append);
  if ('key' in e) return keyEdit(text, node, e.path, e.key, e.value);
  if ('set' in e) return setEdit(text, node, e.path, e.set);
  if (e.span) return spanEdit(text, node, e.path, e.span, e.text);
  return setEdit(text, node, e.path, e.text);
}
