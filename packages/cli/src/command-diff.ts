import { diffPlans, formatDiagnostics, formatPlanDiff, hasErrors, planDiffToJson, trackedChangesDocx } from 'kehoach';
import type { DiffFormat } from './commands/diff.js';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';

/** Options of `kehoach diff`. */
export interface DiffCommandOptions {
  format: DiffFormat;
  output?: string;
  author?: string;
  date?: string;
}

/**
 * `kehoach diff <old.yaml> <new.yaml>`: the semantic list of changes (text, JSON, Markdown), or the new
 * plan's DOCX with tracked changes against the old. Exit 0 when they do not differ, 1 when they do,
 * 2 when a plan does not load (as diff(1)).
 */
export async function diffCommand(beforeFile: string, afterFile: string, options: DiffCommandOptions, io: Io): Promise<number> {
  const before = (await loadFile(beforeFile, io)).plan;
  const after = (await loadFile(afterFile, io)).plan;
  if (!before || !after) return 2;
  const d = diffPlans(before, after);
  if (options.format === 'docx') {
    const r = trackedChangesDocx(before, after, { ...(options.author !== undefined ? { author: options.author } : {}), ...(options.date !== undefined ? { date: options.date } : {}) });
    if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
    if (!r.docx || hasErrors(r.diagnostics)) return 2;
    await emit(r.docx, options.output!, io, [beforeFile, afterFile]);
    return d.same ? 0 : 1;
  }
  const names = { before: beforeFile, after: afterFile };
  const text = options.format === 'json' ? planDiffToJson(d, names) : formatPlanDiff(d, { ...names, format: options.format === 'markdown' ? 'markdown' : 'text' });
  await emit(text, options.output ?? '-', io, [beforeFile, afterFile]);
  return d.same ? 0 : 1;
}
