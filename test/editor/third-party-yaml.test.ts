// Issue 14: the plan files validate with third-party tools, not only with kehoach. ajv-cli and most
// JavaScript tools read YAML with js-yaml, whose default schema (YAML 1.1 style) turns an unquoted
// `2025-07-24` into a Date, so the schema said “/date must be string”. The examples quote their
// dates, and every YAML kehoach writes (roll, clone, migrate, import) quotes them.
import { readdirSync, readFileSync } from 'node:fs';
import _Ajv2020 from 'ajv/dist/2020.js';
import _addFormats from 'ajv-formats';
import jsYaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { loadPlanOrThrow, rollPlan, clonePlan } from 'kehoach';
import { parseYaml, quoteDates } from '@kehoach/core';
import { YAML11_TIMESTAMP } from '../../packages/core/src/yaml-dates.js';
import { migrateYaml, planToYaml } from '@kehoach/yaml-edit';
import { planToYaml as importedPlanToYaml } from '../../packages/import/src/plan/write-yaml.js';
import { ROOT } from '../helpers.js';

const Ajv2020 = ((_Ajv2020 as unknown as { default?: typeof _Ajv2020.default }).default ?? _Ajv2020) as typeof _Ajv2020.default;
const addFormats = ((_addFormats as unknown as { default?: typeof _addFormats.default }).default ?? _addFormats) as typeof _addFormats.default;

const schema = JSON.parse(readFileSync(`${ROOT}schemas/plan.schema.json`, 'utf8'));
/** The data as kehoach reads it (YAML 1.2). */
const parse = (text: string): unknown => parseYaml(text, 'x.yaml').value;
const files = readdirSync(`${ROOT}examples`).filter((f) => f.endsWith('.yaml'));

/** Validates YAML text as a third party would: js-yaml's default load, then ajv with the declared draft. */
function thirdParty(text: string): string[] {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(jsYaml.load(text)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('every examples/*.yaml validates with ajv over js-yaml', () => {
  test('there are examples', () => expect(files.length).toBeGreaterThanOrEqual(9));
  test.each(files)('%s', (f) => {
    const text = readFileSync(`${ROOT}examples/${f}`, 'utf8');
    expect(thirdParty(text)).toEqual([]);
    // And js-yaml reads exactly the data kehoach reads (YAML 1.2): no value changes type.
    expect(jsYaml.load(text)).toEqual(parse(text));
  });
});

test('the bug it fixes: an unquoted date is a Date in js-yaml, and the schema refuses it', () => {
  const text = readFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, 'utf8').replace('date: "2025-07-24"', 'date: 2025-07-24');
  expect(thirdParty(text)).toEqual(['/date must be string']);
});

describe('YAML written by kehoach quotes its dates', () => {
  const tq = loadPlanOrThrow(readFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, 'utf8'), { file: 'tq.yaml' });

  test('quoteDates quotes plain date-like strings only', () => {
    expect(YAML11_TIMESTAMP.test('2025-07-24')).toBe(true);
    expect(YAML11_TIMESTAMP.test('2025-7-4 10:00:00')).toBe(true);
    expect(YAML11_TIMESTAMP.test('15/KH-UBND')).toBe(false);
    expect(YAML11_TIMESTAMP.test('2025')).toBe(false);
    const yaml = planToYaml({ date: '2025-07-24', title: 'ngày 2025-07-24', number: 2025 } as never);
    expect(yaml).toContain('date: "2025-07-24"');
    expect(yaml).toContain('title: ngày 2025-07-24');
    expect(yaml).toContain('number: 2025');
    expect(typeof quoteDates).toBe('function');
  });

  test('roll (planToYaml of @kehoach/yaml-edit)', () => {
    const { yaml } = rollPlan(tq, 2026);
    expect(yaml).toContain('from: "2026-07-01"');
    expect(yaml).not.toMatch(/:\s\d{4}-\d\d-\d\d\b/);
    expect(thirdParty(yaml!)).toEqual([]);
  });

  test('clone', () => {
    const unit = readFileSync(`${ROOT}examples/units/xa-minh-xuan.yaml`, 'utf8');
    const { yaml } = clonePlan(tq, unit);
    expect(yaml).toBeDefined();
    expect(yaml).not.toMatch(/:\s\d{4}-\d\d-\d\d\b/);
    expect(jsYaml.load(yaml!)).toEqual(parse(yaml!));
  });

  test('migrate (v1 → v2) quotes the dates a person left unquoted, and nothing else changes quoting', () => {
    const v1 = [
      'schemaVersion: 1',
      'issuer: { name: Ủy ban nhân dân xã Minh Xuân, abbreviation: UBND, place: Minh Xuân }',
      'number: 3',
      'date: 2026-02-10',
      'title: Kế hoạch thử',
      'period: { year: 2026 }',
      'agencies:',
      '  cong-an-xa: { name: Công an xã, level: xa, kind: cong-an }',
      'opening:',
      '  references:',
      '    - { type: Kế hoạch, number: 15/KH-UBND, date: 2025-07-24, issuer: Ủy ban nhân dân tỉnh Tuyên Quang }',
      'tasks:',
      '  title: NHIỆM VỤ',
      '  groups:',
      '    - title: Tuyên truyền',
      '      tasks:',
      "        - { id: t1, text: 'Treo băng rôn.', lead: cong-an-xa, time: { before: 2026-03-01 } }",
      '',
    ].join('\n');
    const r = migrateYaml(v1, { file: 'v1.yaml' });
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toContain('date: "2026-02-10"');
    expect(r.text).toContain('date: "2025-07-24"');
    expect(r.text).toContain('before: "2026-03-01"');
    expect(r.text).toContain("text: 'Treo băng rôn.'");
    expect(r.text).not.toMatch(/:\s\d{4}-\d\d-\d\d\b/);
  });

  test('import (planToYaml of @kehoach/import)', () => {
    const yaml = importedPlanToYaml(tq.input, [], ['nhập từ tệp thử']);
    expect(yaml).toContain('date: "2025-07-24"');
    expect(yaml).not.toMatch(/:\s\d{4}-\d\d-\d\d\b/);
    expect(thirdParty(yaml)).toEqual([]);
  });
});
