import { formatLabel, type LabelStyle } from './format-label.js';
import { letterValue } from './letters.js';
import { isStandardRoman, romanValue } from './roman.js';

/** A numbering label read at the start of a paragraph. */
export interface ParsedLabel {
  style: Exclude<LabelStyle, 'plain'>;
  /** Ordinal among its style (1-based); none for the marks, or a part numbered in words not known. */
  n?: number;
  /** The label as written, spaces collapsed, without the separator after a part (`I/`, `1)`, `a )`, `PHẦN THỨ NHẤT`, `•`). */
  printed: string;
  /** Its number as written (`IV`, `01`, `2.1`, `đ`, `THỨ HAI`); the mark itself for marks. */
  value: string;
  /** For `subnumber`: the label of the parent number (`2.` for `2.1.`). */
  parent?: string;
  /** The paragraph after the label. */
  rest: string;
}

/** One way a label is written: the pattern (groups: head, number, separator …, rest last) and how to read it. */
export interface LabelRule {
  style: ParsedLabel['style'];
  pattern: RegExp;
  /** Reads the match; `undefined` when the words only look like a label (`V/v`, `f)`, `tp.`). */
  read: (m: RegExpExecArray) => Omit<ParsedLabel, 'style' | 'rest'> | undefined;
}

/** Ordinals in words, as `PHẦN THỨ NHẤT` writes them. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

const printedOf = (m: RegExpExecArray) => m[0].slice(0, m[0].length - m[m.length - 1]!.length).trim().replace(/\s+/g, ' ');

function partNumber(written: string): number | undefined {
  const w = written.replace(/^(THỨ|thứ)\s+/, '').toLocaleLowerCase('vi').replace(/[.:]$/, '');
  if (/^[ivxlc]+$/.test(w)) return romanValue(w);
  if (/^\d+$/.test(w)) return Number(w);
  return ORDINAL_WORDS[w];
}

/**
 * How received documents write labels, tried in order: what Nghị định 30 prints (`PHẦN I`, `I.`,
 * `Điều 1.`, `1.`, `2.1.`, `(1)`, `a)`, `-`, `+`, `*`) and the variants people type (`PHẦN THỨ
 * NHẤT`, `I/`, `I)`, `1)`, `2.1` without the last dot, `a.`, `a )`, `–`, `•`, `➢` …). A table, so a
 * caller can read with its own.
 */
