import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatDiagnostics, hasErrors, renderDossier } from 'kehoach';
import { readTemplate } from 'kehoach/node';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';

/** Options of `kehoach dossier`. */
export interface DossierOptions {
  /** Folder of the documents; default `ho-so` beside the plan. */
  outDir?: string;
  /** The user's own DOCX template. */
  template?: string;
}

/**
 * `kehoach dossier plan.yaml --out-dir d`: every document of the plan's dossier (`renderDossier`), one
 * DOCX each, numbered in dossier order. Exit 1 when the plan, a composed document or its rendering
 * has an error (the documents that could be made are still written).
 */
export async function dossierCommand(file: string, o: DossierOptions, io: Io): Promise<number> {
  const { plan } = await loadFile(file, io);
  if (!plan) return 1;
  let template: Uint8Array | undefined;
  if (o.template) {
    const t = await readTemplate(o.template);
    if (!t.bytes) {
      io.err(formatDiagnostics([t.diagnostic!]) + '\n');
      return 1;
    }
    template = t.bytes;
  }
  const r = renderDossier(plan, template ? { template, templateFile: o.template! } : {});
  if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
  const dir = o.outDir ?? join(file === '-' ? '.' : dirname(file), 'ho-so');
  await mkdir(dir, { recursive: true });
  let missing = 0;
  for (const f of r.files) {
    if (f.docx) await emit(f.docx, join(dir, f.name), io, [file]);
    else missing++;
  }
  if (r.files.length === 1) io.err('kehoach: kế hoạch chưa có khối “dossier” (submission, decision, dispatch): chỉ ghi chính kế hoạch. — The plan has no dossier block: only the plan was written.\n');
  return missing || hasErrors(r.diagnostics) ? 1 : 0;
}
