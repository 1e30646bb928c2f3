import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { pointerSegments, toPointer } from '@kehoach/core';

/** Finds the YAML node at a JSON pointer, if the document has one there. */
export function nodeAt(doc: Document, pointer: string): Node | undefined {
  let cur: unknown = doc.contents;
  for (const seg of pointerSegments(pointer)) {
    if (isMap(cur)) cur = (cur.items.find((p) => isScalar(p.key) && String(p.key.value) === seg) as Pair | undefined)?.value;
    else if (isSeq(cur)) cur = cur.items[Number(seg)];
    else return undefined;
  }
  return (cur ?? undefined) as Node | undefined;
}

function pairAt(doc: Document, pointer: string): Pair | undefined {
  const segs = pointerSegments(pointer);
  const key = segs.pop();
  const parent = nodeAt(doc, toPointer(segs));
  if (!isMap(parent)) return undefined;
  return parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** Copies what a person wrote around a value — comments, blank lines, quoting and folding — to its new place. */
function copyLook(from: Node, to: Node): void {
  const f = from as Node & { commentBefore?: string | null; comment?: string | null; spaceBefore?: boolean; type?: string; flow?: boolean };
  const t = to as typeof f;
  if (f.commentBefore) t.commentBefore = f.commentBefore;
  if (f.comment) t.comment = f.comment;
  if (f.spaceBefore) t.spaceBefore = true;
  if (isScalar(from) && isScalar(to) && from.type && typeof from.value === typeof to.value) to.type = from.type;
  if ((isMap(from) || isSeq(from)) && (isMap(to) || isSeq(to)) && from.flow) to.flow = true;
}

/**
 * Carries the look of an old document over to a new one built from restructured data: for every
 * value (and every key) of `next`, the old value at the pointer `oldPointer` gives for it keeps its
 * comments, blank lines, quoting style and flow style. Values with no old counterpart are left as
 * the YAML library writes them.
 */
export function graft(old: Document, next: Document, oldPointer: (newPointer: string) => string | undefined): void {
  next.commentBefore = old.commentBefore;
  next.comment = old.comment;
  const visit = (node: unknown, path: Array<string | number>) => {
    const pointer = toPointer(path);
    const from = oldPointer(pointer);
    if (from !== undefined && node) {
      const o = nodeAt(old, from);
      if (o) copyLook(o, node as Node);
      if (path.length) {
        const op = pairAt(old, from);
        const np = pairAt(next, pointer);
        if (op && np && isScalar(op.key) && isScalar(np.key)) copyLook(op.key, np.key);
      }
    }
    if (isMap(node)) {
      // A comment above a list item that is a mapping sits on its first key: when the keys changed
      // (a goal part's `kind` became `title`), it moves to the new first key.
      const o = from !== undefined ? nodeAt(old, from) : undefined;
      const oldFirst = isMap(o) ? (o.items[0]?.key as Node | undefined) : undefined;
      const newFirst = node.items[0]?.key as (Node & { commentBefore?: string | null }) | undefined;
      const before = (oldFirst as { commentBefore?: string | null } | undefined)?.commentBefore;
      if (before && newFirst && !newFirst.commentBefore) newFirst.commentBefore = before;
      for (const p of node.items) visit(p.value, [...path, String((p.key as { value?: unknown }).value)]);
    }
    else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
  };
  visit(next.contents, []);
}
