import type { ItemStyle } from '@kehoach/schema';

/**
 * The letters of điểm in Vietnamese administrative documents (Nghị định 30/2020):
 * the alphabet without f, j, w, z and with đ after d.
 */
export const VIETNAMESE_LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
] as const;

/** The n-th điểm letter (1-based): 1 → a, 5 → đ, 23 → y, 24 → aa. */
export function vietnameseLetter(n: number): string {
  const k = VIETNAMESE_LETTERS.length;
  if (n <= k) return VIETNAMESE_LETTERS[n - 1]!;
  return vietnameseLetter(Math.floor((n - 1) / k)) + VIETNAMESE_LETTERS[(n - 1) % k]!;
}

/** Roman numeral of n (1-based), for mục: 1 → I, 4 → IV, 14 → XIV. */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

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
}

/**
 * Computes every label (`I.`, `1.`, `2.1.`, `a)`, `-`, `+`) and reference (`II.7.b`, `II.1-2`)
 * under `parent`, in place. Each numbered style has its own counter, so numbering never skips
 * and never repeats; unnumbered children (dash, plus, plain) get `parentRef-k`, or the parent's
 * reference when they are its only unnumbered child.
 */
export function assignNumbers(parent: { label: string; ref: string; children: Numberable[] }): void {
  const counters = new Map<NodeStyle, number>();
  const unnumbered = parent.children.filter((c) => c.style === 'dash' || c.style === 'plus' || c.style === 'star' || c.style === 'plain');
  let k = 0;
  for (const child of parent.children) {
    const n = (counters.get(child.style) ?? 0) + 1;
    counters.set(child.style, n);
    const base = parent.ref ? parent.ref + '.' : '';
    switch (child.style) {
      case 'part':
        child.label = `Phần ${roman(n)}`;
        child.ref = `P${roman(n)}`;
        break;
      case 'roman':
        child.label = `${roman(n)}.`;
        child.ref = `${base}${roman(n)}`;
        break;
      case 'article':
        child.label = `Điều ${n}.`;
        child.ref = `${base}Đ${n}`;
        break;
      case 'number':
        child.label = `${n}.`;
        child.ref = `${base}${n}`;
        break;
      case 'subnumber': {
        const parentNumber = parent.label.replace(/\.$/, '');
        child.label = `${parentNumber}.${n}.`;
        child.ref = `${base}${n}`;
        break;
      }
      case 'paren-number':
        child.label = `(${n})`;
        child.ref = `${base}${n}`;
        break;
      case 'letter': {
        const l = vietnameseLetter(n);
        child.label = `${l})`;
        child.ref = `${base}${l}`;
        break;
      }
      default:
        k++;
        child.label = child.style === 'dash' ? '-' : child.style === 'plus' ? '+' : child.style === 'star' ? '*' : '';
        child.ref = unnumbered.length === 1 ? parent.ref : `${parent.ref}-${k}`;
    }
    assignNumbers(child);
  }
}
