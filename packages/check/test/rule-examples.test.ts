import { describe, expect, test } from 'vitest';
import { checkPlanText, EXAMPLE_BASE, examplePlan, loadRule, loadRules, RULE_IDS } from '@kehoach/check';
import { loadPlan } from '@kehoach/core';

// Each rule's own examples (its meta) run here: every invalid example gives at least one finding
// of that rule, every valid one none; and the base plan the examples start from is clean.

test('there are at least 25 rules, one file each, with complete meta', async () => {
  expect(RULE_IDS.length).toBeGreaterThanOrEqual(25);
  for (const id of RULE_IDS) {
    const { meta } = await loadRule(id);
    expect(meta.id).toBe(id);
    expect(meta.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(['nd30', 'consistency', 'dates', 'structure', 'language']).toContain(meta.category);
    expect(meta.docs.vi.length).toBeGreaterThan(20);
    expect(meta.docs.en.length).toBeGreaterThan(20);
    expect(meta.examples.invalid.length).toBeGreaterThan(0);
    expect(meta.examples.valid.length).toBeGreaterThan(0);
  }
  const categories = new Set((await loadRules()).map((r) => r.meta.category));
  expect([...categories].sort()).toEqual(['consistency', 'dates', 'language', 'nd30', 'structure']);
});

test('the base plan of the examples loads and no rule reports anything on it', async () => {
  expect(loadPlan(EXAMPLE_BASE).diagnostics).toEqual([]);
  const { diagnostics } = await checkPlanText(EXAMPLE_BASE);
  expect(diagnostics).toEqual([]);
});

describe.each(RULE_IDS.map((id) => [id]))('%s', (id) => {
  test('invalid examples are reported, valid ones are not', async () => {
    const { meta } = await loadRule(id);
    for (const example of meta.examples.invalid) {
      const text = examplePlan(example);
      const { plan, diagnostics } = await checkPlanText(text, { only: [id] });
      expect(plan, `${id} invalid example does not load: ${JSON.stringify(diagnostics)}`).toBeDefined();
      expect(diagnostics.filter((d) => d.code === id).length, `${id}: ${example}`).toBeGreaterThan(0);
    }
    for (const example of meta.examples.valid) {
      const { plan, diagnostics } = await checkPlanText(examplePlan(example), { only: [id] });
      expect(plan, `${id} valid example does not load: ${JSON.stringify(diagnostics)}`).toBeDefined();
      expect(diagnostics.filter((d) => d.code === id), `${id}: ${example}`).toEqual([]);
    }
  });
});
