import { isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** The segments of a JSON pointer (`/body/0/title` → `['body', '0', 'title']`). */
function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const keyOf = (p: Pair) => (isScalar(p.key) ? p.key.value : p.key);

/** Where a pointer leads: the node, the pair holding it (in a mapping) and the node holding that. */
interface Found {
  node: Node;
  pair?: Pair;
  parent?: Node;
  grandparent?: Node;
}

function find(doc: Document, pointer: string): Found | undefined {
  let node: unknown = doc.contents;
  let found: Found | undefined = isNode(node) ? { node } : undefined;
  for (const s of segments(pointer)) {
    if (!found) return undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(keyOf(p)) === s);
      if (!pair || !isNode(pair.value)) return undefined;
      found = { node: pair.value, pair, parent: node, ...(found.parent ? { grandparent: found.parent } : {}) };
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(s)];
      if (!isNode(item)) return undefined;
      found = { node: item, parent: node, ...(found.parent ? { grandparent: found.parent } : {}) };
      node = item;
    } else return undefined;
  }
  return found;
}

/**
 * Puts a comment on its own line(s) above what a JSON pointer names: above the key of a mapping
 * entry, above a list item. The first key of a mapping that is a list item takes it above the item
 * (`# …` then `- id: …`, never `- # …`). Throws for a pointer that names nothing (a program's mistake).
 */
export function commentBefore(doc: Document, pointer: string, text: string): void {
  const f = find(doc, pointer);
  if (!f) throw new Error(`yaml-edit: nothing at ${pointer} to comment`);
  const lines = text.split('\n').map((l) => ` ${l}`.trimEnd()).join('\n');
  let target: Node = f.node;
  if (f.pair && isMap(f.parent)) {
    const first = f.parent.items[0] === f.pair;
    const inList = isSeq(f.grandparent);
    target = first && inList ? f.parent : isNode(f.pair.key) ? f.pair.key : f.node;
  }
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${lines}` : lines;
}

/** Prints the mapping or list a JSON pointer names on one line, as the examples write `{ month: 6, year: 2026 }`. */
export function printFlow(doc: Document, pointer: string): void {
  const f = find(doc, pointer);
  if (!f || !(isMap(f.node) || isSeq(f.node))) throw new Error(`yaml-edit: no mapping or list at ${pointer}`);
  f.node.flow = true;
}
