import { expect, test } from 'vitest';
import { docxText, measureFidelity } from '@kehoach/fidelity';
import { renderDocx } from '@kehoach/render-docx';
import { renderText } from '@kehoach/render-text';
import { loadExample } from '../../../test/helpers.js';

test('recall and precision count the words in order; differences say where', () => {
  const f = measureFidelity('I. MỤC ĐÍCH\n1. Tuyên truyền sâu rộng ngày 01/7/2025.', 'I. MỤC ĐÍCH\n1. Tuyên truyền rộng rãi ngày 1/7/2025.');
  expect([f.original, f.rendered, f.matched]).toEqual([8, 8, 7]);
  expect(f.recall).toBeCloseTo(7 / 8);
  expect(f.differences).toEqual([{ missing: 'sâu', extra: '', after: 'mục đích tuyên truyền' }, { missing: '', extra: 'rãi', after: 'mục đích tuyên truyền rộng' }]);
});

test('the DOCX of an example has the words of its plain-text rendering (tables joined by “ | ”)', () => {
  const plan = loadExample('tuyen-quang-2025-30-7');
  const text = docxText(renderDocx(plan).docx!);
  expect(text).toMatch(/^ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/m);
  const f = measureFidelity(renderText(plan), text);
  expect(f.recall).toBe(1);
  expect(f.original).toBeGreaterThan(2500);
});

test('a dash standing alone is punctuation, not a word: a table cell’s list marks read mid-line count as the list’s own marks do', () => {
  const cell = 'NỘI DUNG | NGƯỜI THỰC HIỆN\n1. Chuyên môn: - Kiểm tra lại trong hè. - Phân công chuyên môn. | - Thầy An - Cô Bình';
  const list = 'NỘI DUNG NGƯỜI THỰC HIỆN\n1. Chuyên môn:\n- Kiểm tra lại trong hè.\n- Phân công chuyên môn.\n- Thầy An\n- Cô Bình';
  const f = measureFidelity(cell, list);
  expect([f.original, f.matched, f.recall]).toEqual([20, 20, 1]);
  expect(measureFidelity('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc').original).toBe(6);
});
