#!/usr/bin/env node
// Writes packages/schema/src/generated/plan-schema.ts from schemas/plan.schema.json,
// the canonical file that editors read. Run with `pnpm gen`; a test fails when they drift.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = [
  ['schemas/plan.schema.json', 'planSchema', 'plan-schema.ts'],
  ['schemas/plan-v1.schema.json', 'planSchemaV1', 'plan-v1-schema.ts'],
  ['schemas/checklist.schema.json', 'checklistSchema', 'checklist-schema.ts'],
  ['schemas/unit.schema.json', 'unitSchema', 'unit-schema.ts'],
  ['schemas/progress.schema.json', 'progressSchema', 'progress-schema.ts'],
];

for (const [from, name, to] of sources) {
  const json = JSON.parse(readFileSync(root + from, 'utf8'));
  const out =
    `// Generated from ${from} by packages/schema/scripts/gen-schema-module.mjs — do not edit.\n` +
    `/** The JSON Schema (draft 2020-12) of ${from}. */\n` +
    `export const ${name} = ${JSON.stringify(json, null, 2)} as const;\n`;
  const target = root + 'packages/schema/src/generated/' + to;
  writeFileSync(target + '.tmp', out);
  renameSync(target + '.tmp', target);
}
