import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadPlanOrThrow, parseInline, printDocument } from 'kehoach';
import { ROOT } from '../../../test/helpers.js';

// printDocument is what a page previews: the same model the DOCX and Markdown renderers lay out.
const plan = loadPlanOrThrow(readFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, 'utf8'), { file: 'tq.yaml' });

test('printDocument gives the header, the numbered body with source pointers, and the signature', () => {
  const doc = printDocument(plan);
  expect(doc.header.numberLine).toBe('Số: 15/KH-UBND');
  expect(doc.header.dateLine).toBe('Tuyên Quang, ngày 24 tháng 7 năm 2025');
  const b = doc.body.find((p) => p.role !== 'table' && p.text?.startsWith('Chỉ đạo các doanh nghiệp viễn thông gửi tin nhắn SMS'));
  expect(b).toMatchObject({ label: 'b)' });
  expect(b!.path).toMatch(/^\/body\//);
  expect(doc.signatures[0]).toEqual({ lines: ['CHỦ TỊCH'], name: 'Phan Huy Ngọc' });
});

test('printDocument with draft blanks the number and date', () => {
  expect(printDocument(plan, { draft: true }).header.numberLine).toBe('Số:      /KH-UBND');
});

test('parseInline splits bold and italic runs', () => {
  expect(parseInline('**Đậm** và *nghiêng*')).toEqual([
    { text: 'Đậm', bold: true, italic: false },
    { text: ' và ', bold: false, italic: false },
    { text: 'nghiêng', bold: false, italic: true },
  ]);
});
