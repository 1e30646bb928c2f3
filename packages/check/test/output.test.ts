import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { expect, test } from 'vitest';
import { checkPlanText, loadRules } from '@kehoach/check';
import { diagnosticsToJson, diagnosticsToSarif, formatDiagnostics } from '@kehoach/core';
import { EXAMPLES, exampleText } from '../../../test/helpers.js';

// The official SARIF 2.1.0 JSON schema (draft-04), as shipped by @microsoft/jest-sarif (one of its
// patterns is not valid as a Unicode regular expression: unicodeRegExp off).
const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

async function all() {
  const out = [];
  for (const n of EXAMPLES) out.push(...(await checkPlanText(exampleText(n), { file: `examples/${n}.yaml` })).diagnostics);
  return out;
}

test('SARIF of the five examples validates against the SARIF 2.1.0 schema', async () => {
  const rules = (await loadRules()).map((r) => r.meta);
  const log = diagnosticsToSarif(await all(), { version: '0.1.0', rules, helpBase: 'https://example.org/docs/rules/' });
  const ok = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  const run = (log.runs as Array<Record<string, any>>)[0]!;
  expect(run.tool.driver.rules.length).toBe(rules.length);
  const misspelling = run.results.find((r: any) => r.ruleId === 'misspelling' && r.locations[0].physicalLocation.region.startColumn === 82);
  expect(misspelling).toMatchObject({
    level: 'warning',
    locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/tuyen-quang-2025-30-7.yaml' }, region: { startLine: 137, startColumn: 82, endLine: 137, endColumn: 91 } } }],
  });
  expect(misspelling.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('chức năng');
  expect(run.tool.driver.rules[misspelling.ruleIndex].id).toBe('misspelling');
  // Infos are notes, and every result points at a rule of the driver.
  expect(new Set(run.results.map((r: any) => r.level))).toEqual(new Set(['warning', 'note']));
  for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  // The validator does reject what is not SARIF 2.1.0.
  expect(validateSarif({ ...log, version: '2.0.0' })).toBe(false);
  expect(validateSarif({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: 'fatal' }] }] })).toBe(false);
});

test('a SARIF log with a loader diagnostic (no rule) still validates and names it', async () => {
  const { diagnostics } = await checkPlanText('title: x\n', { file: 'x.yaml' });
  const log = diagnosticsToSarif(diagnostics, { version: '0.1.0', rules: [] });
  expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
  expect((log.runs as any)[0].tool.driver.rules.map((r: any) => r.id)).toContain('SCHEMA_REQUIRED');
});

test('text and JSON output', async () => {
  const { diagnostics } = await checkPlanText(exampleText('ba-ria-vung-tau-2023'), { file: 'examples/ba-ria-vung-tau-2023.yaml' });
  const lines = formatDiagnostics(diagnostics, { summary: true }).split('\n');
  expect(lines).toContain('examples/ba-ria-vung-tau-2023.yaml:394:53  warning  misspelling  Lỗi chính tả: “chỉ dạo” → “chỉ đạo”. [sửa được]');
  expect(lines.at(-1)).toBe(`${diagnostics.length} vấn đề (0 lỗi, 5 cảnh báo, ${diagnostics.length - 5} lưu ý)`);
  const json = JSON.parse(diagnosticsToJson(diagnostics));
  expect(json.diagnostics.find((d: any) => d.line === 394)).toMatchObject({
    rule: 'misspelling', code: 'misspelling', severity: 'warning', path: '/body/2/items/2', column: 53, endLine: 394, endColumn: 60,
    params: { found: 'chỉ dạo', expected: 'chỉ đạo' }, fix: { path: '/body/2/items/2', text: 'chỉ đạo' },
  });
});
