import { formatLabel, isUnnumbered, roman, vietnameseLetter } from '@kehoach/nd30';
import type { ItemStyle } from '@kehoach/schema';

// The sequences themselves (letters of điểm, Roman numerals, every label) are @kehoach/nd30's.
export { VIETNAMESE_LETTERS, vietnameseLetter, roman } from '@kehoach/nd30';

/** Style of an outline node: `roman` for mục, `article` for Điều (a kind whose body is articles), else an item style. */
export type NodeStyle = 'part' | 'roman' | 'article' | ItemStyle;

/** The style children get by default under a parent of the given style. */
export function childStyle(parent: NodeStyle): ItemStyle {
  switch (parent) {
    case 'part':
    case 'roman':
    case 'article':
      return 'number';
    case 'number':
    case 'subnumber':
    case 'paren-number':
      return 'letter';
    case 'letter':
      return 'dash';
    case 'dash':
    case 'plus':
    case 'star':
      return 'plus';
    case 'plain':
      return 'dash';
  }
}

/** A node to be numbered: its style, and where the numbers go. */
export interface Numberable {
  style: NodeStyle;
  label: string;
  ref: string;
  children: Numberable[];
  /** Not a printed level: no label, and its children are numbered as its parent's. */
  silent?: boolean;
}

/** The children as printed: a silent node's children take its place (recursively). */
function printedChildren(children: readonly Numberable[]): Numberable[] {
  return children.flatMap((c) => (c.silent ? printedChildren(c.children) : [c]));
}

/** Silent nodes under `parent` take its label and reference (they print nothing of their own). */
function markSilent(parent: { label: string; ref: string }, children: readonly Numberable[]): void {
  for (const c of children) {
    if (!c.silent) continue;
    c.label = '';
    c.ref = parent.ref;
    markSilent(parent, c.children);
  }
}

/** The reference of a numbered node (`II.7.b`, `PII`, `Đ3`), under its parent's reference (`base`, with its dot). */
const REFS: Record<Exclude<NodeStyle, 'dash' | 'plus' | 'star' | 'plain'>, (n: number, base: string) => string> = {
  part: (n) => `P${roman(n)}`,
  roman: (n, base) => `${base}${roman(n)}`,
  article: (n, base) => `${base}Đ${n}`,
  number: (n, base) => `${base}${n}`,
  subnumber: (n, base) => `${base}${n}`,
  'paren-number': (n, base) => `${base}${n}`,
  letter: (n, base) => `${base}${vietnameseLetter(n)}`,
};

/**
 * Computes every label (`I.`, `1.`, `2.1.`, `a)`, `-`, `+`) and reference (`II.7.b`, `II.1-2`)
 * under `parent`, in place. Each numbered style has its own counter, so numbering never skips
 * and never repeats; unnumbered children (dash, plus, plain) get `parentRef-k`, or the parent's
 * reference when they are its only unnumbered child. A silent child (a grouping of the data that
 * prints no heading) is no level: its children are numbered on with its siblings.
 */
export function assignNumbers(parent: { label: string; ref: string; children: Numberable[] }): void {
  const counters = new Map<NodeStyle, number>();
  markSilent(parent, parent.children);
  const children = printedChildren(parent.children);
  const unnumbered = children.filter((c) => isUnnumbered(c.style));
  let k = 0;
  for (const child of children) {
    const n = (counters.get(child.style) ?? 0) + 1;
    counters.set(child.style, n);
    child.label = formatLabel(child.style, n, parent.label);
    if (isUnnumbered(child.style)) {
      k++;
      child.ref = unnumbered.length === 1 ? parent.ref : `${parent.ref}-${k}`;
    } else child.ref = REFS[child.style](n, parent.ref ? parent.ref + '.' : '');
    assignNumbers(child);
  }
}
