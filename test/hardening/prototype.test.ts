import { describe, expect, test } from 'vitest';
import { deriveChecklist, toIcs } from '@kehoach/checklist';
import { runCli } from '@kehoach/cli';
import { loadPlan, validatePlan, valueAt } from '@kehoach/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINIMAL } from './minimal-plan.js';

// Issue 10, item 7: names found on Object.prototype are not agencies, tags or keys.


describe('item 7: own-property look-ups', () => {
  test('`lead: constructor` is an unknown agency, not Object', () => {
    const d = loadPlan(MINIMAL.replace('lead: cong-an', 'lead: constructor')).diagnostics;
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([['UNKNOWN_AGENCY', 17, 56]]);
  });

  test('the same through validatePlan', () => {
    const input = loadPlan(MINIMAL).plan!.input;
    const data = JSON.parse(JSON.stringify(input).replace('"lead":"cong-an"', '"lead":"constructor"'));
    expect(validatePlan(data).diagnostics.map((x) => x.code)).toEqual(['UNKNOWN_AGENCY']);
  });

  test('an agency key toString is a schema error, not INTERNAL_ERROR at 1:1', () => {
    const d = loadPlan(MINIMAL.replace('  cong-an: {', '  toString: {')).diagnostics;
    expect(d.map((x) => x.code)).not.toContain('INTERNAL_ERROR');
    expect(d[0]).toMatchObject({ code: 'SCHEMA_FORMAT', line: 8, column: 3 });
  });

  test('valueAt reads own properties only', () => {
    expect(valueAt({ agencies: {} }, '/agencies/toString')).toBeUndefined();
    expect(valueAt({ agencies: {} }, '/agencies/constructor')).toBeUndefined();
    expect(valueAt({ a: { b: 1 } }, '/a/b')).toBe(1);
  });

  test('no item of a valid plan names an agency that is not declared', () => {
    const plan = loadPlan(MINIMAL).plan!;
    const ics = toIcs(deriveChecklist(plan).checklist);
    expect(ics).not.toMatch(/undefined|Object/);
  });

  test('`--agency __proto__` and `--agency constructor` are not agencies of the plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-proto-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(file, MINIMAL);
    for (const agency of ['__proto__', 'constructor', 'toString']) {
      const err: string[] = [];
      const code = await runCli(['checklist', file, '--format', 'csv', '-o', '-', '--agency', agency], { out: () => {}, err: (t) => void err.push(t) });
      expect(code, agency).toBe(1);
      expect(err.join('')).toMatch(/không có cơ quan/);
    }
  });
});
