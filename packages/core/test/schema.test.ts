import { readFileSync } from 'node:fs';
import _Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { planSchema } from '@kehoach/schema';
import { ROOT } from '../../../test/helpers.js';

const Ajv2020 = ((_Ajv2020 as unknown as { default?: typeof _Ajv2020.default }).default ?? _Ajv2020) as typeof _Ajv2020.default;
const fileSchema = JSON.parse(readFileSync(`${ROOT}schemas/plan.schema.json`, 'utf8'));

describe('schemas/plan.schema.json', () => {
  test('is valid against the JSON Schema 2020-12 meta-schema', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(fileSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(fileSchema), JSON.stringify(ajv.errors)).toBe(true);
    expect(fileSchema.$id).toBeTruthy();
  });

  test('the @kehoach/schema module is generated from it (run `pnpm gen` after editing the JSON)', () => {
    expect(planSchema).toEqual(fileSchema);
  });

  test('every property has a Vietnamese title and description, with the English after it', () => {
    const missing: string[] = [];
    const defs = fileSchema.$defs as Record<string, Record<string, unknown>>;
    const documented = (s: Record<string, unknown>): boolean => {
      if (typeof s.title === 'string' && typeof s.description === 'string') return true;
      const ref = typeof s.$ref === 'string' ? defs[s.$ref.replace('#/$defs/', '')] : undefined;
      return !!ref && documented(ref);
    };
    const walk = (s: unknown, path: string): void => {
      if (!s || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      for (const [name, p] of Object.entries((o.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (!documented(p)) missing.push(`${path}/${name}`);
        else if (typeof p.description === 'string' && !p.description.includes(' — ')) missing.push(`${path}/${name} (no English)`);
        walk(p, `${path}/${name}`);
      }
      for (const k of ['items', 'additionalProperties']) walk(o[k], `${path}/${k}`);
      for (const k of ['anyOf', 'oneOf']) (o[k] as unknown[] | undefined)?.forEach((b, i) => walk(b, `${path}/${k}/${i}`));
    };
    walk(fileSchema, '#');
    for (const [name, d] of Object.entries(defs)) walk(d, `#/$defs/${name}`);
    expect(missing).toEqual([]);
  });

  test('outline nodes have no field for a typed number (numbering is generated)', () => {
    const defs = fileSchema.$defs as Record<string, { properties?: object; anyOf?: Array<{ properties?: object }> }>;
    const fields = ['item', 'section', 'part', 'block', 'task', 'taskGroup', 'taskBlock', 'table', 'tableGroup', 'appendix'].flatMap((d) => [
      ...Object.keys(defs[d]!.properties ?? {}),
      ...(defs[d]!.anyOf ?? []).flatMap((b) => Object.keys(b.properties ?? {})),
    ]);
    expect(fields).toContain('itemStyle');
    expect(fields.filter((f) => /^(number|label|numbering|ordinal|marker|letter|index)$/i.test(f))).toEqual([]);
  });

  test('every example declares the schema for editors on its first line', () => {
    for (const f of ['khanh-hoa-2025', 'lang-son-2019', 'ba-ria-vung-tau-2023', 'an-phu-2026-2030', 'tuyen-quang-2025-30-7']) {
      const first = readFileSync(`${ROOT}examples/${f}.yaml`, 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    }
  });
});

test('the precompiled validator is current (run `pnpm gen` after editing the schema)', async () => {
  const { generate } = await import('../scripts/gen-validators.mjs');
  const current = readFileSync(`${ROOT}packages/core/src/generated/validate-plan.ts`, 'utf8');
  expect(generate(fileSchema, 'plan')).toBe(current);
});

test.each(['unit', 'progress'])('the precompiled %s validator is current', async (name) => {
  const { generate } = await import('../scripts/gen-validators.mjs');
  const schema = JSON.parse(readFileSync(`${ROOT}schemas/${name}.schema.json`, 'utf8'));
  expect(generate(schema, name)).toBe(readFileSync(`${ROOT}packages/core/src/generated/validate-${name}.ts`, 'utf8'));
});

test.each(['checklist', 'unit', 'progress'])('schemas/%s.schema.json is valid 2020-12 with bilingual help', (name) => {
  const s = JSON.parse(readFileSync(`${ROOT}schemas/${name}.schema.json`, 'utf8'));
  const ajv = new Ajv2020({ strict: false });
  expect(ajv.validateSchema(s), JSON.stringify(ajv.errors)).toBe(true);
  for (const [k, p] of Object.entries(s.properties as Record<string, { description?: string }>)) expect(p.description, k).toContain(' — ');
});

test('the plan types are generated from the schemas and current (run `pnpm gen` after editing them)', async () => {
  const { generate, TARGETS } = await import('../../schema/scripts/gen-types.mjs');
  for (const [file, suffix, to] of TARGETS as Array<[string, string, string]>) {
    const current = readFileSync(`${ROOT}packages/schema/src/generated/${to}`, 'utf8');
    expect(await generate(file, suffix), to).toBe(current);
  }
});