export const LABEL_RULES: readonly LabelRule[] = [
  {
    style: 'part',
    pattern: /^(PHẦN|Phần)\s+(THỨ\s+\S+|thứ\s+\S+|[IVXLC]+(?![\p{L}\d])|\d+(?![\p{L}\d]))\s*[.:–-]?\s*(.*)$/su,
    read: (m) => {
      const n = partNumber(m[2]!);
      return { printed: `${m[1]} ${m[2]}`, value: m[2]!, ...(n ? { n } : {}) };
    },
  },
  {
    style: 'article',
    pattern: /^(Điều|ĐIỀU)\s+(\d{1,3})\s*[.:]\s*(.*)$/su,
    read: (m) => ({ printed: printedOf(m), value: m[2]!, n: Number(m[2]) }),
  },
  {
    // “I/ MỤC ĐÍCH” is a mục, but “V/v …” is a công văn's subject line.
    style: 'roman',
    pattern: /^(?![Vv]\/v\b)([IVXLC]+)\s*([.)/])\s*(?=\S)(.*)$/su,
    read: (m) => (m[1]!.length <= 5 || isStandardRoman(m[1]!) ? { printed: printedOf(m), value: m[1]!, n: romanValue(m[1]!) } : undefined),
  },
  {
    style: 'subnumber',
    pattern: /^(\d{1,2}(?:\.\d{1,2})+)(\.?)\s+(?=\S)(.*)$/su,
    read: (m) => {
      const parts = m[1]!.split('.');
      return { printed: printedOf(m), value: m[1]!, n: Number(parts[parts.length - 1]), parent: `${parts.slice(0, -1).join('.')}.` };
    },
  },
  {
    style: 'number',
    pattern: /^(\d{1,2})\s*([.)])\s*(?=[^\d\s/])(.*)$/su,
    read: (m) => ({ printed: printedOf(m), value: m[1]!, n: Number(m[1]) }),
  },
  {
    style: 'paren-number',
    pattern: /^\((\d{1,3})\)\s*(?=\S)(.*)$/su,
    read: (m) => ({ printed: printedOf(m), value: m[1]!, n: Number(m[1]) }),
  },
  {
    // `a)`, `a )`, `đ)`, `aa)`; not a small lowercase Roman numeral (`ii)`, `iv)`, `xv)`: from 216 on as letters)
    // nor a letter that is not one of điểm (`f)`).
    style: 'letter',
    pattern: /^([a-zđ]{1,2})\s*\)\s*(?=\S)(.*)$/su,
    read: (m) => {
      const n = letterValue(m[1]!);
      return n && !(m[1]!.length > 1 && isStandardRoman(m[1]!) && romanValue(m[1]!) < 50) ? { printed: printedOf(m), value: m[1]!, n } : undefined;
    },
  },
  {
    // `a. Nội dung`: one letter only (`tp. Hồ Chí Minh` is not a label).
    style: 'letter',
    pattern: /^([a-zđ])\.\s+(?=\S)(.*)$/su,
    read: (m) => {
      const n = letterValue(m[1]!);
      return n ? { printed: printedOf(m), value: m[1]!, n } : undefined;
    },
  },
  {
    // Dashes and bullets; not a negative number (`-5 độ`).
    style: 'dash',
    pattern: /^([-–—•·▪▫◦●○■□✓❖➢⁃])\s*(?=\S)(?!(?<=-)\d)(.*)$/su,
    read: (m) => ({ printed: m[1]!, value: m[1]! }),
  },
  { style: 'plus', pattern: /^(\+)\s*(?=\S)(.*)$/su, read: (m) => ({ printed: '+', value: m[1]! }) },
  // `* Năm 2021:`, and `*Về phong trào …` typed without the space (a capital follows)
  { style: 'star', pattern: /^(\*)(?:\s+(?=\S)|(?=\p{Lu}))(.*)$/su, read: (m) => ({ printed: '*', value: m[1]! }) },
];

/**
 * Reads the numbering label at the start of a paragraph: `II. NHIỆM VỤ` → `{ style: 'roman', n: 2,
 * printed: 'II.', rest: 'NHIỆM VỤ' }`. `undefined` when the paragraph has no label (or only words
 * that look like one: `V/v …`, `2025 là năm …`). `rules` replaces the table ({@link LABEL_RULES}).
 */
export function parseLabel(line: string, rules: readonly LabelRule[] = LABEL_RULES): ParsedLabel | undefined {
  const t = line.replace(/^\s+/, '');
  for (const rule of rules) {
    const m = rule.pattern.exec(t);
    if (!m) continue;
    const read = rule.read(m);
    if (read) return { style: rule.style, ...read, rest: m[m.length - 1]! };
  }
  return undefined;
}

/** Reads a label standing alone (Word's auto-number text `1.`, `a)`, `•`; a node's printed label). */
export function readLabel(printed: string, rules: readonly LabelRule[] = LABEL_RULES): Omit<ParsedLabel, 'rest'> | undefined {
  const l = parseLabel(`${printed.trim()} x`, rules);
  if (!l) return undefined;
  const { rest: _rest, ...label } = l;
  return label;
}

/** True when a label is written exactly as Nghị định 30 prints it (`1.`, not `1)`; `a)`, not `a.`). */
export function isPrintedForm(label: Omit<ParsedLabel, 'rest'>): boolean {
  if (label.n === undefined) return label.printed === formatLabel(label.style, 0);
  const printed = formatLabel(label.style, label.n, label.parent);
  return label.printed === printed || (label.style === 'part' && label.printed === printed.toLocaleUpperCase('vi'));
}
