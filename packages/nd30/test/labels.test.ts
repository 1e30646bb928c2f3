import { describe, expect, test } from 'vitest';
import { formatLabel, isUnnumbered, parseLabel, readLabel, roman, romanValue, vietnameseLetter, VIETNAMESE_LETTERS, type LabelStyle } from '@kehoach/nd30';
import { isPrintedForm } from '../src/numbering/parse-label.js';

const N = Array.from({ length: 120 }, (_, i) => i + 1);
const NUMBERED: LabelStyle[] = ['part', 'roman', 'article', 'number', 'paren-number', 'letter'];

describe('parseLabel(formatLabel(style, n)) gives the style and n back', () => {
  test.each(NUMBERED.map((s) => [s]))('%s, n = 1 … 120 (number: 1 … 99)', (style) => {
    for (const n of N.filter((k) => style !== 'number' || k < 100)) {
      const printed = formatLabel(style, n);
      expect({ printed, parsed: parseLabel(`${printed} Nội dung của mục`) }).toMatchObject({ printed, parsed: { style, n, printed, rest: 'Nội dung của mục' } });
      expect(isPrintedForm(readLabel(printed)!)).toBe(true);
    }
  });

  test('subnumber under every number and under a subnumber', () => {
    for (const parent of [...N.slice(0, 60).map((k) => formatLabel('number', k)), '2.1.', '10.3.']) {
      for (const n of N.slice(0, 60)) {
        const printed = formatLabel('subnumber', n, parent);
        expect(parseLabel(`${printed} Nội dung`)).toEqual({ style: 'subnumber', n, printed, value: printed.slice(0, -1), parent, rest: 'Nội dung' });
      }
    }
  });

  test('a part in capitals, as headings print it', () => {
    for (const n of N) expect(parseLabel(`${formatLabel('part', n).toLocaleUpperCase('vi')} NỘI DUNG`)).toMatchObject({ style: 'part', n, printed: `PHẦN ${roman(n)}` });
  });

  test.each<[LabelStyle, string]>([['dash', '-'], ['plus', '+'], ['star', '*']])('the mark %s', (style, mark) => {
    for (const n of N.slice(0, 60)) expect(formatLabel(style, n)).toBe(mark);
    expect(parseLabel(`${mark} Nội dung`)).toEqual({ style, printed: mark, value: mark, rest: 'Nội dung' });
    expect(isUnnumbered(style)).toBe(true);
  });
});

describe('the Vietnamese letters of điểm', () => {
  test('no f, j, w, z; đ after d; after y comes aa', () => {
    expect(VIETNAMESE_LETTERS.join('')).toBe('abcdđeghiklmnopqrstuvxy');
    expect([1, 4, 5, 6, 23, 24, 25, 46, 47].map(vietnameseLetter)).toEqual(['a', 'd', 'đ', 'e', 'y', 'aa', 'ab', 'ay', 'ba']);
    for (const bad of ['f', 'j', 'w', 'z']) expect(parseLabel(`${bad}) Nội dung`)).toBeUndefined();
  });
  test('Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 49, 90].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XLIX', 'XC']);
    for (const n of N) expect(romanValue(roman(n))).toBe(n);
  });
});

describe('what received documents write', () => {
  test.each<[string, object]>([
    ['I/ MỤC ĐÍCH, YÊU CẦU', { style: 'roman', n: 1, printed: 'I/', rest: 'MỤC ĐÍCH, YÊU CẦU' }],
    ['II) NHIỆM VỤ', { style: 'roman', n: 2, printed: 'II)' }],
    ['1) Tuyên truyền', { style: 'number', n: 1, printed: '1)' }],
    ['01. Tuyên truyền', { style: 'number', n: 1, printed: '01.', value: '01' }],
    ['2.1 Tuyên truyền', { style: 'subnumber', n: 1, printed: '2.1', parent: '2.' }],
    ['a. Trên báo chí', { style: 'letter', n: 1, printed: 'a.' }],
    ['đ ) Trên mạng xã hội', { style: 'letter', n: 5, printed: 'đ )' }],
    ['PHẦN THỨ NHẤT: KẾT QUẢ', { style: 'part', n: 1, printed: 'PHẦN THỨ NHẤT:' }],
    ['Phần 2. Nhiệm vụ', { style: 'part', n: 2, printed: 'Phần 2' }],
    ['Điều 3: Hiệu lực', { style: 'article', n: 3, printed: 'Điều 3:' }],
    ['– Tuyên truyền', { style: 'dash', printed: '–' }],
    ['• Tuyên truyền', { style: 'dash', printed: '•' }],
  ])('“%s”', (line, expected) => {
    expect(parseLabel(line)).toMatchObject(expected);
  });

  test('words that only look like a label', () => {
    expect(parseLabel('V/v Đẩy mạnh cung cấp dịch vụ công trực tuyến')).toBeUndefined();
    expect(parseLabel('2025 là năm tăng tốc')).toBeUndefined();
    expect(parseLabel('1.000 người tham gia')).toBeUndefined();
    expect(parseLabel('-5 độ C')).toBeUndefined();
    expect(parseLabel('tp. Hồ Chí Minh')).toBeUndefined();
    expect(parseLabel('ii) Nội dung')).toBeUndefined();
    expect(parseLabel('PHẦN CHUNG')).toBeUndefined();
    expect(isPrintedForm(readLabel('1)')!)).toBe(false);
    expect(isPrintedForm(readLabel('a.')!)).toBe(false);
  });
});
