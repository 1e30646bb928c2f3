/**
 * Printed numbering labels of a plan (`PHẦN I`, `I.`, `1.`, `2.1.`, `a)`, `-`, `+`): the recogniser
 * reads them to rebuild the outline and then drops them, since numbers are generated.
 */

/** Kinds of label, from the outermost. */
export type LabelKind = 'part' | 'roman' | 'number' | 'sub' | 'letter' | 'dash' | 'plus' | 'star';

/** A label found at the start of a paragraph. */
export interface Label {
  kind: LabelKind;
  /** The label as printed (`II.`, `2.1.`, `đ)`). */
  printed: string;
  /** Ordinal of the label among its kind (1-based), when it has one. */
  ordinal?: number;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Value of a Roman numeral (`XIV` → 14). */
export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';
const ORDINAL_WORDS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6 };

/**
 * Splits the numbering label off a paragraph: `II. NHIỆM VỤ` → roman II + `NHIỆM VỤ`. A paragraph
 * without a label gives `undefined` as label.
 */
export function splitLabel(text: string): { label?: Label; rest: string } {
  const t = text.replace(/^\s+/, '');
  let m = /^(PHẦN|Phần)\s+(THỨ\s+\S+|thứ\s+\S+|[IVXLC]+|\d+)\s*[.:–-]?\s*(.*)$/su.exec(t);
  if (m) {
    const w = m[2]!.replace(/^(THỨ|thứ)\s+/, '').toLocaleLowerCase('vi').replace(/[.:]$/, '');
    const ordinal = /^[ivxlc]+$/.test(w) ? romanValue(w.toUpperCase()) : /^\d+$/.test(w) ? Number(w) : ORDINAL_WORDS[w];
    return { label: { kind: 'part', printed: `${m[1]} ${m[2]}`, ...(ordinal ? { ordinal } : {}) }, rest: m[3]! };
  }
  // “I/ MỤC ĐÍCH” is a mục, but “V/v …” is a công văn's subject line.
  m = /^(?![Vv]\/v\b)([IVXLC]+)\s*[.)/]\s*(?=\S)(.*)$/su.exec(t);
  if (m && m[1]!.length <= 5) return { label: { kind: 'roman', printed: `${m[1]}.`, ordinal: romanValue(m[1]!) }, rest: m[2]! };
  m = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)(.*)$/su.exec(t);
  if (m) {
    const parts = m[1]!.split('.');
    return { label: { kind: 'sub', printed: `${m[1]}.`, ordinal: Number(parts[parts.length - 1]) }, rest: m[2]! };
  }
  m = /^(\d{1,2})\s*[.)]\s*(?=[^\d\s/])(.*)$/su.exec(t);
  if (m) return { label: { kind: 'number', printed: `${m[1]}.`, ordinal: Number(m[1]) }, rest: m[2]! };
  m = /^([a-zđ])\s*\)\s*(?=\S)(.*)$/su.exec(t);
  if (m && LETTERS.includes(m[1]!)) return { label: { kind: 'letter', printed: `${m[1]})`, ordinal: LETTERS.indexOf(m[1]!) + 1 }, rest: m[2]! };
  m = /^([-–—•·▪▫◦●○■□✓❖➢⁃])\s*(?=\S)(.*)$/su.exec(t);
  if (m && !/^-\d/.test(t)) return { label: { kind: 'dash', printed: '-' }, rest: m[2]! };
  m = /^\+\s*(?=\S)(.*)$/su.exec(t);
  if (m) return { label: { kind: 'plus', printed: '+' }, rest: m[1]! };
  m = /^\*\s+(?=\S)(.*)$/su.exec(t);
  if (m) return { label: { kind: 'star', printed: '*' }, rest: m[1]! };
  return { rest: t };
}

/** The label of a Word auto-number (`1.`, `a)`, `•`), read with the same rules as printed ones. */
export function wordLabel(printed: string): Label | undefined {
  return splitLabel(`${printed.trim()} x`).label;
}

/** Bullets and dashes: list marks rather than numbers. */
export function isMark(kind: LabelKind): boolean {
  return kind === 'dash' || kind === 'plus' || kind === 'star';
}
