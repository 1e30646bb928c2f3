import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ROOT } from './helpers.js';

// Every ```js block of the README's library section runs as written (its asserts must hold).
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const section = readme.slice(readme.indexOf('## Thư viện — library use'), readme.indexOf('## Phát triển — development'));
const snippets = [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

test('the README has runnable snippets for each use', () => {
  expect(snippets.length).toBe(4);
});

test.each(snippets.map((s, i) => [i + 1, s] as const))('README snippet %i runs', async (i, code) => {
  const dir = `${ROOT}test/.snippets`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/snippet-${i}.mjs`;
  writeFileSync(file, code);
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    rmSync(file, { force: true });
  }
});

test('every plan written in the README loads without a diagnostic', async () => {
  const { loadPlan } = await import('@kehoach/core');
  const plans = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /^schemaVersion: 2$/m.test(y));
  expect(plans.length).toBeGreaterThan(0);
  for (const y of plans) expect(loadPlan(y).diagnostics).toEqual([]);
});
