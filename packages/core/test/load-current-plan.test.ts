import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadCurrentPlan, loadPlan } from '../src/index.js';

const example = readFileSync(new URL('../../../examples/tuyen-quang-2025-30-7.yaml', import.meta.url), 'utf8');

test('loadCurrentPlan gives what loadPlan gives for a version 2 file', () => {
  const a = loadPlan(example, { file: 'kh.yaml' });
  const b = loadCurrentPlan(example, { file: 'kh.yaml' });
  expect(b.plan?.tasks.length).toBe(28);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
});

test('a version 1 file: loadPlan migrates it, loadCurrentPlan says it loads version 2 only and how to go on', () => {
  const v1 = 'schemaVersion: 1\nissuer: { name: Ủy ban nhân dân xã Minh Xuân, abbreviation: UBND, place: Minh Xuân }\ntitle: Thử\nperiod: { year: 2026 }\ntasks: { title: NHIỆM VỤ, groups: [] }\n';
  const r = loadCurrentPlan(v1, { file: 'cu.yaml' });
  expect(r.plan).toBeUndefined();
  expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['SCHEMA_V1_NOT_LOADED', 'error', 1]]);
  expect(r.diagnostics[0]!.message).toContain('kehoach migrate cu.yaml');
  expect(loadPlan(v1, { file: 'cu.yaml' }).diagnostics.some((d) => d.code === 'SCHEMA_V1_NOT_LOADED')).toBe(false);
});
