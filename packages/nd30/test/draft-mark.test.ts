import { describe, expect, test } from 'vitest';
import { formatDraftMark, formatMarks, parseDraftMark, parseMark } from '../src/index.js';

// The draft indication of Phụ lục I (chỉ dẫn về dự thảo văn bản), printed and read back by one table.
describe('the draft indication', () => {
  test.each([
    [true, 'DỰ THẢO'],
    [1, 'DỰ THẢO LẦN 1'],
    [3, 'DỰ THẢO LẦN 3'],
    [12, 'DỰ THẢO LẦN 12'],
  ] as const)('%s prints %s and reads back', (draft, printed) => {
    expect(formatDraftMark(draft)).toBe(printed);
    expect(parseDraftMark(printed)).toBe(draft);
    expect(parseMark(printed)).toEqual({ draft });
  });

  test.each([
    ['Dự thảo', true],
    ['Dự thảo lần 2', 2],
    ['  DỰ   THẢO  LẦN  02 ', 2],
    ['DỰ THẢO LẦN THỨ 4', 4],
    ['Dự thảo lần thứ 4', 4],
  ] as const)('a received %j is the mark %s', (line, draft) => {
    expect(parseDraftMark(line)).toBe(draft);
  });

  test.each(['Dự thảo Kế hoạch phòng, chống thiên tai', 'DỰ THẢO LẦN', 'DỰ THẢO LẦN 0', 'Góp ý dự thảo', 'KHẨN'])('%j is no draft indication', (line) => {
    expect(parseDraftMark(line)).toBeUndefined();
  });

  test('under the number only độ mật and độ khẩn print: the draft indication has its own place', () => {
    expect(formatMarks({ secrecy: 'MẬT', urgency: 'KHẨN', draft: 2 })).toEqual(['MẬT', 'KHẨN']);
  });
});
