import { describe, expect, test } from 'vitest';
import { canonicalSpelling, canonicalTones, spellingVariantsPattern, tonePlacement, toneVowels } from '@kehoach/nd30';
import { TONE_PAIRS } from '../src/spelling/tones.js';

describe('tone-mark placement', () => {
  test('every pair: the old placement moves to the new where the vowels end the syllable, and both are recognised', () => {
    expect(TONE_PAIRS).toHaveLength(30);
    for (const [old, current] of TONE_PAIRS) {
      for (const word of [`h${old}`, `Th${old}`, old]) {
        const now = word.replace(old, current);
        expect(canonicalSpelling(word)).toBe(now);
        expect(canonicalTones(word)).toHaveLength(word.length);
        expect([tonePlacement(word), tonePlacement(now)]).toEqual(['old', 'new']);
        expect(toneVowels(word)).toBe(current.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
        const re = new RegExp(`^${spellingVariantsPattern(`Sở ${word} tỉnh`)}$`, 'u');
        for (const written of [`Sở ${word} tỉnh`, `Sở ${now} tỉnh`, `sở ${now}  tỉnh`]) expect(re.test(written), `${word}: ${written}`).toBe(true);
      }
    }
  });

  test('inside a syllable, and after q, the mark has one place: nothing moves', () => {
    const same = ['Đoàn Thanh niên', 'kế toán', 'khuyến nông', 'Ngoại vụ', 'biên soạn', 'rà soát', 'quý', 'Quỹ Bảo trợ trẻ em', 'khoèo'];
    expect(same.map(canonicalSpelling)).toEqual(same);
    expect(same.map(tonePlacement)).toEqual(same.map(() => undefined));
    expect(['Uỷ ban nhân dân', 'Sở Văn hoá', 'Thuỷ lợi', 'Hoà Bình', 'sức khoẻ'].map(canonicalSpelling)).toEqual(['Ủy ban nhân dân', 'Sở Văn hóa', 'Thủy lợi', 'Hòa Bình', 'sức khỏe']);
  });

  test('dashes, spaces and the first letter', () => {
    expect(canonicalSpelling('  Phòng Văn hoá –  Xã hội ')).toBe('Phòng Văn hóa - Xã hội');
    const re = new RegExp(spellingVariantsPattern('Uỷ ban nhân dân xã'), 'u');
    expect(['Ủy ban nhân dân xã', 'ủy ban nhân dân xã', 'Uỷ  ban nhân dân xã'].every((s) => re.test(s))).toBe(true);
    expect(new RegExp(spellingVariantsPattern('chính trị - xã hội'), 'u').test('chính trị – xã hội')).toBe(true);
  });
});
