import { expect, test } from 'vitest';
import { checkPlanText } from '@kehoach/check';
import { EXAMPLES, exampleText } from '../../../test/helpers.js';

// Seeded mutations of the examples (lines dropped, words cut, brackets, stale dates and doubled words inserted): the checker
// answers with diagnostics, never an exception, and no rule fails on a plan that loads.
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function mutate(text: string, r: () => number): string {
  const lines = text.split('\n');
  for (let k = 0; k < 2; k++) {
    const i = Math.floor(r() * lines.length);
    const line = lines[i] ?? '';
    // Cut or insert after the indentation, mostly inside text, so that many mutants still load.
    const at = line.search(/\S/) + 1 + Math.floor(r() * Math.max(1, line.length - line.search(/\S/)));
    const op = r();
    if (op < 0.1) lines.splice(i, 1);
    else if (op < 0.3) lines[i] = line.slice(0, at) + line.slice(at + 1 + Math.floor(r() * 8));
    else lines[i] = line.slice(0, at) + ['(', '“', ' ,', ' 01/7/2024', ' với với', ')', ' Như Điều 3', ' thứ Hai, ngày 05/02/2025'][Math.floor(r() * 8)] + line.slice(at);
  }
  return lines.join('\n');
}

test('60 mutated plans: diagnostics with places, never an exception or a failed rule', async () => {
  const r = rng(20261122);
  let checked = 0;
  for (let round = 0; round < 12; round++) {
    for (const name of EXAMPLES) {
      const text = mutate(exampleText(name), r);
      const { plan, diagnostics } = await checkPlanText(text, { file: name });
      expect(diagnostics.filter((d) => d.code === 'CHECK_RULE_FAILED' || d.code === 'INTERNAL_ERROR'), `${name} round ${round}`).toEqual([]);
      for (const d of diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        const end = d as { endLine?: number; endColumn?: number };
        if (end.endLine !== undefined) expect(end.endLine * 10000 + end.endColumn!).toBeGreaterThanOrEqual(d.line * 10000 + d.column);
      }
      if (plan) checked++;
    }
  }
  expect(checked).toBeGreaterThan(15); // 21 of 60 load with this seed
});
