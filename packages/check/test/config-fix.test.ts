import { createPatch } from 'diff';
import { expect, test } from 'vitest';
import { applyFixes, checkPlanText, parseRc } from '@kehoach/check';
import { disabledLines } from '../src/config.js';
import { EXAMPLE_BASE, loadPlan } from '@kehoach/core';
import { editText } from '@kehoach/yaml-edit';
import { exampleText } from '../../../test/helpers.js';
import { expectGolden } from '../../../test/golden-file.js';

const TQ = exampleText('tuyen-quang-2025-30-7');
const rules = async (text: string, options = {}) => (await checkPlanText(text, options)).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.severity}`);

test('the plan’s check block turns rules off and changes their severity', async () => {
  const text = TQ.replace('\nagencies:', '\ncheck:\n  misspelling: off\n  doubled-word: error\n  mixed-spelling: warn\nagencies:');
  const found = await rules(text);
  expect(found.filter((f) => f.includes('misspelling'))).toEqual([]);
  expect(found.filter((f) => f.includes('doubled-word'))).toEqual(['291:79 doubled-word error']);
  const before = await rules(TQ);
  expect(before.filter((f) => f.includes('misspelling'))).toHaveLength(3);
});

test('.kehoachrc.yaml settings apply, and the plan’s own block wins over them', async () => {
  const rc = parseRc('check:\n  misspelling: error\n  stale-year: off\n');
  expect(rc).toEqual({ config: { misspelling: 'error', 'stale-year': 'off' }, problems: [] });
  const found = await rules(TQ, { config: rc.config });
  expect(found.filter((f) => f.includes('misspelling')).every((f) => f.endsWith('error'))).toBe(true);
  expect(found.filter((f) => f.includes('stale-year'))).toEqual([]);
  const overridden = TQ.replace('\nagencies:', '\ncheck: { stale-year: warn }\nagencies:');
  expect((await rules(overridden, { config: rc.config })).filter((f) => f.includes('stale-year'))).toHaveLength(2);
  expect(parseRc('misspelling: maybe').problems).toEqual(['“misspelling: maybe” — mức phải là off, warn hoặc error']);
});

test('an unknown rule in the check block is a warning at its key', async () => {
  const { diagnostics } = await checkPlanText(EXAMPLE_BASE.replace('\nagencies:', '\ncheck: { chinh-ta: off }\nagencies:'));
  expect(diagnostics).toEqual([expect.objectContaining({ code: 'CHECK_UNKNOWN_RULE', severity: 'warning', path: '/check/chinh-ta', line: 7 })]);
});

test('the check block is allowed by the schema; a wrong setting is a schema error', () => {
  expect(loadPlan(EXAMPLE_BASE.replace('\nagencies:', '\ncheck: { misspelling: off }\nagencies:')).diagnostics).toEqual([]);
  const bad = loadPlan(EXAMPLE_BASE.replace('\nagencies:', '\ncheck: { misspelling: maybe }\nagencies:'));
  expect(bad.plan).toBeUndefined();
  expect(bad.diagnostics[0]).toMatchObject({ code: 'SCHEMA_ENUM', path: '/check/misspelling' });
});

test('# kehoach-disable-next-line silences one rule on the next line (or the paragraph starting there)', async () => {
  const lines = TQ.split('\n');
  // Line 136 starts the paragraph (text: >-) whose line 137 has “chúc năng”.
  expect(lines[135]).toMatch(/text: >-$/);
  lines.splice(135, 0, '                  # kehoach-disable-next-line misspelling');
  const text = lines.join('\n');
  expect(disabledLines(text).get(137)).toEqual(new Set(['misspelling']));
  const found = await rules(text);
  expect(found.filter((f) => f.includes('misspelling')).map((f) => f.split(' ')[0])).toEqual(['205:66', '237:103']);
  // Another rule on that paragraph is not silenced; a bare comment silences every rule.
  lines[135] = '                  # kehoach-disable-next-line';
  expect((await rules(lines.join('\n'))).filter((f) => f.startsWith('138:'))).toEqual([]);
});

test('--fix on tuyen-quang changes only the fixed words and keeps every comment (golden diff)', async () => {
  const { diagnostics } = await checkPlanText(TQ, { file: 'examples/tuyen-quang-2025-30-7.yaml' });
  const r = applyFixes(TQ, diagnostics);
  expect(r.fixed.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
    '97:101 stale-year', '97:120 stale-year', '98:33 date-outside-period', '98:51 date-outside-period',
    '137:82 misspelling', '165:22 heading-agency-spelling', '204:66 misspelling', '236:103 misspelling', '287:79 doubled-word',
    '365:13 recipient-undeclared', '366:13 recipient-undeclared', '367:13 recipient-undeclared', '368:13 recipient-undeclared',
  ]);
  expect(r.unfixed).toEqual([]);
  expectGolden('tuyen-quang-2025-30-7.check-fix.diff', createPatch('examples/tuyen-quang-2025-30-7.yaml', TQ, r.text));
  // Words change in place (7 lines); three recipients written otherwise than their declared name
  // keep it and gain a line `agency: …` after it, the fourth becomes `agency: …`.
  const before = TQ.split('\n');
  const after = r.text.split('\n');
  expect(after).toHaveLength(before.length + 3);
  const added = after.flatMap((l, i) => (/^ +agency: /.test(l) && /^ +- name: /.test(after[i - 1] ?? '') ? [i] : []));
  expect(added).toHaveLength(3);
  const kept = after.filter((_, i) => !added.includes(i));
  expect(kept.filter((l, i) => l !== before[i])).toHaveLength(7 + 1);
  expect(after.filter((l) => l.trimStart().startsWith('#'))).toEqual(before.filter((l) => l.trimStart().startsWith('#')));
  // The fixed file loads to the same plan but for the fixed words, and nothing fixable is left.
  const again = await checkPlanText(r.text);
  expect(again.diagnostics.filter((d) => (d as { fix?: unknown }).fix)).toEqual([]);
  expect(again.plan!.tasks.length).toBe(loadPlan(TQ).plan!.tasks.length);
});

test('fixes keep comments beside the edited values, quoting and flow style; two fixes in one string both apply', async () => {
  const text = EXAMPLE_BASE
    .replace('      - Nâng cao nhận thức của Nhân dân về phòng, chống mua bán người.', '      # đoạn 1 — giữ nguyên\n      - "Nâng cao nhận thức của  cơ quan chúc năng , chúc năng về phòng, chống mua bán người." # cuối dòng')
    .replace('title: Tuyên truyền', 'title: Tuyên truyền  phòng chống với với');
  const { diagnostics } = await checkPlanText(text);
  const r = applyFixes(text, diagnostics);
  expect(r.fixed.map((d) => d.code).sort()).toEqual(['doubled-word', 'misspelling', 'misspelling', 'space-before-punctuation']);
  expect(r.text).toContain('      # đoạn 1 — giữ nguyên\n      - "Nâng cao nhận thức của  cơ quan chức năng, chức năng về phòng, chống mua bán người." # cuối dòng');
  expect(r.text).toContain('title: Tuyên truyền  phòng chống với phòng, chống mua bán người năm 2025\n');
  expect(r.text.split('\n').length).toBe(text.split('\n').length);
});

test('fixes that add to one list both apply, beside one that rewrites a line of it; labels say what each does; comments kept', async () => {
  // two lead agencies missing from Nơi nhận, a recipient written as the name of a declared one, a stale date
  const text = EXAMPLE_BASE
    .replace('  so-y-te: { name: Sở Y tế, level: tinh, kind: chuyen-mon }', '  so-y-te: { name: Sở Y tế, level: tinh, kind: chuyen-mon }\n  so-tai-chinh: { name: Sở Tài chính, level: tinh, kind: chuyen-mon }')
    .replace('    - agency: cong-an-tinh\n    - agency: so-y-te\n', '    # các cơ quan nhận\n    - name: Công an tỉnh # ghi bằng chữ\n')
    .replace('  archive: VT, NC', '  archive: VT, NC # lưu');
  const withLead = text.replace(/(\n +)- id: ([a-z-]+)\n/, (m, indent: string, id: string) => `${indent}- id: ${id}${indent}  lead: so-tai-chinh\n`);
  const { diagnostics } = await checkPlanText(withLead);
  const fixable = diagnostics.filter((d) => d.fix);
  expect(fixable.map((d) => [d.rule, d.fix!.label])).toEqual(expect.arrayContaining([
    ['agency-not-recipient', 'Thêm Sở Tài chính vào Nơi nhận'],
    ['agency-not-recipient', 'Thêm Sở Y tế vào Nơi nhận'],
    ['recipient-undeclared', 'Ghi “agency: cong-an-tinh”'],
  ]));
  const r = applyFixes(withLead, diagnostics);
  expect(r.unfixed).toEqual([]);
  expect(r.fixed).toHaveLength(3);
  expect(r.text).toContain('    # các cơ quan nhận\n    - agency: cong-an-tinh # ghi bằng chữ\n    - agency: so-tai-chinh\n    - agency: so-y-te\n  archive: VT, NC # lưu\n');
  expect(loadPlan(r.text).plan?.input.recipients?.to).toEqual([{ agency: 'cong-an-tinh' }, { agency: 'so-tai-chinh' }, { agency: 'so-y-te' }]);
  const again = await checkPlanText(r.text);
  expect(again.diagnostics.filter((d) => d.rule === 'agency-not-recipient')).toEqual([]);
});

test('a fix of several edits is applied whole or not at all', () => {
  const text = 'a: x\nb: y\nc: z\n';
  const d = (also: { value: string }, first = 'x2') => ({
    source: 'check', code: 't', severity: 'warning' as const, message: 'm', messageEn: 'm', file: 'f', path: '/a', line: 1, column: 4, endLine: 1, endColumn: 5, url: '',
    fix: { path: '/a', range: [3, 4] as [number, number], text: first, span: { index: 0, length: 1 }, value: first, also: [{ path: '/b', range: [8, 9] as [number, number], text: 'y2', value: also.value }] },
  });
  expect(applyFixes(text, [d({ value: 'y2' })]).text).toBe('a: x2\nb: y2\nc: z\n');
  // the second edit would not give its value: neither is made
  const r = applyFixes(text, [d({ value: 'other' })]);
  expect(r.text).toBe(text);
  expect(r.unfixed).toHaveLength(1);
});

test('editText refuses an edit that would not give the expected value, and overlapping edits', () => {
  const src = 'a: "x \\u0041 y"\nb: plain\n';
  const r = editText(src, [
    { path: '/a', range: [4, 5], text: 'z', value: 'z A y' },
    { path: '/b', range: [19, 24], text: 'other', value: 'other' },
    { path: '/b', range: [20, 22], text: 'q', value: 'pqin' },
  ]);
  expect(r.text).toBe('a: "z \\u0041 y"\nb: other\n');
  expect(r.applied.map((e) => e.path)).toEqual(['/a', '/b']);
  expect(r.skipped.map((e) => e.text)).toEqual(['q']);
  const bad = editText(src, [{ path: '/b', range: [19, 24], text: 'x: [', value: 'x: [' }]);
  expect(bad.text).toBe(src);
  expect(bad.skipped).toHaveLength(1);
});

test('typed-number is one rule of the load phase: the loader reports it once, with its range and fix; check: off silences it everywhere', async () => {
  const text = EXAMPLE_BASE.replace('      - Kịp thời phát hiện', '      - 2. Kịp thời phát hiện');
  const loaded = loadPlan(text).diagnostics;
  expect(loaded.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code} ${d.rule}`)).toEqual(['15:9-15:12 typed-number typed-number']);
  expect(loaded[0]!.fix).toMatchObject({ path: '/body/0/items/1', text: '' });
  const { diagnostics } = await checkPlanText(text);
  expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['15:9 typed-number']);
  expect(applyFixes(text, diagnostics).text).toContain('      - Kịp thời phát hiện');
  // Turned off in the plan, nothing is left: neither the loader nor the checker reports it.
  const off = text.replace('\nagencies:', '\ncheck: { typed-number: off }\nagencies:');
  expect(loadPlan(off).diagnostics).toEqual([]);
  expect((await checkPlanText(off)).diagnostics).toEqual([]);
  // … nor from .kehoachrc.yaml, nor on a line a disable comment names.
  expect((await checkPlanText(text, { config: { 'typed-number': 'off' } })).diagnostics).toEqual([]);
  expect(loadPlan(text.replace('      - 2. Kịp', '      # kehoach-disable-next-line typed-number\n      - 2. Kịp')).diagnostics).toEqual([]);
});

test('a required rule always runs: configuring it is a warning, and its error still refuses the plan', async () => {
  const text = EXAMPLE_BASE.replace('\nagencies:', '\ncheck: { unique-ids: off }\nagencies:').replace('id: ho-tro', 'id: tuyen-truyen');
  const { plan, diagnostics } = await checkPlanText(text);
  expect(plan).toBeUndefined();
  expect(diagnostics.map((d) => `${d.code} ${d.rule}`)).toEqual(['DUPLICATE_ID unique-ids']);
  const fine = await checkPlanText(EXAMPLE_BASE.replace('\nagencies:', '\ncheck: { unique-ids: off }\nagencies:'));
  expect(fine.diagnostics).toEqual([expect.objectContaining({ code: 'CHECK_RULE_REQUIRED', severity: 'warning', path: '/check/unique-ids', line: 7 })]);
});
