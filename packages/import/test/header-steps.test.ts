// The steps of recogniseHeader, each on its own.
import { describe, expect, test } from 'vitest';
import { documentKind } from '@kehoach/core';
import { periodOf } from '../src/plan/header.js';
import { properName, splitNames } from '../src/plan/header/issuer.js';
import { findTypeLine, recogniseAddressees } from '../src/plan/header/title.js';
import { readTopLines, TOP_LINE_HANDLERS } from '../src/plan/header/top-lines.js';
import type { Line } from '../src/plan/lines.js';
import { UnsureList } from '../src/plan/unsure.js';

const line = (text: string, more: Partial<Line> = {}): Line => ({ text, bold: false, italic: false, source: {}, ...more });

describe('the header lines, read by a handler table', () => {
  test('số/ký hiệu, V/v wrapped over two lines, place and date, names of the left column', () => {
    const left = [line('UBND TỈNH LÂM ĐỒNG'), line('BAN CHỈ ĐẠO', { bold: true }), line('Số: 12/BCĐ'), line('V/v triển khai thực hiện các nhiệm vụ'), line('trọng tâm năm 2025')];
    const right = [line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), line('Lâm Đồng, ngày 05 tháng 8 năm 2025')];
    const facts = readTopLines([...left, ...right], new Set(left), new UnsureList());
    expect(facts).toMatchObject({ number: 12, symbol: 'BCĐ', place: 'Lâm Đồng', date: '2025-08-05', subject: 'triển khai thực hiện các nhiệm vụ trọng tâm năm 2025' });
    expect(facts.names.map((l) => l.text)).toEqual(['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO']);
  });
  test('a draft: blank number and day give no number, and the month and year of the draft', () => {
    const unsure = new UnsureList();
    const facts = readTopLines([line('Số:      /KH-UBND'), line('Lâm Đồng, ngày      tháng 12 năm 2025')], new Set(), unsure);
    expect(facts).toMatchObject({ symbol: 'KH-UBND', draftDate: { year: 2025, month: 12 } });
    expect(facts.number).toBeUndefined();
  });
  test('every handler has a name (they are listed in this order)', () => {
    expect(TOP_LINE_HANDLERS.map((h) => h.name)).toEqual(['số và ký hiệu', 'địa danh, ngày tháng', 'V/v', 'V/v (tiếp)', 'quốc hiệu, đường kẻ', 'tên cơ quan (chữ in hoa, cột trái)']);
  });
});

describe('the issuer', () => {
  test('the bold lines are the issuer, those above its parent; “ỦY BAN NHÂN DÂN / TỈNH …” is one name', () => {
    expect(splitNames([line('UBND TỈNH VĨNH LONG'), line('SỞ Y TẾ', { bold: true })])).toEqual({ parentLines: ['UBND TỈNH VĨNH LONG'], issuerLines: ['SỞ Y TẾ'] });
    expect(splitNames([line('ỦY BAN NHÂN DÂN'), line('TỈNH LÂM ĐỒNG')])).toEqual({ parentLines: [], issuerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'] });
    expect(properName('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG')).toBe('Ủy ban nhân dân tỉnh Lâm Đồng');
  });
});

describe('the kind, the title, Kính gửi', () => {
  test('a kind\'s type line, spaced out or as written, marks the kind', () => {
    expect(findTypeLine([line('Số: 1/KH-UBND'), line('K Ế  H O Ạ C H'), line('Tuyên truyền')])).toMatchObject({ marker: 1, marked: { kind: { id: 'ke-hoach' } } });
    expect(findTypeLine([line('KẾ HOẠCH: Tuyên truyền năm 2025')])).toMatchObject({ marker: 0 });
    expect(findTypeLine([line('ỦY BAN NHÂN DÂN'), line('Số: 1/UBND-VX'), line('V/v tuyên truyền'), line('Kính gửi: Sở Y tế')])).toEqual({ marker: -1, lead: 3 });
  });
  test('Kính gửi in a plan makes it a công văn; its list ends where the dashes end', () => {
    const lines = [line('Kính gửi:'), line('Sở Y tế;', { label: { kind: 'dash', printed: '-' } }), line('Công an tỉnh.', { label: { kind: 'dash', printed: '-' } }), line('Thực hiện …')];
    const r = recogniseAddressees(lines, 0, documentKind('ke-hoach'));
    expect(r).toMatchObject({ addressees: ['Sở Y tế', 'Công an tỉnh'], bodyStart: 3 });
    expect(r.kind.id).toBe('cong-van');
  });
  test('the period from the title', () => {
    expect(periodOf('Kế hoạch năm học 2025 - 2026')).toEqual({ schoolYear: 2025 });
    expect(periodOf('giai đoạn 2026 - 2030')).toEqual({ from: 2026, to: 2030 });
    expect(periodOf('kiểm tra tháng 8/2021')).toEqual({ year: 2021, month: 8 });
    expect(periodOf('tuyên truyền năm 2025')).toEqual({ year: 2025 });
  });
});
