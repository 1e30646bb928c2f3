/**
 * Printed numbering labels of a plan (`PHẦN I`, `I.`, `1.`, `2.1.`, `a)`, `-`, `+`): the recogniser
 * reads them (with @kehoach/nd30's `parseLabel`) to rebuild the outline and then drops them, since
 * numbers are generated.
 */
import { parseLabel, readLabel, type ParsedLabel } from '@kehoach/nd30';

/** Kinds of label, from the outermost. */
export type LabelKind = 'part' | 'roman' | 'number' | 'sub' | 'paren' | 'letter' | 'dash' | 'plus' | 'star';

/** A label found at the start of a paragraph. */
export interface Label {
  kind: LabelKind;
  /** The label as printed (`II.`, `2.1.`, `đ)`); a part as written (`PHẦN THỨ NHẤT`). */
  printed: string;
  /** Ordinal of the label among its kind (1-based), when it has one. */
  ordinal?: number;
}

/**
 * The outline kinds the recogniser builds from nd30's styles, and how it prints each. Articles
 * (`Điều 1.`) are not read as outline labels yet: their paragraphs stay as written.
 */
const KINDS: Partial<Record<ParsedLabel['style'], [LabelKind, (l: ParsedLabel) => string]>> = {
  part: ['part', (l) => l.printed],
  roman: ['roman', (l) => `${l.value}.`],
  subnumber: ['sub', (l) => `${l.value}.`],
  number: ['number', (l) => `${l.value}.`],
  'paren-number': ['paren', (l) => `(${l.value})`],
  letter: ['letter', (l) => `${l.value})`],
  dash: ['dash', () => '-'],
  plus: ['plus', () => '+'],
  star: ['star', () => '*'],
};

function toLabel(l: ParsedLabel | undefined): Label | undefined {
  const kind = l && KINDS[l.style];
  if (!l || !kind) return undefined;
  return { kind: kind[0], printed: kind[1](l), ...(l.n !== undefined ? { ordinal: l.n } : {}) };
}

/**
 * Splits the numbering label off a paragraph: `II. NHIỆM VỤ` → roman II + `NHIỆM VỤ`. A paragraph
 * without a label gives `undefined` as label.
 */
export function splitLabel(text: string): { label?: Label; rest: string } {
  const parsed = parseLabel(text);
  const label = toLabel(parsed);
  return label ? { label, rest: parsed!.rest } : { rest: text.replace(/^\s+/, '') };
}

/** The label of a Word auto-number (`1.`, `a)`, `•`), read with the same rules as printed ones. */
export function wordLabel(printed: string): Label | undefined {
  const l = readLabel(printed);
  return l && toLabel({ ...l, rest: '' });
}

/** Bullets and dashes: list marks rather than numbers. */
export function isMark(kind: LabelKind): boolean {
  return kind === 'dash' || kind === 'plus' || kind === 'star';
}
