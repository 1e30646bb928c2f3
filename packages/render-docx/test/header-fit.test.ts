import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '@kehoach/render-docx';
import { fitHeaderLines, textWidth } from '../src/header-fit.js';
import { loadExample, ROOT } from '../../../test/helpers.js';
import { openDocx } from '../../../test/render/docx-helpers.js';

describe('header lines measured with Times New Roman metrics and broken where a văn thư would', () => {
  test('widths are those of the font (Liberation Serif = Times New Roman)', () => {
    // “ỦY BAN NHÂN DÂN” in 13 pt bold: 122 pt; the header column is 180 pt.
    expect(textWidth('ỦY BAN NHÂN DÂN', 13, true)).toBeCloseTo(122.4, 0);
    expect(textWidth('UBND TỈNH BÀ RỊA - VŨNG TÀU', 13, false)).toBeGreaterThan(180);
  });
  test('a line too wide breaks before the place: “UBND” / “TỈNH BÀ RỊA - VŨNG TÀU”', () => {
    expect(fitHeaderLines(['UBND TỈNH BÀ RỊA - VŨNG TÀU'], 180, 13, false)).toEqual({ lines: ['UBND', 'TỈNH BÀ RỊA - VŨNG TÀU'], tooLong: [] });
    expect(fitHeaderLines(['ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU'], 180, 13, true).lines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BÀ RỊA - VŨNG TÀU']);
    expect(fitHeaderLines(['SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG'], 180, 13, true).lines).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'TỈNH BẮC GIANG']);
    // Never inside a phrase: not “TRƯỜNG TRUNG HỌC CƠ” / “SỞ”.
    expect(fitHeaderLines(['TRƯỜNG TRUNG HỌC CƠ SỞ'], 180, 13, true).lines).toEqual(['TRƯỜNG', 'TRUNG HỌC CƠ SỞ']);
  });
  test('lines that fit are kept; a word too wide for any break is reported', () => {
    expect(fitHeaderLines(['BAN CHỈ ĐẠO 138'], 180, 13, true)).toEqual({ lines: ['BAN CHỈ ĐẠO 138'], tooLong: [] });
    expect(fitHeaderLines(['ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'], 180, 13, true).tooLong).toHaveLength(1);
  });
  test('the DOCX of ba-ria-vung-tau-2023 prints its parent body on two planned lines', () => {
    const xml = openDocx(renderDocx(loadExample('ba-ria-vung-tau-2023')).docx!).text('word/document.xml');
    expect(xml).toMatch(/>UBND<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>TỈNH BÀ RỊA - VŨNG TÀU</);
  });
});

const FONTS = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';
test.skipIf(!existsSync(FONTS))('the metrics table is generated from the fonts and current (pnpm gen:metrics)', async () => {
  const { generate } = await import('../scripts/gen-font-metrics.mjs');
  expect(generate()).toBe(readFileSync(`${ROOT}packages/render-docx/src/generated/font-metrics.ts`, 'utf8'));
});
