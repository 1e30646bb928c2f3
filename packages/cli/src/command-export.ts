import './native-deflate.js';
import { basename } from 'node:path';
import { exportEdxml } from '@kehoach/edxml';
import { formatDiagnostics, renderDocx } from 'kehoach';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';

/** Formats of `kehoach export`. */
export type ExportFormat = 'edxml';

/**
 * `kehoach export <plan.yaml> --format edxml [-o file.edxml|-]`: the DOCX of the plan wrapped in an
 * edXML message (QCVN 102:2016/BTTTT) for e-office systems. Default output: the plan's name with
 * `.edxml`. A plan that cannot make a message (no organ id, a draft, a field too long) is reported
 * and nothing is written: exit 1.
 */
export async function exportCommand(file: string, options: { format: ExportFormat; output?: string }, io: Io): Promise<number> {
  const loaded = await loadFile(file, io);
  if (!loaded.plan) return 1;
  const docx = renderDocx(loaded.plan);
  if (docx.diagnostics.length) io.err(formatDiagnostics(docx.diagnostics) + '\n');
  if (!docx.docx) return 1;
  const stem = file.replace(/\.(ya?ml|json)$/i, '');
  const message = exportEdxml(loaded.plan, docx.docx, { attachmentName: basename(stem) + '.docx' });
  if (message.diagnostics.length) io.err(formatDiagnostics(message.diagnostics) + '\n');
  if (!message.xml) return 1;
  // Never over the plan itself (`-o kh.yaml`).
  await emit(message.xml, options.output ?? stem + '.edxml', io, [file]);
  return 0;
}
