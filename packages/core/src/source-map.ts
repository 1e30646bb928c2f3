import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { toPointer } from './locate.js';
import type { Place } from './diagnostics/diagnostic.js';

/** Where a value is: its start line and column (1-based) and, when recorded, its end (exclusive). */
export type SourcePosition = [line: number, column: number, endLine?: number, endColumn?: number];

/** Where every value is in the source, by JSON pointer. */
export type SourceMap = Record<string, SourcePosition>;

/**
 * Records where each mapping value and list item starts and ends, so that stages after loading
 * (checklists, cloning, rolling, the checker) can point diagnostics at the source without the YAML document.
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
      const e = range[1]! > range[0]! ? lineCounter.linePos(range[1]!) : p;
      map[toPointer(path)] = [p.line, p.col, e.line, e.col];
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isPair(pair) && isScalar(pair.key)) stack.push([pair.value, [...path, String(pair.key.value)]]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => stack.push([item, [...path, i]]));
  }
  return map;
}

/**
 * Where a pointer is in a plan's source: the value itself, start and end (when the map recorded its
 * end); else the start of its nearest ancestor, as a point. The file as a whole ('') is a point.
 */
export function placeIn(source: { file: string; map: SourceMap }, pointer: string): Place {
  let p = pointer;
  for (;;) {
    const hit = source.map[p];
    if (hit) {
      const exact = p === pointer && pointer !== '' && hit[2] !== undefined && hit[3] !== undefined;
      return { file: source.file, path: pointer, line: hit[0], column: hit[1], ...(exact ? { endLine: hit[2], endColumn: hit[3] } : {}) };
    }
    if (!p) return { file: source.file, path: pointer, line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}
