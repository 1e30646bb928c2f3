import { formatDiagnostics, hasErrors, migratePlan } from 'kehoach';
import { readInput, writeAtomic } from 'kehoach/node';
import type { Io } from './io.js';

/**
 * `kehoach migrate <plan.yaml>… [-o out|-]`: rewrites schema v1 files as v2 in place (or to `-o`),
 * keeping comments and blank lines; a v2 file is left untouched. Exit 1 when a file has errors
 * (nothing is written for it).
 */
export async function migrateCommand(files: string[], output: string | undefined, io: Io): Promise<number> {
  let failed = false;
  for (const file of files) {
    const read = await readInput(file);
    if (read.diagnostic) {
      io.err(formatDiagnostics([read.diagnostic]) + '\n');
      failed = true;
      continue;
    }
    // Decoded as a plan is (UTF-8 only, BOM dropped): a UTF-16 file is refused, not rewritten as mojibake.
    const r = migratePlan(read.bytes!, { file });
    if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
    if (r.text === undefined || hasErrors(r.diagnostics)) {
      failed = true;
      continue;
    }
    if (output === '-') io.out(r.text);
    else if (r.changed || output) {
      // In place is the point of migrate; -o elsewhere must not be one of the other inputs.
      await writeAtomic(output ?? file, new TextEncoder().encode(r.text), output ? { inputs: files } : {});
      io.err(`Đã chuyển sang lược đồ phiên bản 2: ${output ?? file}\n`);
    } else io.err(`Đã là phiên bản 2, không đổi: ${file}\n`);
  }
  return failed ? 1 : 0;
}
