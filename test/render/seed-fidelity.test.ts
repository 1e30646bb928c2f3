import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderText } from '@kehoach/render-text';
import { EXAMPLES, loadExample, ROOT, type ExampleName } from '../helpers.js';
import { compareWords, labels, slice, words } from '@kehoach/fidelity';

/** Where each seed's document body starts and ends (002 is a news site's copy: its first line and credit are not the document). */
const BOUNDS: Record<ExampleName, [RegExp, RegExp?]> = {
  'khanh-hoa-2025': [/KẾ HOẠCH/],
  'lang-son-2019': [/\*\*KẾ HOẠCH\*\*|KẾ HOẠCH/],
  'ba-ria-vung-tau-2023': [/Ngày 23-02-2023/, /\(Nguồn:/],
  'an-phu-2026-2030': [/KẾ HOẠCH/],
  'tuyen-quang-2025-30-7': [/KẾ HOẠCH/],
};

/** Numbering defects of the originals that generated numbering corrects (plan-anatomy.md). */
const NUMBERING_DEFECTS: Record<ExampleName, Array<[string, string]>> = {
  'khanh-hoa-2025': [],
  'lang-son-2019': [],
  'ba-ria-vung-tau-2023': [],
  'an-phu-2026-2030': [],
  // 004 numbers agencies 1 … 9, 11, 12 … (10 is missing) and writes d) twice.
  'tuyen-quang-2025-30-7': [['d)', 'đ)'], ['11.', '10.'], ['12.', '11.'], ['13.', '12.'], ['14.', '13.'], ['15.', '14.']],
};

function seedText(name: string): string {
  return readFileSync(`${ROOT}test/fixtures/seeds/${name}.txt`, 'utf8');
}

describe('rendering an example reproduces its seed word for word', () => {
  test.each(EXAMPLES)('%s', (name) => {
    const [start, end] = BOUNDS[name];
    const seed = slice(seedText(name), start, end);
    const rendered = slice(renderText(loadExample(name)), start);
    const a = words(seed);
    const b = words(rendered);
    expect(compareWords(a, b)).toEqual([]);
    expect(b.length).toBe(a.length);
    expect(a.length).toBeGreaterThan(2500);
  });
});

describe('numbering differs from the seed only where the seed has a numbering defect', () => {
  test.each(EXAMPLES)('%s', (name) => {
    const [start, end] = BOUNDS[name];
    const seedLabels = labels(slice(seedText(name), start, end));
    const ours = labels(slice(renderText(loadExample(name)), start));
    expect(ours).toHaveLength(seedLabels.length);
    const differences = seedLabels.flatMap((l, i) => (l === ours[i] ? [] : [[l, ours[i]!] as [string, string]]));
    expect(differences).toEqual(NUMBERING_DEFECTS[name]);
  });
});

test('header facts present in the seeds are rendered the same', () => {
  const tq = renderText(loadExample('tuyen-quang-2025-30-7'));
  expect(tq).toContain('Số: 15/KH-UBND');
  expect(tq).toContain('Tuyên Quang, ngày 24 tháng 7 năm 2025');
  expect(seedText('tuyen-quang-2025-30-7')).toContain('Tuyên Quang, ngày 24 tháng 7 năm 2025');
  const ls = renderText(loadExample('lang-son-2019'));
  expect(ls).toContain('Số: 23/KH-BCĐ');
  expect(ls).toContain('Lạng Sơn, ngày 26 tháng 02 năm 2019');
  expect(seedText('lang-son-2019')).toContain('Lạng Sơn, ngày 26 tháng 02 năm 2019');
});

test('a draft prints blanks for the number and the day', () => {
  const kh = renderText(loadExample('khanh-hoa-2025'));
  expect(kh).toContain('Số:      /KH-UBND');
  expect(kh).toContain('Khánh Hòa, ngày      tháng      năm 2025');
});

test('the comparison can fail: a dropped sentence is reported', () => {
  const plan = loadExample('khanh-hoa-2025');
  const seed = words(slice(seedText('khanh-hoa-2025'), /KẾ HOẠCH/));
  const rendered = words(slice(renderText(plan), /KẾ HOẠCH/).replace('Phấn đấu giữ ổn định tình hình, ', ''));
  expect(compareWords(seed, rendered)).toEqual([
    { missing: 'phấn đấu giữ ổn định tình hình', extra: '', after: 'ngay từ địa bàn cơ sở' },
  ]);
});
