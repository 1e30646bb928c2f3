import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, loadPlan, validatePlan } from '@kehoach/core';
import { prescan } from '../../packages/core/src/prescan-depth.js';
import { loadUnit } from '@kehoach/clone';
import { exampleText } from '../helpers.js';

// Issue 10, items 1, 9 and 14, and their siblings: input that used to cost minutes, gigabytes,
// an exception or a misleading diagnostic. Speed itself is measured by `pnpm probe` (numbers,
// not assertions); these tests pin the behaviour that makes it fast: what is refused, where, how.

const codes = (source: string | Uint8Array) => loadPlan(source, { file: 'x.yaml' }).diagnostics.map((d) => [d.code, d.line, d.column]);

describe('item 1: the pre-scan reads quotes as YAML does', () => {
  test('an apostrophe inside plain text does not hide the brackets after it', () => {
    const text = "scope: Rock 'n roll\nx: " + '[\n'.repeat(2000) + "\nz: '\n";
    expect(prescan(text, 64)).toMatchObject({ kind: 'deep', line: 66 });
  });

  test('the 800 KB file of the report is refused before parsing', () => {
    const text = "scope: Rock 'n roll\nx: " + '[\n'.repeat(400_000) + "\nz: '\n";
    expect(codes(text)).toEqual([['INPUT_TOO_DEEP', 66, 1]]);
  });

  test.each([
    ['a quote continuing a plain scalar on the next line', "a: Rock\n  'n roll\nb: " + '['.repeat(200) + '\n'],
    ['a quote inside a block scalar', 'a: |\n  "open\n' + 'b: ' + '['.repeat(200) + '\n'],
    ["a doubled '' inside a single-quoted scalar", "a: 'it''s' " + '['.repeat(200) + '\n'],
    ['an escaped \\" inside a double-quoted scalar', 'a: ["x\\"", ' + '['.repeat(200) + '\n'],
    ['a # that is not a comment', "a: x#y 'q\nb: " + '['.repeat(200) + '\n'],
    ['a quote after a key inside a plain scalar', "a: b 'c: d\ne: " + '['.repeat(200) + '\n'],
    ['a CR-only file', "a: Rock 'n roll\rb: " + '['.repeat(200) + '\r'],
    ['a lone CR before the brackets (found by the fuzz suite)', '\r' + '{'.repeat(200) + '\n'],
  ])('%s', (_name, text) => {
    expect(prescan(text, 64)?.kind).toBe('deep');
    expect(codes(text)[0]![0]).toBe('INPUT_TOO_DEEP');
  });

  test('quoted and commented brackets are not counted', () => {
    const text = `a: "${'['.repeat(200)}"\nb: '${'{'.repeat(200)}'\nc: x # ${'['.repeat(200)}\nd: |\n  ${'['.repeat(200)}\n`;
    expect(prescan(text, 64)).toBeUndefined();
  });

  test('compact block nesting (- ? - ? …) is refused before parsing (the parser overflowed its stack)', () => {
    expect(prescan('- ? '.repeat(50_000) + 'x\n', 64)?.kind).toBe('deep');
    expect(codes('- ? '.repeat(50_000) + 'x\n')[0]![0]).toBe('INPUT_TOO_DEEP');
    expect(codes('a: 1\nb: ' + '? '.repeat(100_000) + 'x\n')[0]![0]).toBe('INPUT_TOO_DEEP');
  });

  test('more values than the limit are refused before parsing', () => {
    const text = 'a: [' + 'x, '.repeat(DEFAULT_LIMITS.maxNodes + 10) + ']\n';
    // `a` and `[` are the first two values; the refused one is the x that passes the limit.
    expect(codes(text)).toEqual([['INPUT_TOO_MANY_NODES', 1, 3 * DEFAULT_LIMITS.maxNodes - 1]]);
    expect(loadPlan('a: [x, x, x, x]\n', { limits: { maxNodes: 3 } }).diagnostics[0]!.code).toBe('INPUT_TOO_MANY_NODES');
  });
});

