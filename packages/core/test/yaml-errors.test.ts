import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPlan } from '@kehoach/core';
import { YAML_ERROR_WORDS, yamlErrorWords } from '../src/yaml-error-words.js';

// YAML syntax errors in the clerk's words: the parser's English stays in messageEn; the message and
// the suggestion say, in Vietnamese, what is wrong and what to write.

/** The error codes of the installed `yaml` parser, from its type declarations. */
const yamlDir = dirname(createRequire(import.meta.resolve('@kehoach/core')).resolve('yaml'));
const PARSER_CODES = [...readFileSync(join(yamlDir, 'errors.d.ts'), 'utf8').match(/type ErrorCode = ([^;]+);/)![1]!.matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]!);
/** The codes with a diagnostic code of their own (YAML_DUPLICATE_KEY, YAML_TAB_INDENT, YAML_MULTIPLE_DOCUMENTS). */
const OWN = ['DUPLICATE_KEY', 'TAB_AS_INDENT', 'MULTIPLE_DOCS'];

test('every error code of the parser has its Vietnamese words (none falls to the catch-all)', () => {
  expect(PARSER_CODES.length).toBeGreaterThan(20);
  const missing = PARSER_CODES.filter((c) => !OWN.includes(c) && !['IMPOSSIBLE', 'RESOURCE_EXHAUSTION'].includes(c) && yamlErrorWords(c, '').code === '*');
  expect(missing).toEqual([]);
  for (const w of YAML_ERROR_WORDS) {
    expect(/[\u0300-\u036f]|đ/i.test(w.vi.normalize('NFD')), w.code).toBe(true);
    expect(w.fix, w.code).toMatch(/ — [A-Z]/);
  }
});

const BROKEN: Array<[string, string, RegExp]> = [
  ['an unclosed quote', 'title: "Kế hoạch\nperiod: { year: 2026 }\n', /dấu ngoặc kép mở ở đây chưa được đóng/],
  ['an unclosed brace', 'period: { year: 2026\ntitle: X\n', /chưa được đóng bằng “}” hoặc “]”/],
  ['keys out of line', 'issuer:\n  name: X\n abbreviation: UBND\n', /các khóa cùng cấp phải thẳng cột/],
  ['a line without its colon', 'issuer:\n  name: X\n  abbreviation UBND\n', /sau nó không có dấu “:” và giá trị/],
  ['a missing comma in a flow map', 'period: { year: 2026 month: 3 }\n', /thiếu dấu phẩy giữa hai mục/],
  ['a bad escape', 'title: "C:\\Tài liệu"\n', /dấu “\\” mở đầu một ký tự đặc biệt/],
  ['a value starting with @', 'title: @Kế hoạch\n', /không được mở đầu bằng ký tự này/],
];

describe('a syntax error says in Vietnamese what is wrong and how to fix it; the English stays in messageEn', () => {
  test.each(BROKEN)('%s', (_name, source, words) => {
    const [d, ...rest] = loadPlan(source, { file: 'x.yaml' }).diagnostics;
    expect(rest).toEqual([]);
    expect(d!.code).toBe('YAML_SYNTAX');
    expect(d!.message).toMatch(/^Lỗi cú pháp YAML: /);
    expect(d!.message).toMatch(words);
    expect(d!.message).not.toMatch(/\b(?:must|missing|unexpected|implicit|allowed|quote|indent)\b/i);
    expect(d!.messageEn).toMatch(/^YAML syntax error: [A-Z]/);
    expect(d!.suggestion).toMatch(/^[^a-z]*\p{Lu}\p{Ll}*[\s\S]* — /u);
  });
});

test('an alias with no anchor (“*Ghi chú”) is said as such, not as an alias bomb', () => {
  const [d] = loadPlan('title: X\nnote: *Ghi\n', { file: 'x.yaml' }).diagnostics;
  expect(d).toMatchObject({ code: 'YAML_SYNTAX', message: 'Lỗi cú pháp YAML: tham chiếu “*…” không trỏ tới dấu neo “&…” nào ở phía trên.' });
  expect(d!.suggestion).toContain('đặt giá trị trong ngoặc kép');
});
