import { formatDiagnostics, hasErrors, loadPlan, type LoadResult } from '@kehoach/core';
import type { Io } from './io.js';
import { readInput } from '@kehoach/node';

/** Reads and loads a plan file; prints its diagnostics to stderr. Returns the plan, if any. */
export async function loadFile(file: string, io: Io): Promise<LoadResult> {
  const read = await readInput(file);
  const result = read.diagnostic ? { diagnostics: [read.diagnostic] } : loadPlan(read.bytes!, { file });
  if (result.diagnostics.length) io.err(formatDiagnostics(result.diagnostics) + '\n');
  return hasErrors(result.diagnostics) ? { diagnostics: result.diagnostics } : result;
}
