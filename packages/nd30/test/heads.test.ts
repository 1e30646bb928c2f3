import { describe, expect, test } from 'vitest';
import { formatHeadOf, parseHeadOf } from '../src/index.js';

// The head of a body as a Quyết định's executing article names it (Điều 3), and read back.
describe('the head of a body', () => {
  test.each([
    ['Sở Nội vụ', 'Giám đốc Sở Nội vụ'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch'],
    ['Công an tỉnh', 'Giám đốc Công an tỉnh'],
    ['Công an xã Tân Thành', 'Trưởng Công an xã Tân Thành'],
    ['Bộ Chỉ huy quân sự tỉnh', 'Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh'],
    ['Ủy ban nhân dân các xã, phường', 'Chủ tịch Ủy ban nhân dân các xã, phường'],
    ['Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng', 'Chánh Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['Thanh tra tỉnh', 'Chánh Thanh tra tỉnh'],
    ['Báo Lâm Đồng', 'Tổng Biên tập Báo Lâm Đồng'],
    ['Đài Phát thanh và Truyền hình tỉnh', 'Giám đốc Đài Phát thanh và Truyền hình tỉnh'],
    ['Trường THCS Hòa Khánh', 'Hiệu trưởng Trường THCS Hòa Khánh'],
    ['Ban Dân tộc tỉnh', 'Trưởng Ban Dân tộc tỉnh'],
    ['Các sở, ban, ngành', 'Thủ trưởng các sở, ban, ngành'],
    ['Quỹ Bảo trợ trẻ em tỉnh', 'Thủ trưởng Quỹ Bảo trợ trẻ em tỉnh'],
  ])('%s → %s, and back', (body, head) => {
    expect(formatHeadOf(body)).toBe(head);
    expect(parseHeadOf(head)).toEqual({ head: head.slice(0, head.length - body.length - 1), body: head.slice(head.length - body.length) });
  });

  test('words that start with no head word are not a head', () => {
    expect(parseHeadOf('Sở Nội vụ')).toBeUndefined();
    expect(parseHeadOf('Chánh')).toBeUndefined();
  });
});
