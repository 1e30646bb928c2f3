import { loadPlan, type LoadResult } from '@kehoach/core';
import { readInput } from './read-input.js';

/**
 * Reads and loads a plan file (refusing files over the size limit before reading them).
 *
 * @example
 * const { plan, diagnostics } = await loadPlanFile('ke-hoach.yaml');
 */
export async function loadPlanFile(file: string): Promise<LoadResult> {
  const read = await readInput(file);
  return read.diagnostic ? { diagnostics: [read.diagnostic] } : loadPlan(read.bytes!, { file });
}
