import { toPointer } from './locate.js';
import type { OutlineNode } from './model.js';
import type { NodeStyle } from './numbering.js';

/** A path in the input, as segments. */
export type Seg = Array<string | number>;

/** A fresh outline node at `path`. */
export function node(kind: OutlineNode['kind'], style: NodeStyle, path: Seg, extra: Partial<OutlineNode> = {}): OutlineNode {
  return { kind, style, label: '', ref: '', path: toPointer(path), paragraphs: [], children: [], trailer: [], ...extra };
}
