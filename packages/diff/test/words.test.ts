import { describe, expect, test } from 'vitest';
import { afterText, alignSequences, beforeText, diffWords, similarity, tokenize } from '@kehoach/diff';
import { wordLine } from '@kehoach/diff';

describe('diffWords', () => {
  test('word by word, a comma apart from its word', () => {
    expect(tokenize('Sở Y tế, Công an tỉnh')).toEqual(['Sở', ' ', 'Y', ' ', 'tế', ',', ' ', 'Công', ' ', 'an', ' ', 'tỉnh']);
    expect(diffWords('trước ngày 15/9/2025', 'trước ngày 30/9/2025')).toEqual([
      { op: 'equal', text: 'trước ngày ' },
      { op: 'delete', text: '15' },
      { op: 'insert', text: '30' },
      { op: 'equal', text: '/9/2025' },
    ]);
  });

  test('a space kept between two changed words does not split the change', () => {
    expect(diffWords('Sở Công Thương chủ trì', 'Sở Khoa học chủ trì')).toEqual([
      { op: 'equal', text: 'Sở ' },
      { op: 'delete', text: 'Công Thương' },
      { op: 'insert', text: 'Khoa học' },
      { op: 'equal', text: ' chủ trì' },
    ]);
  });

  test('the two texts come back from the pieces', () => {
    const a = 'Rà soát, bổ sung máy quét, máy tính cho bộ phận một cửa.';
    const b = 'Rà soát, trang bị máy quét và máy tính cho bộ phận một cửa của xã.';
    const parts = diffWords(a, b);
    expect([beforeText(parts), afterText(parts)]).toEqual([a, b]);
    expect(wordLine(parts)).toBe('Rà soát, [-bổ sung-]{+trang bị+} máy quét[-, -]{+ và +}máy tính cho bộ phận một cửa{+ của xã+}.');
  });

  test('similarity: shared letters over all letters (11 of 20 and 11)', () => {
    expect(similarity('a b c', 'a b c')).toBe(1);
    expect(similarity('Sở Y tế', 'Công an tỉnh')).toBe(0);
    expect(similarity('Kiểm tra hồ sơ chuyên môn', 'Kiểm tra hồ sơ')).toBeCloseTo(22 / 31, 5);
  });
});

describe('alignSequences', () => {
  test('same items by key, alike ones paired in the gaps, the rest alone', () => {
    const a = ['Mở đầu', 'Nhiệm vụ một', 'Bỏ đi', 'Kết thúc'];
    const b = ['Mở đầu', 'Nhiệm vụ thứ một', 'Mới hẳn', 'Kết thúc'];
    expect(alignSequences(a, b, { key: (s) => s, similarity })).toEqual([
      { a: 0, b: 0, same: true },
      { a: 1, b: 1, same: false },
      { a: 2 },
      { b: 2 },
      { a: 3, b: 3, same: true },
    ]);
  });

  test('without a similarity, a changed item is removed then added', () => {
    expect(alignSequences(['x', 'y'], ['x', 'z'], { key: (s) => s })).toEqual([{ a: 0, b: 0, same: true }, { a: 1 }, { b: 1 }]);
  });
});
