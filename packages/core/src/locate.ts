import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Pair, type YAMLMap } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Splits a JSON pointer (`/tasks/groups/0`) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins segments into a JSON pointer. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) {
    const t = String(s);
    out += '/' + (t.includes('~') || t.includes('/') ? t.replace(/~/g, '~0').replace(/\//g, '~1') : t);
  }
  return out;
}

// Each mapping's pairs by key, built on first use: a document with many errors in one large
// mapping locates each in constant time instead of searching the mapping every time.
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairFor(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (isPair(p) && isScalar(p.key)) {
        const k = String(p.key.value);
        if (!index.has(k)) index.set(k, p);
      }
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** A 1-based start and end (exclusive); the end equals the start when only a point is known. */
export interface Range extends Position {
  endLine: number;
  endColumn: number;
}

/** Where a pointer is in the source, as offsets: `exact` when the pointer itself was found (not an ancestor). */
export interface NodeSpan {
  start: number;
  end: number;
  exact: boolean;
}

/**
 * The offsets of the node a JSON pointer designates (with `key`, of that property's key): its start
 * and end when the pointer is found; else the start of the nearest ancestor that exists in the
 * source (behind an alias, a property not written), with `exact: false` and end = start.
 */
export function nodeSpan(doc: Document.Parsed | undefined, pointer: string, key?: string): NodeSpan {
  if (!doc) return { start: 0, end: 0, exact: false };
  let node: unknown = doc.contents;
  let range = (doc.contents as { range?: number[] } | null)?.range;
  let offset = range?.[0] ?? 0;
  const segments = pointerSegments(pointer);
  if (key !== undefined) segments.push(key);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const isKeyTarget = key !== undefined && i === segments.length - 1;
    if (isMap(node)) {
      const pair = pairFor(node, seg);
      if (!pair) return point(offset);
      const k = pair.key as { range?: number[] };
      if (isKeyTarget) return span(k.range, k.range?.[0] ?? offset);
      node = pair.value;
      const v = node as { range?: number[] } | null;
      // A property written without a value (`lead:`) is found at its key.
      range = v?.range ?? k.range;
      offset = range?.[0] ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as { range?: number[] } | undefined;
      if (!item) return point(offset);
      node = item;
      range = item.range;
      offset = range?.[0] ?? offset;
    } else return point(offset);
  }
  return span(range, offset);
}

function point(offset: number): NodeSpan {
  return { start: offset, end: offset, exact: false };
}

function span(range: number[] | undefined, offset: number): NodeSpan {
  const end = range?.[1];
  return end !== undefined && end > offset ? { start: offset, end, exact: true } : { start: offset, end: offset, exact: true };
}

/**
 * Finds where a JSON pointer points in the YAML source.
 * With `key`, points at the key of that property (for an unknown property); otherwise at the value.
 * Falls back to the nearest ancestor that exists in the source (e.g. behind an alias).
 */
export function locate(
  doc: Document.Parsed | undefined,
  lineCounter: LineCounter,
  pointer: string,
  key?: string,
): Position {
  if (!doc) return { line: 1, column: 1 };
  const p = lineCounter.linePos(nodeSpan(doc, pointer, key).start);
  return { line: p.line, column: p.col };
}

/**
 * Where a JSON pointer points in the YAML source, start and end: the whole node it designates (a
 * value, or with `key` the property's key). The file as a whole (pointer '') and a fallback to an
 * ancestor are points (end = start): underlining a whole file or a whole parent says nothing.
 */
export function locateRange(doc: Document.Parsed | undefined, lineCounter: LineCounter, pointer: string, key?: string): Range {
  if (!doc) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const s = nodeSpan(doc, pointer, key);
  const a = lineCounter.linePos(s.start);
  const b = pointer === '' && key === undefined ? a : lineCounter.linePos(s.end);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
