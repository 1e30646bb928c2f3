import { describe, expect, test } from 'vitest';
import { assignNumbers, roman, VIETNAMESE_LETTERS, vietnameseLetter, type NodeStyle } from '../src/numbering.js';

describe('numbering', () => {
  test('điểm letters follow Nghị định 30: no f, j, w, z; đ after d', () => {
    expect(VIETNAMESE_LETTERS.join(' ')).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
    expect([1, 4, 5, 6, 7, 23].map(vietnameseLetter)).toEqual(['a', 'd', 'đ', 'e', 'g', 'y']);
    expect(vietnameseLetter(24)).toBe('aa');
  });
  test('roman numerals for mục', () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
  });
  test('each style counts on its own, so there is never a gap or a repeat', () => {
    const n = (style: NodeStyle, children: ReturnType<typeof n>[] = []) => ({ style, label: '', ref: '', children });
    const root = {
      label: '',
      ref: '',
      children: [
        n('roman', [n('number', [n('letter'), n('letter'), n('letter'), n('letter'), n('letter')]), n('plain'), n('number', [n('subnumber'), n('subnumber', [n('dash'), n('dash', [n('plus')])])])]),
        n('roman'),
      ],
    };
    assignNumbers(root);
    const [I, II] = root.children;
    expect([I!.label, II!.label]).toEqual(['I.', 'II.']);
    expect(I!.children.map((c) => c.label)).toEqual(['1.', '', '2.']);
    expect(I!.children[0]!.children.map((c) => c.ref)).toEqual(['I.1.a', 'I.1.b', 'I.1.c', 'I.1.d', 'I.1.đ']);
    const sub = I!.children[2]!.children;
    expect(sub.map((c) => c.label)).toEqual(['2.1.', '2.2.']);
    expect(sub[1]!.children.map((c) => `${c.label}${c.ref}`)).toEqual(['-I.2.2-1', '-I.2.2-2']);
    expect(sub[1]!.children[1]!.children[0]!.label).toBe('+');
    expect(I!.children[1]!.ref).toBe('I'); // the only unnumbered child takes its parent's reference
  });
});
