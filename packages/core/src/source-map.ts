import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { toPointer } from './locate.js';
import type { Place } from './diagnostics/diagnostic.js';

/** Line and column (1-based) of every value in the source, by JSON pointer. */
export type SourceMap = Record<string, [number, number]>;

/**
 * Records where each mapping value and list item starts, so that stages after loading
 * (checklists, cloning, rolling) can point diagnostics at the source without the YAML document.
 */
export function buildSourceMap(doc: Document.Parsed | undefined, lineCounter: LineCounter): SourceMap {
  const map: SourceMap = {};
  if (!doc) return map;
  const stack: Array<[unknown, Array<string | number>]> = [[doc.contents, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    const range = (node as { range?: number[] } | null)?.range;
    if (range) {
      const p = lineCounter.linePos(range[0]!);
      map[toPointer(path)] = [p.line, p.col];
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key)) stack.push([pair.value, [...path, String(pair.key.value)]]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => stack.push([item, [...path, i]]));
  }
  return map;
}

/** Where a pointer is in a plan's source: the pointer itself or its nearest ancestor. */
export function placeIn(source: { file: string; map: SourceMap }, pointer: string): Place {
  let p = pointer;
  for (;;) {
    const hit = source.map[p];
    if (hit) return { file: source.file, path: pointer, line: hit[0], column: hit[1] };
    if (!p) return { file: source.file, path: pointer, line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}
