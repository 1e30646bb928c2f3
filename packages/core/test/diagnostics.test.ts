import { describe, expect, test } from 'vitest';
import { CORE_CODES, loadPlan, type Diagnostic } from '@kehoach/core';
const CODES = CORE_CODES.codes;
import { exampleText } from '../../../test/helpers.js';

/** A minimal valid plan; line numbers below refer to it. */
const BASE = `schemaVersion: 2
issuer:
  name: Ủy ban nhân dân xã Minh Xuân
  abbreviation: UBND
  place: Minh Xuân
title: Kế hoạch thử
period: { year: 2025 }
agencies:
  cong-an-xa: { name: Công an xã, level: xa }
body:
  - title: NHIỆM VỤ
    items:
      - tasks:
          groups:
            - title: Tuyên truyền
              tasks:
                - id: t1
                  text: Tuyên truyền.
                  lead: cong-an-xa
`;

function replace(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not in base`);
  return text.replace(from, to);
}

function diag(source: string | Uint8Array): Diagnostic[] {
  return loadPlan(source, { file: 'thu.yaml' }).diagnostics;
}

type Expected = { code: string; line: number; column: number; suggestion?: RegExp; path?: string };

const CASES: Array<[string, string | Uint8Array, Expected[]]> = [
  ['unknown agency, with the closest id suggested', replace('lead: cong-an-xa', 'lead: cong-an-xaa'),
    [{ code: 'UNKNOWN_AGENCY', line: 19, column: 25, suggestion: /cong-an-xa/, path: '/body/0/items/0/tasks/groups/0/tasks/0/lead' }]],
  ['an agency written by name instead of id suggests the id', replace('lead: cong-an-xa', 'lead: Công an xã'),
    [{ code: 'SCHEMA_FORMAT', line: 19, column: 25, suggestion: /“cong-an-xa”/ }]],
  ['unknown property, with “did you mean”', replace('lead: cong-an-xa', 'leed: cong-an-xa'),
    [{ code: 'SCHEMA_UNKNOWN_PROPERTY', line: 19, column: 19, suggestion: /did you mean "lead"/ }]],
  ['missing property points at its parent', replace('  abbreviation: UBND\n', ''),
    [{ code: 'SCHEMA_REQUIRED', line: 3, column: 3, path: '/issuer/abbreviation' }]],
  ['missing top-level property points at the root', replace('title: Kế hoạch thử\n', ''),
    [{ code: 'SCHEMA_REQUIRED', line: 1, column: 1, path: '/title' }]],
  ['duplicate key', replace('title: Kế hoạch thử\n', 'title: Kế hoạch thử\ntitle: Kế hoạch khác\n'),
    [{ code: 'YAML_DUPLICATE_KEY', line: 7, column: 1 }]],
  ['tab indentation', replace('  name: Ủy', '\tname: Ủy'), [{ code: 'YAML_TAB_INDENT', line: 3, column: 1 }]],
  ['unclosed quote', replace('title: Kế hoạch thử', 'title: "Kế hoạch thử'), [{ code: 'YAML_SYNTAX', line: 6, column: 8 }]],
  ['two documents in one file', BASE + '---\ntitle: B\n', [{ code: 'YAML_MULTIPLE_DOCUMENTS', line: 20, column: 1 }]],
  ['empty file', '', [{ code: 'INPUT_EMPTY', line: 1, column: 1 }]],
  ['only comments', '# chưa viết gì\n\n', [{ code: 'INPUT_EMPTY', line: 1, column: 1 }]],
  ['a list, not a plan', '- a\n- b\n', [{ code: 'INPUT_NOT_MAPPING', line: 1, column: 1 }]],
  ['__proto__ key', '__proto__: { polluted: 1 }\n' + BASE, [{ code: 'FORBIDDEN_KEY', line: 1, column: 1 }]],
  ['nested __proto__ key', replace('  place: Minh Xuân', '  place: Minh Xuân\n  constructor: 1'),
    [{ code: 'FORBIDDEN_KEY', line: 6, column: 3 }]],
  ['alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
    [{ code: 'YAML_ALIAS_LIMIT', line: 1, column: 1 }]],
  ['deep flow nesting is refused before parsing', 'a: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
    [{ code: 'INPUT_TOO_DEEP', line: 1, column: 68 }]],
  ['deep block nesting', Array.from({ length: 80 }, (_, i) => ' '.repeat(i * 2) + 'k:').join('\n') + ' 1\n',
    [{ code: 'INPUT_TOO_DEEP', line: 66, column: 131 }]],
  ['wrong type: a word for a year', replace('period: { year: 2025 }', 'period: { year: hai nghìn }'),
    [{ code: 'SCHEMA_TYPE', line: 7, column: 17 }]],
  ['wrong type: the body as text', replace(BASE.slice(BASE.indexOf('body:')), 'body: nhiều việc\n'),
    [{ code: 'SCHEMA_TYPE', line: 10, column: 7 }]],
  ['wrong type: a list of paragraphs holding a number', replace('text: Tuyên truyền.', 'text: [Một., 2]'),
    [{ code: 'SCHEMA_TYPE', line: 18, column: 32, path: '/body/0/items/0/tasks/groups/0/tasks/0/text/1' }]],
  ['wrong type: a number where paragraphs go', replace('text: Tuyên truyền.', 'text: 42'),
    [{ code: 'SCHEMA_TYPE', line: 18, column: 25 }]],
  ['a Vietnamese date where ISO is expected, with the conversion suggested', replace('title: Kế hoạch thử', 'title: Kế hoạch thử\ndate: 24/7/2025\nnumber: 3'),
    [{ code: 'SCHEMA_FORMAT', line: 7, column: 7, suggestion: /2025-07-24/ }]],
  ['a date that does not exist: said so, with the month’s last day (never a conversion)', replace('title: Kế hoạch thử', 'title: Kế hoạch thử\ndate: 2025-02-30\nnumber: 3'),
    [{ code: 'DATE_INVALID', line: 7, column: 7, suggestion: /^Kiểm tra lại ngày trong văn bản; ngày cuối tháng 2 năm 2025 là 2025-02-28\./ }]],
  ['31/02 written as people write it: it does not exist, and 2026-02-31 is never suggested', replace('title: Kế hoạch thử', 'title: Kế hoạch thử\ndate: 31/02/2026\nnumber: 3'),
    [{ code: 'DATE_INVALID', line: 7, column: 7, suggestion: /2026-02-28/ }]],
  ['a list item “- Mục đích: …” that YAML reads as a mapping: quote it', replace('    items:\n      - tasks:', '    items:\n      - Mục đích: Tuyên truyền đến Nhân dân.\n      - tasks:'),
    [{ code: 'YAML_COLON_IN_TEXT', line: 13, column: 9, suggestion: /^Viết: - "Mục đích: Tuyên truyền đến Nhân dân\." — / }]],
  ['the same item running on to a second line: the parser’s error, said as the same fix', replace('    items:\n      - tasks:', '    items:\n      - Mục đích: Tuyên truyền đến\n        Nhân dân.\n      - tasks:'),
    [{ code: 'YAML_COLON_IN_TEXT', line: 13, column: 9, suggestion: /^Viết: - "Mục đích: Tuyên truyền đến Nhân dân\." — / }]],
  ['an enum typo, with the value suggested', replace('          groups:', '          layout: by-agencyy\n          groups:'),
    [{ code: 'SCHEMA_ENUM', line: 14, column: 19, suggestion: /by-agency/ }]],
  ['an agency id with spaces and diacritics', replace('  cong-an-xa: {', '  Công an: { name: X, level: xa }\n  cong-an-xa: {'),
    [{ code: 'SCHEMA_FORMAT', line: 9, column: 3 }]],
  ['a zero document number', replace('title: Kế hoạch thử', 'title: Kế hoạch thử\nnumber: 0'),
    [{ code: 'SCHEMA_RANGE', line: 7, column: 9 }, { code: 'DRAFT_PARTIAL', line: 7, column: 9 }].slice(0, 1)],
  ['duplicate task id', replace('                  lead: cong-an-xa\n', '                  lead: cong-an-xa\n                - id: t1\n                  text: Lặp.\n'),
    [{ code: 'DUPLICATE_ID', line: 20, column: 23 }]],
  ['a window that ends before it starts', replace('                  lead: cong-an-xa\n', '                  lead: cong-an-xa\n                  time: { from: 2025-09-30, to: 2025-07-01 }\n'),
    [{ code: 'TIME_INVALID', line: 20, column: 49 }]],
  ['a period that ends before it starts', replace('period: { year: 2025 }', 'period: { from: 2030, to: 2026 }'),
    [{ code: 'PERIOD_INVALID', line: 7, column: 27 }]],
  ['a công văn without Kính gửi and symbol', 'kind: cong-van\n' + BASE,
    [{ code: 'DOCUMENT_INCONSISTENT', line: 1, column: 1 }, { code: 'DOCUMENT_INCONSISTENT', line: 1, column: 1 }]],
  ['a reporting day that does not exist', BASE + '  - title: TỔ CHỨC\n    facts:\n      reporting:\n        periods:\n          - { label: Quý I, due: { day: 31, month: 2 } }\n',
    [{ code: 'DATE_INVALID', line: 24, column: 34 }]],
  ['UTF-16 input', new Uint8Array([0xff, 0xfe, 0x74, 0x00]), [{ code: 'INPUT_NOT_UTF8', line: 1, column: 1 }]],
  ['Latin-1 bytes: the first invalid byte is located', new Uint8Array([...new TextEncoder().encode('issuer:\n  name: K'), 0xe9, 0x20]),
    [{ code: 'INPUT_NOT_UTF8', line: 2, column: 10 }]],
  ['a 20 MB file is refused by size', 'title: ' + 'x'.repeat(20_000_000), [{ code: 'INPUT_TOO_LARGE', line: 1, column: 1 }]],
];

describe('invalid plans give diagnostics with code, line and column', () => {
  test.each(CASES)('%s', (_name, source, expected) => {
    const got = diag(source);
    expect(got.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual(
      expected.map((e) => ({ code: e.code, line: e.line, column: e.column })),
    );
    expected.forEach((e, i) => {
      if (e.suggestion) expect(got[i]!.suggestion).toMatch(e.suggestion);
      if (e.path) expect(got[i]!.path).toBe(e.path);
      expect(got[i]!.file).toBe('thu.yaml');
      expect(got[i]!.message.length).toBeGreaterThan(10);
      expect(got[i]!.severity).toBe(CODES[got[i]!.code as keyof typeof CODES].severity);
    });
  });
});

test('the valid base plan loads', () => {
  const r = loadPlan(BASE);
  expect(r.diagnostics).toEqual([]);
  // Without a section I the tasks are mục I: numbering follows what is there.
  expect(r.plan?.tasks[0]?.ref).toBe('I.1.a');
});

test('all errors are reported at once, in source order', () => {
  const broken = replace('lead: cong-an-xa', 'leed: x', replace('  abbreviation: UBND\n', '', replace('period: { year: 2025 }', 'period: { year: "2025" }')));
  expect(diag(broken).map((d) => `${d.code}@${d.line}`)).toEqual([
    'SCHEMA_REQUIRED@3',
    'SCHEMA_TYPE@6',
    'SCHEMA_UNKNOWN_PROPERTY@18',
  ]);
});

test('a number without a date is a warning: the plan loads as a draft', () => {
  const r = loadPlan(replace('title: Kế hoạch thử', 'title: Kế hoạch thử\nnumber: 3'));
  expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['DRAFT_PARTIAL', 'warning', 7]]);
  expect(r.plan?.draft).toBe(true);
});

test('__proto__ never reaches an object prototype', () => {
  loadPlan('__proto__: { polluted: 1 }\n');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('a broken copy of a real example reports the right line and column', () => {
  const text = exampleText('tuyen-quang-2025-30-7');
  const lines = text.split('\n');
  test('a typo in an agency id', () => {
    const i = lines.findIndex((l) => l.includes('lead: so-khcn'));
    const broken = [...lines];
    broken[i] = broken[i]!.replace('so-khcn', 'so-khcnn');
    const [d] = loadPlan(broken.join('\n'), { file: 'tq.yaml' }).diagnostics;
    expect(d).toMatchObject({ code: 'UNKNOWN_AGENCY', line: i + 1, column: lines[i]!.indexOf('so-khcn') + 1 });
    expect(d!.suggestion).toContain('so-khcn');
  });
  test('a misspelt property in a task', () => {
    const i = lines.findIndex((l) => l.includes('time: { from: "2025-07-01"'));
    const broken = [...lines];
    broken[i] = broken[i]!.replace('time:', 'tiem:');
    const [d] = loadPlan(broken.join('\n')).diagnostics;
    expect(d).toMatchObject({ code: 'SCHEMA_UNKNOWN_PROPERTY', line: i + 1, column: lines[i]!.indexOf('time') + 1 });
    expect(d!.suggestion).toContain('"time"');
  });
});

test('every code in the table documents a triggering input', () => {
  for (const [code, info] of Object.entries(CODES)) {
    expect(info.example, code).toBeTruthy();
    // Vietnamese messages: every template carries Vietnamese diacritics.
    expect(/[\u0300-\u036f]|đ/i.test(info.vi.normalize('NFD')), code).toBe(true);
    expect(info.en, code).not.toBe(info.vi);
  }
});

test('Windows files: CRLF line ends and a UTF-8 BOM load the same, with the same positions', () => {
  const text = exampleText('tuyen-quang-2025-30-7').replace(/\n/g, '\r\n');
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  const plan = loadPlan(bytes).plan!;
  expect(plan.tasks).toHaveLength(28);
  expect(plan.tasks[0]!.text[0]).toMatch(/chống mua bán người\.$/);
  const broken = text.replace('lead: so-khcn', 'lead: so-khcnn');
  const lines = broken.split('\r\n');
  const line = lines.findIndex((l) => l.includes('so-khcnn')) + 1;
  const column = lines[line - 1]!.indexOf('so-khcnn') + 1;
  expect(loadPlan(broken).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['UNKNOWN_AGENCY', line, column]]);
});
