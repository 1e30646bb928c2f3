import { formatDiagnostics, hasErrors, loadPlan, type Diagnostic } from 'kehoach';
import { readInput } from 'kehoach/node';
import type { Io } from './io.js';
import { STDIN_NAME } from './load-file.js';

/**
 * `kehoach validate <plan.yaml>…` (`-`: standard input): prints nothing and exits 0 when every plan
 * is valid; otherwise one line per diagnostic (or JSON with `--format json`) and exit 1.
 */
export async function validateCommand(files: string[], format: 'text' | 'json', io: Io): Promise<number> {
  const all: Diagnostic[] = [];
  for (const file of files) {
    const read = await readInput(file);
    if (read.diagnostic) all.push(read.diagnostic);
    else all.push(...loadPlan(read.bytes!, { file: file === '-' ? STDIN_NAME : file }).diagnostics);
  }
  if (format === 'json') io.out(JSON.stringify({ valid: !hasErrors(all), diagnostics: all }, null, 2) + '\n');
  else if (all.length) io.out(formatDiagnostics(all) + '\n');
  return hasErrors(all) ? 1 : 0;
}