describe('sibling of item 1: duplicate keys are found in linear time', () => {
  test('a mapping of 55 000 keys with one duplicate at the end', () => {
    const keys = Array.from({ length: 55_000 }, (_, i) => `k${i}: v`);
    keys.push('k5: again');
    expect(codes(keys.join('\n') + '\n')).toEqual([['YAML_DUPLICATE_KEY', 55_001, 1]]);
  });

  test('the duplicate key is named, also in a CR-only file (item 14)', () => {
    const d = loadPlan('title: A\rtitle: B\r').diagnostics;
    expect(d.map((x) => [x.code, x.line, x.column, x.message])).toEqual([
      ['YAML_DUPLICATE_KEY', 2, 1, 'Khóa “title” bị lặp lại trong cùng một bảng.'],
    ]);
  });

  test('a CR-only plan loads like its LF twin (YAML breaks lines at CR)', () => {
    const lf = exampleText('tuyen-quang-2025-30-7');
    const cr = loadPlan(lf.replace(/\n/g, '\r'));
    expect(cr.diagnostics).toEqual([]);
    expect(cr.plan!.tasks.map((t) => t.text)).toEqual(loadPlan(lf).plan!.tasks.map((t) => t.text));
  });

  test('an alias of a forbidden key is refused like the key itself (item 7)', () => {
    expect(codes('a: &c constructor\n*c : 1\n')).toEqual([['FORBIDDEN_KEY', 2, 1]]);
  });

  test('a unit profile gets the same limits', () => {
    const r = loadUnit("unit: Rock 'n roll\nx: " + '[\n'.repeat(100_000));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['INPUT_TOO_DEEP']);
  });
});

describe('item 9: validatePlan never throws', () => {
  const base = () => JSON.parse(JSON.stringify(loadPlan(exampleText('tuyen-quang-2025-30-7')).plan!.input)) as Record<string, unknown>;

  test('an object nested 20 000 deep', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 20_000; i++) cur = (cur.a = {}) as Record<string, unknown>;
    const d = validatePlan({ ...base(), title: deep }).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['INPUT_TOO_DEEP']);
    expect(d[0]!.path).toBe('/title' + '/a'.repeat(63));
  });

  test('a circular object', () => {
    const plan = base();
    (plan.issuer as Record<string, unknown>).self = plan;
    const d = validatePlan(plan).diagnostics;
    expect(d.map((x) => [x.code, x.path])).toEqual([['INPUT_NOT_DATA', '/issuer/self']]);
    expect(d[0]!.message).toMatch(/chứa chính nó/);
  });

  test.each([
    ['a BigInt', 10n, /BigInt/],
    ['a function', () => 1, /hàm/],
    ['a symbol', Symbol('x'), /symbol/],
  ])('%s', (_name, value, message) => {
    const d = validatePlan({ ...base(), number: value }).diagnostics;
    expect(d.map((x) => [x.code, x.path])).toEqual([['INPUT_NOT_DATA', '/number']]);
    expect(d[0]!.message).toMatch(message);
  });

  test('a getter that throws', () => {
    const plan = base();
    Object.defineProperty(plan, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(validatePlan(plan).diagnostics.map((x) => x.code)).toEqual(['INPUT_NOT_DATA']);
  });

  test('an own __proto__ key (from JSON.parse) is refused as in YAML', () => {
    const plan = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    expect(validatePlan({ ...base(), issuer: plan }).diagnostics.map((x) => [x.code, x.path])).toEqual([['FORBIDDEN_KEY', '/issuer/__proto__']]);
  });

  test('a Date is taken as its ISO text, as JSON.stringify does; the plan still validates', () => {
    const r = validatePlan({ ...base(), date: new Date('2025-07-24T00:00:00Z') });
    expect(r.diagnostics.map((x) => x.code)).toEqual(['SCHEMA_FORMAT']);
    expect(validatePlan(base()).plan).toBeDefined();
  });
});

describe('item 14: quoted values are capped', () => {
  test('a 2 MiB value is quoted back in at most a few hundred characters', () => {
    const text = 'kind: ' + 'X'.repeat(2 * 1024 * 1024 - 100) + '\n';
    const d = loadPlan(text).diagnostics;
    expect(JSON.stringify(d).length).toBeLessThan(10_000);
    expect(d.find((x) => x.code === 'SCHEMA_FORMAT')!.message).toMatch(/X…/);
  });

  test('a huge unknown key gets no suggestion search and a short message', () => {
    const text = exampleText('tuyen-quang-2025-30-7') + '? ' + 'y'.repeat(500_000) + '\n: 1\n';
    const d = loadPlan(text).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['SCHEMA_UNKNOWN_PROPERTY']);
    expect(d[0]!.message.length).toBeLessThan(1000);
  });
});
