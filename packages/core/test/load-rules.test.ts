import { afterAll, expect, test } from 'vitest';
import { LineCounter, parse } from 'yaml';
import { defineDocumentKind, EXAMPLE_BASE, loadPlan, registerDocumentKind, toPointer, unregisterDocumentKind, validatePlan, type Diagnostic } from '@kehoach/core';
import { checkPlan } from '../src/check-plan.js';
import { exampleText } from '../../../test/helpers.js';

// The load-phase rules (packages/core/src/rules/load/): robust to any malformed part, placed with
// a start and an end, run for a kind by its profile (the required ones always).

/** Every pointer of a value, with the value there. */
function pointers(v: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = path.length ? [path] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => pointers(x, [...path, i]))];
  if (v && typeof v === 'object') return [...here, ...Object.entries(v).flatMap(([k, x]) => pointers(x, [...path, k]))];
  return here;
}

function replaced(root: unknown, path: Array<string | number>, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cur = copy;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = value;
  return copy;
}

test('each load rule reads malformed input through guards: any value anywhere gives diagnostics, never an exception', () => {
  const ctx = { file: 'x.yaml', lineCounter: new LineCounter() };
  const junk: unknown[] = [null, 7, 'x', [], {}, [null], { id: 1 }];
  let runs = 0;
  // Tasks by agency, an appendix task table, a công văn's weekly report, a school year's schedule table.
  for (const name of ['tuyen-quang-2025-30-7', 'dak-lak-2026-pho-bien-phap-luat', 'phu-tho-2025-cong-van-dich-vu-cong', 'thcs-hoa-khanh-2025-2026-kiem-tra-noi-bo']) {
    const data = parse(exampleText(name)) as unknown;
    for (const path of pointers(data)) {
      for (const j of junk) {
        const bad = replaced(data, path, j);
        expect(() => checkPlan(bad as never, ctx), `${name} ${toPointer(path)} = ${JSON.stringify(j)}`).not.toThrow();
        runs++;
      }
    }
  }
  expect(runs).toBeGreaterThan(8_000);
  // Through loadPlan, a malformed part is the schema's to report, with what the rules find besides.
  const broken = exampleText('tuyen-quang-2025-30-7')
    .replace('  cong-an-tinh: { name: Công an tỉnh, level: tinh, kind: cong-an }', '  cong-an-tinh: 7')
    .replace('              lead: cong-an-tinh', '              lead: cong-an-tinhh')
    .replace(/\nsignature:\n/, '\nsignature: [ 7 ]\nsignature-old:\n');
  const r = loadPlan(broken, { file: 'x.yaml' });
  expect(r.plan).toBeUndefined();
  expect(r.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual([
    'SCHEMA_TYPE /agencies/cong-an-tinh',
    'UNKNOWN_AGENCY /body/1/items/0/tasks/groups/0/lead',
    'SCHEMA_TYPE /signature/0',
    'SCHEMA_UNKNOWN_PROPERTY /signature-old',
  ]);
});

test('load diagnostics have real ranges: the node they point at, or the words of a span', () => {
  const at = (text: string) => loadPlan(text, { file: 'x.yaml' }).diagnostics.map((d: Diagnostic) => {
    const lines = text.split('\n');
    const from = lines.slice(0, d.line - 1).join('\n').length + (d.line > 1 ? 1 : 0) + d.column - 1;
    const to = lines.slice(0, d.endLine - 1).join('\n').length + (d.endLine > 1 ? 1 : 0) + d.endColumn - 1;
    return `${d.code} ${d.path} “${text.slice(from, to)}”`;
  });
  expect(at(EXAMPLE_BASE.replace('- lead: so-y-te', '- lead: so-y-tee'))).toEqual(['UNKNOWN_AGENCY /body/1/items/0/tasks/groups/1/lead “so-y-tee”']);
  expect(at(EXAMPLE_BASE.replace('- id: ho-tro', '- id: cao-diem'))).toEqual(['DUPLICATE_ID /body/1/items/0/tasks/groups/1/tasks/0/id “cao-diem”']);
  expect(at(EXAMPLE_BASE.replace('to: 2025-09-30', 'to: 2025-07-30'))).toEqual(['TIME_INVALID /body/1/items/0/tasks/groups/0/tasks/1/time/to “2025-07-30”']);
  expect(at(EXAMPLE_BASE.replace('period: { year: 2025 }', 'period: { year: 2025, schoolYear: 2025 }'))).toEqual(['PERIOD_INVALID /period “{ year: 2025, schoolYear: 2025 }”']);
  expect(at(EXAMPLE_BASE.replace('      - Kịp thời', '      - 2. Kịp thời'))).toEqual(['typed-number /body/0/items/1 “2. ”']);
  // Schema diagnostics too: an unknown property at its key.
  expect(at(EXAMPLE_BASE.replace('  name: Nguyễn Văn A', '  nam: Nguyễn Văn A'))).toEqual(['SCHEMA_REQUIRED /signature/name “authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ]\n  titles: [ CHỦ TỊCH ]\n  nam: Nguyễn Văn A\n”', 'SCHEMA_UNKNOWN_PROPERTY /signature/nam “nam”']);
  // The file as a whole is a point.
  expect(loadPlan('kind: cong-van\n' + EXAMPLE_BASE).diagnostics.map((d) => [d.path, d.line, d.column, d.endLine, d.endColumn])).toEqual([['', 1, 1, 1, 1], ['', 1, 1, 1, 1]]);
});

const bare = defineDocumentKind({
  id: 'ban-thu', name: 'Bản thử', form: 'Mẫu 1.4', header: { typeLine: 'BẢN THỬ', addressees: 'none' }, symbolPrefix: 'BT',
  body: 'sections', edxml: { type: 2 }, recognise: {}, rules: [],
});
registerDocumentKind(bare);
afterAll(() => unregisterDocumentKind(bare.id));

test('a kind that lists no rule gets only the required ones: integrity errors still refuse the plan, warnings are not run', () => {
  const text = 'kind: ban-thu\n' + EXAMPLE_BASE.replace('      - Kịp thời', '      - 2. Kịp thời').replace('date: 2025-07-24\n', '');
  expect(loadPlan(text).diagnostics).toEqual([]);
  const dup = loadPlan(text.replace('- id: ho-tro', '- id: cao-diem'));
  expect(dup.plan).toBeUndefined();
  expect(dup.diagnostics.map((d) => `${d.code} ${d.rule}`)).toEqual(['DUPLICATE_ID unique-ids']);
  // The default kind lists them: typed-number and draft-number-date run.
  expect(loadPlan(text.replace('kind: ban-thu\n', '')).diagnostics.map((d) => d.rule).sort()).toEqual(['draft-number-date', 'typed-number']);
});

test('configuration: the plan’s check block and the options turn a load rule off or change its severity; a setting cannot silence a required rule', () => {
  const text = EXAMPLE_BASE.replace('      - Kịp thời', '      - 2. Kịp thời');
  expect(loadPlan(text).diagnostics.map((d) => d.severity)).toEqual(['warning']);
  const asError = loadPlan(text.replace('\nagencies:', '\ncheck: { typed-number: error }\nagencies:'));
  expect(asError.plan).toBeUndefined();
  expect(asError.diagnostics.map((d) => `${d.code} ${d.severity}`)).toEqual(['typed-number error']);
  expect(loadPlan(text, { rules: { config: { 'typed-number': 'off' } } }).diagnostics).toEqual([]);
  // The plan's own block wins over the options (.kehoachrc.yaml).
  expect(loadPlan(text.replace('\nagencies:', '\ncheck: { typed-number: warn }\nagencies:'), { rules: { config: { 'typed-number': 'off' } } }).diagnostics).toHaveLength(1);
  expect(loadPlan(text, { rules: { only: ['draft-number-date'] } }).diagnostics).toEqual([]);
  const dup = text.replace('- id: ho-tro', '- id: cao-diem').replace('\nagencies:', '\ncheck: { unique-ids: off }\nagencies:');
  expect(loadPlan(dup, { rules: { only: [] } }).diagnostics.map((d) => d.code)).toEqual(['DUPLICATE_ID']);
  // Data without a source (validatePlan) runs the same rules, placed at 1:1.
  const data = parse(text) as Record<string, unknown>;
  expect(validatePlan(data).diagnostics.map((d) => `${d.code} ${d.path} ${d.line}:${d.column}`)).toEqual(['typed-number /body/0/items/1 1:1']);
});
