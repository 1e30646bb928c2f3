import { formatDiagnostics, importReviewedDocx, IMPORT_LIMITS } from 'kehoach';
import { readInput } from 'kehoach/node';
import { emit } from './emit-output.js';
import type { Io } from './io.js';

/**
 * `kehoach import <reviewed.docx> --onto <plan.yaml> [-o new.yaml]`: the reviewer's edits and comments
 * written into the plan's YAML (into the plan file itself without -o), each edit written and each one
 * not placed listed on standard error. Exit 0 when every edit was placed, 1 when some were not (the
 * others are written), 2 when nothing could be read (nothing is written).
 */
export async function importOntoCommand(docxFile: string, planFile: string, output: string | undefined, io: Io): Promise<number> {
  const [docx, plan] = [await readInput(docxFile, IMPORT_LIMITS.maxBytes), await readInput(planFile)];
  const unread = [docx.diagnostic, plan.diagnostic].filter((d) => d !== undefined);
  if (unread.length || !docx.bytes || !plan.bytes) {
    io.err(formatDiagnostics(unread) + '\n');
    return 2;
  }
  const r = importReviewedDocx(docx.bytes, new TextDecoder().decode(plan.bytes), { file: planFile, docxFile });
  if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
  if (r.yaml === undefined) return 2;
  const target = output ?? planFile;
  if (r.yaml !== new TextDecoder().decode(plan.bytes) || target !== planFile) await emit(r.yaml, target, io, target === planFile ? [] : [docxFile, planFile]);
  return r.diagnostics.some((d) => d.severity !== 'info') ? 1 : 0;
}
