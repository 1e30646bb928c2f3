import { formatDiagnostics, hasErrors, loadPlan, type LoadResult } from 'kehoach';
import { readInput } from 'kehoach/node';
import type { Io } from './io.js';

/** The name a plan read from standard input (`-`) has in diagnostics. */
export const STDIN_NAME = '<stdin>';

/**
 * Reads and loads a plan file (`-`: standard input) through the public `kehoach` API; prints its
 * diagnostics to stderr. Returns the plan, if any.
 */
export async function loadFile(file: string, io: Io): Promise<LoadResult> {
  const read = await readInput(file);
  const result = read.diagnostic ? { diagnostics: [read.diagnostic] } : loadPlan(read.bytes!, { file: file === '-' ? STDIN_NAME : file });
  if (result.diagnostics.length) io.err(formatDiagnostics(result.diagnostics) + '\n');
  return hasErrors(result.diagnostics) ? { diagnostics: result.diagnostics } : result;
}
