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
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  const segments = pointerSegments(pointer);
  if (key !== undefined) segments.push(key);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const isKeyTarget = key !== undefined && i === segments.length - 1;
    if (isMap(node)) {
      const pair = pairFor(node, seg);
      if (!pair) break;
      const k = pair.key as { range?: number[] };
      if (isKeyTarget) {
        offset = k.range?.[0] ?? offset;
        break;
      }
      node = pair.value;
      const v = node as { range?: number[] } | null;
      offset = v?.range?.[0] ?? k.range?.[0] ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as { range?: number[] } | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else break;
  }
  const p = lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
