import { expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { renderMarkdown } from '../src/render-markdown.js';
import { blockSafe } from '../src/render-markdown.js';
import { exampleText } from '../../../test/helpers.js';

// Issue 23: user text in the Markdown output stays text. The place of issue (in the date line) went
// out raw: a line break in it opened a heading, `<img onerror>` and a `javascript:` link got through.

const hostile = 'Tuyên Quang\n# Tiêu đề giả <img src=x onerror=alert(1)> [bấm](javascript:alert(1))';

test('a place with a line break, HTML and a link is one line of text in the date line', () => {
  const text = exampleText('tuyen-quang-2025-30-7').replace('place: Tuyên Quang', `place: ${JSON.stringify(hostile)}`);
  const { plan, diagnostics } = loadPlan(text);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const md = renderMarkdown(plan!);
  expect(md).toContain('\n*Tuyên Quang # Tiêu đề giả \\<img src=x onerror=alert(1)> \\[bấm\\](javascript:alert(1)), ngày 24 tháng 7 năm 2025*\n');
  expect(md).not.toMatch(/^#/m);
});

test('blockSafe escapes what opens a block at a line start, and nothing else', () => {
  expect(blockSafe('# a\n> b\n- c\n+ d\n2. e\n3) f\n=== \nx # y 4. z')).toBe('\\# a\n\\> b\n\\- c\n\\+ d\n2\\. e\n3\\) f\n\\=== \nx # y 4. z');
  expect(blockSafe('# a\nb\\\n# c', false)).toBe('# a\nb\\\n\\# c');
});
