import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkPlanText, loadRules, RULE_IDS } from '@kehoach/check';
import { CORE_CODES, EXAMPLE_BASE, examplePlan, loadPlan, ruleEntry } from '@kehoach/core';
import { exampleFindings } from '../src/example-findings.js';
import { loadRule } from '../src/registry.js';

// The rule tester: every example of every rule (both phases) runs here and gives exactly what its
// meta states — each finding's message, pointer and the source text its range covers, in order, and
// for a fixable rule the fragment once fixed; valid examples give nothing. The expectations were
// written by running each rule and reading each result.

/** A letter only Vietnamese has among the rules' words: a message or title written in Vietnamese has one. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

test('there are rules of both phases, one file each, with complete meta', async () => {
  expect(RULE_IDS.length).toBeGreaterThanOrEqual(40);
  for (const id of RULE_IDS) {
    const { meta } = await loadRule(id);
    expect(meta.id).toBe(id);
    expect(meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(meta.phase).toBe(ruleEntry(id)!.phase);
    expect(['nd30', 'consistency', 'dates', 'structure', 'language']).toContain(meta.category);
    expect(meta.docs.vi.length).toBeGreaterThan(20);
    expect(meta.docs.en.length).toBeGreaterThan(20);
    expect(meta.examples.invalid.length, id).toBeGreaterThan(0);
    expect(meta.examples.valid.length, id).toBeGreaterThan(0);
    for (const e of meta.examples.invalid) expect(e.errors.length, `${id}: ${e.code}`).toBeGreaterThan(0);
    // A fixable rule shows a fix in its examples; a rule that is not, none, and says why not.
    expect(meta.examples.invalid.some((e) => e.output !== undefined), id).toBe(!!meta.fixable);
    if (!meta.fixable) expect(meta.notFixable?.vi.length ?? 0, `${id} says why it offers no fix`).toBeGreaterThan(20);
    if (meta.notFixable) expect(meta.notFixable.en.length, id).toBeGreaterThan(20);
    // Its short name, in Vietnamese (with its marks) and in English, shown beside the id.
    expect(meta.docs.title?.vi, id).toMatch(VIETNAMESE);
    expect(meta.docs.title!.en.length, id).toBeGreaterThan(3);
    expect(meta.docs.title!.en, id).not.toBe(meta.docs.title!.vi);
    // Messages are Vietnamese first: every finding an example states is worded in Vietnamese.
    for (const e of meta.examples.invalid) for (const f of e.errors) expect(f.message, `${id}: ${f.message}`).toMatch(VIETNAMESE);
    if (meta.required) expect(meta.phase, id).toBe('load');
    // A rule that reports codes of core's table has their severity.
    for (const code of meta.codes ?? []) expect(CORE_CODES.codes[code as keyof typeof CORE_CODES.codes]?.severity, `${id}: ${code}`).toBe(meta.severity);
  }
  const metas = (await loadRules()).map((r) => r.meta);
  expect(new Set(metas.map((m) => m.category))).toEqual(new Set(['consistency', 'dates', 'language', 'nd30', 'structure']));
  expect(metas.filter((m) => m.phase === 'load').length).toBeGreaterThanOrEqual(13);
});

test('the base plan of the examples loads and no rule reports anything on it', async () => {
  expect(loadPlan(EXAMPLE_BASE).diagnostics).toEqual([]);
  const { diagnostics } = await checkPlanText(EXAMPLE_BASE);
  expect(diagnostics).toEqual([]);
});

describe.each(RULE_IDS.map((id) => [id]))('%s', (id) => {
  test('each invalid example gives exactly the findings it states, and its fix', async () => {
    const { meta } = await loadRule(id);
    for (const e of meta.examples.invalid) {
      const r = await exampleFindings(id, e.code);
      expect(r.findings, `${id}: ${e.code}`).toEqual(e.errors);
      // An error of a load rule refuses the plan; anything else leaves it loadable.
      expect(r.loads, `${id}: ${e.code}`).toBe(meta.phase === 'content' || meta.severity !== 'error');
      if (e.output === undefined) {
        expect(r.fixed, `${id} offers a fix not stated: ${e.code}`).toBeUndefined();
        continue;
      }
      expect(r.fixed, `${id}: no fix for ${e.code}`).toBeDefined();
      expect(parse(r.fixed!), `${id}: ${e.code}`).toEqual(parse(examplePlan(e.output)));
      // the fixed file loads: a fix never makes a plan the loader refuses
      const loaded = loadPlan(r.fixed!);
      expect(loaded.diagnostics.filter((d) => d.severity === 'error'), `${id}: fixed ${e.code}`).toEqual([]);
      expect(loaded.plan, `${id}: fixed ${e.code}`).toBeDefined();
      const again = await exampleFindings(id, e.output);
      expect(again.fixed, `${id}: still fixable after the fix`).toBeUndefined();
    }
  });

  test('valid examples load and give no finding', async () => {
    const { meta } = await loadRule(id);
    for (const example of meta.examples.valid) {
      const r = await exampleFindings(id, example);
      expect(r.loads, `${id} valid example does not load: ${example}`).toBe(true);
      expect(r.findings, `${id}: ${example}`).toEqual([]);
    }
  });
});
