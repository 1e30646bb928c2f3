#!/usr/bin/env node
// Writes the TypeScript types of plan data from the JSON Schemas (json-schema-to-typescript), so
// the types are never kept by hand beside the schema: packages/schema/src/generated/plan-input.ts
// (schema v2) and plan-v1-input.ts (the v1 shape, read only to migrate old files).
// Run with `pnpm gen`; a test fails when the generated files drift from the schemas.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const pascal = (s) => s.replace(/(^|[-_ ])(\w)/g, (_, __, c) => c.toUpperCase());

/** Titles are bilingual prose; names come from the $defs keys instead (`task` → `TaskInput`). */
function prepare(schema, suffix) {
  const strip = (o) => {
    if (Array.isArray(o)) return o.map(strip);
    if (!o || typeof o !== 'object') return o;
    // A $ref with its own title/description would become a duplicate type (IdInput1, IdInput2 …).
    if (typeof o.$ref === 'string') return { $ref: o.$ref };
    const r = {};
    for (const [k, v] of Object.entries(o)) {
      if (k === 'title') continue;
      // Property maps hold names, not schemas: a property may well be called "title".
      r[k] = k === 'properties' || k === '$defs' ? Object.fromEntries(Object.entries(v).map(([n, s]) => [n, strip(s)])) : strip(v);
    }
    return r;
  };
  const out = strip(schema);
  for (const [k, v] of Object.entries(out.$defs)) v.title = pascal(k) + suffix;
  out.title = 'Plan' + suffix;
  return out;
}

export async function generate(file, suffix) {
  const schema = JSON.parse(readFileSync(root + file, 'utf8'));
  const ts = await compile(prepare(schema, suffix), 'Plan' + suffix, {
    bannerComment: `// Generated from ${file} by packages/schema/scripts/gen-types.mjs — do not edit.\n/* eslint-disable */`,
    additionalProperties: false,
    unreachableDefinitions: true,
    format: false,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
  });
  return ts.replace(/\n\s*\* This interface was referenced by `[^`]+`'s JSON-Schema\n\s*\* via the `definition` "[^"]+"\.\n/g, '\n');
}

export const TARGETS = [
  ['schemas/plan.schema.json', 'Input', 'plan-input.ts'],
  ['schemas/plan-v1.schema.json', 'V1', 'plan-v1-input.ts'],
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, suffix, to] of TARGETS) {
    const target = root + 'packages/schema/src/generated/' + to;
    writeFileSync(target + '.tmp', await generate(file, suffix));
    renameSync(target + '.tmp', target);
  }
}
