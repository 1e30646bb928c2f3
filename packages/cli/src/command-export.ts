import './native-deflate.js';
import { basename } from 'node:path';
import { formatDiagnostics, output } from 'kehoach';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';

/** Formats of `kehoach export`: the ids of plan outputs for exchange (`edxml` …). */
export type ExportFormat = string;

/**
 * `kehoach export <plan.yaml> --format edxml [-o file.edxml|-]`: the DOCX of the plan wrapped in an
 * edXML message (QCVN 102:2016/BTTTT) for e-office systems. Default output: the plan's name with
 * `.edxml`. A plan that cannot make a message (no organ id, a draft, a field too long) is reported
 * and nothing is written: exit 1.
 */
export async function exportCommand(file: string, options: { format: ExportFormat; output?: string }, io: Io): Promise<number> {
  const loaded = await loadFile(file, io);
  if (!loaded.plan) return 1;
  const out = output('plan', options.format);
  const stem = file.replace(/\.(ya?ml|json)$/i, '');
  // The message names its attached document after the plan's file (`kh.docx`).
  const message = await out.render(loaded.plan, { name: basename(stem) });
  if (message.diagnostics.length) io.err(formatDiagnostics(message.diagnostics) + '\n');
  if (message.output === undefined) return 1;
  // Never over the plan itself (`-o kh.yaml`).
  await emit(message.output, options.output ?? `${stem}.${out.extension}`, io, [file]);
  return 0;
}
