import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * Compares `actual` with the golden file `test/golden/<name>`. `UPDATE=1` (re)writes it; without
 * it, a missing golden fails — it is never created silently, so a lost file cannot pass unseen.
 */
export function expectGolden(name: string, actual: string): void {
  const file = `${ROOT}test/golden/${name}`;
  if (process.env.UPDATE === '1') {
    mkdirSync(`${ROOT}test/golden`, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `missing golden ${name}: run UPDATE=1 pnpm test and review the new file`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
