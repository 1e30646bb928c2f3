import { expect, test } from 'vitest';
import { buildDocument, type DocTable } from '@kehoach/document';
import { documentToMarkdown } from '../src/render-markdown.js';
import { documentToText } from '../src/render-text.js';
import { loadExample } from '../../../test/helpers.js';

// A list table's cells are plain text: Markdown prints them literally, plain text as they are.
const doc = buildDocument(loadExample('tuyen-quang-2025-30-7'), { appendix: true });
const table = doc.appendices.at(-1)!.body[0] as DocTable;
table.table.rows[0]!.cells[1]!.paragraphs = ['II.1.a 2*3 = 6, a_b <c> | d'];

test('Markdown: the task appendix as a pipe table, plain cells escaped (not read as emphasis or HTML)', () => {
  const md = documentToMarkdown(doc);
  expect(md).toContain('---\n\n**Phụ lục**  \n**DANH MỤC NHIỆM VỤ**  \n*(Kèm theo Kế hoạch số 15/KH-UBND ngày 24/7/2025 của Ủy ban nhân dân tỉnh Tuyên Quang)*\n\n| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm |\n| --- |');
  expect(md).toContain('\n| 1 | II.1.a 2\\*3 = 6, a\\_b \\<c> \\| d | Công an tỉnh |  | Thường xuyên |  |\n');
});

test('text: the rows as they are, cells joined by “ | ”', () => {
  const text = documentToText(doc);
  expect(text).toContain('Phụ lục\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 15/KH-UBND');
  expect(text).toContain('\n1 | II.1.a 2*3 = 6, a_b <c> | d | Công an tỉnh |  | Thường xuyên | \n');
});
