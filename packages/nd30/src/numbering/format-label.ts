import { vietnameseLetter } from './letters.js';
import { roman } from './roman.js';

/**
 * The numbering sequences of Nghị định 30/2020 (Phụ lục I), from the outermost: `part` (Phần I),
 * `roman` (mục I.), `article` (Điều 1., the body of a Quyết định), `number` (khoản 1.), `subnumber`
 * (2.1.), `paren-number` ((1)), `letter` (điểm a), đ), aa)), and the marks `dash` (-), `plus` (+),
 * `star` (*); `plain` is a paragraph without a label.
 */
export type LabelStyle = 'part' | 'roman' | 'article' | 'number' | 'subnumber' | 'paren-number' | 'letter' | 'dash' | 'plus' | 'star' | 'plain';

/** The marks: labels without a number of their own (`-`, `+`, `*`). */
export const MARK_STYLES: ReadonlySet<LabelStyle> = new Set<LabelStyle>(['dash', 'plus', 'star']);

/** True for a style whose labels carry no number: the marks and `plain`. */
export function isUnnumbered(style: LabelStyle): style is 'dash' | 'plus' | 'star' | 'plain' {
  return MARK_STYLES.has(style) || style === 'plain';
}

const MARKS: Partial<Record<LabelStyle, string>> = { dash: '-', plus: '+', star: '*', plain: '' };

/** How each style prints its n-th label; `parent` is the parent's label (for `subnumber`). */
const FORMATS: Record<LabelStyle, (n: number, parent: string) => string> = {
  part: (n) => `Phần ${roman(n)}`,
  roman: (n) => `${roman(n)}.`,
  article: (n) => `Điều ${n}.`,
  number: (n) => `${n}.`,
  subnumber: (n, parent) => `${parent.replace(/\.$/, '')}.${n}.`,
  'paren-number': (n) => `(${n})`,
  letter: (n) => `${vietnameseLetter(n)})`,
  dash: () => MARKS.dash!,
  plus: () => MARKS.plus!,
  star: () => MARKS.star!,
  plain: () => MARKS.plain!,
};

/**
 * The n-th label (1-based) of a style as Nghị định 30 prints it: `Phần II`, `IV.`, `Điều 3.`, `5.`,
 * `2.1.` (under `2.`), `(3)`, `đ)`, `aa)`, `-`, `+`, `*`; `''` for `plain`. A document heading
 * prints a part in capitals (`PHẦN II`); {@link parseLabel} reads both.
 */
export function formatLabel(style: LabelStyle, n: number, parentLabel = ''): string {
  return FORMATS[style](n, parentLabel);
}
