import { describe, expect, test } from 'vitest';
import { buildDocument, parseInline, runsToMarkdown, runsToPlain } from '@kehoach/document';
import { parseWithRemark } from '../src/inline.js';
import { EXAMPLES, loadExample } from '../../../test/helpers.js';

describe('inline markdown (unified + remark-parse)', () => {
  test('bold, italic and line breaks become formatting', () => {
    expect(parseInline('Thực hiện **trước ngày 16** (*qua Phòng Tham mưu*)')).toEqual([
      { text: 'Thực hiện ', bold: false, italic: false },
      { text: 'trước ngày 16', bold: true, italic: false },
      { text: ' (', bold: false, italic: false },
      { text: 'qua Phòng Tham mưu', bold: false, italic: true },
      { text: ')', bold: false, italic: false },
    ]);
    expect(parseInline('dòng 1  \ndòng 2')).toEqual([
      { text: 'dòng 1', bold: false, italic: false },
      { break: true },
      { text: 'dòng 2', bold: false, italic: false },
    ]);
  });
  test.each([
    ['template tags', 'Gửi {ten_co_quan} và {#loop}{/loop}'],
    ['XML', 'a < b && <w:p> </w:t>'],
    ['entities stay as written', 'AT&amp;T &lt;b&gt; &#65;'],
    ['a leading dash is not a list', '- Lưu: VT, NC.'],
    ['a leading number is not a list', '1. Công an tỉnh'],
    ['a leading hash is not a heading', '# không phải tiêu đề'],
    ['links and code print as written', 'xem [Cổng](https://x.vn) và `mã`'],
  ])('%s print literally', (_name, text) => {
    expect(runsToPlain(parseInline(text))).toBe(text);
  });
  test('Markdown output round-trips through the parser', () => {
    const src = 'Chủ đề **“Mua bán người là tội phạm có tổ chức”** và *nghiêng* {x} <y> 1. z';
    const md = runsToMarkdown(parseInline(src));
    expect(parseInline(md)).toEqual(parseInline(src));
  });
});

test('the plain-text fast path gives exactly what remark gives', () => {
  const texts = EXAMPLES.flatMap((n) => buildDocument(loadExample(n)).body.flatMap((p) => [p.text, p.title].filter((t): t is string => !!t)));
  expect(texts.length).toBeGreaterThan(250);
  const crafted = ['  lề trái', 'lề phải  ', '- gạch đầu dòng', '1. số thứ tự', '# dấu thăng', '> trích', 'a  b   c', '', '   ', 'Đề án 06 (2022 - 2025)'];
  for (const t of [...texts, ...crafted]) expect(parseInline(t), JSON.stringify(t)).toEqual(parseWithRemark(t));
});
