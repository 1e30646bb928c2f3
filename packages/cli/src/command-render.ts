import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { renderMarkdown, renderText } from '@kehoach/render-text';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';
import { writeAtomic } from './write-output.js';

/** Output formats of `kehoach render`. */
export type RenderFormat = 'md' | 'txt';

/** Options of `kehoach render`. */
export interface RenderOptions {
  format: RenderFormat;
  /** Output file; `-` for standard output; default: the plan's name with the format's extension. */
  output?: string;
  /** Folder for the outputs (one per plan), instead of beside each plan. */
  outDir?: string;
  draft: boolean;
}

/**
 * `kehoach render <plan.yaml>… [--format md|txt] [-o out | --out-dir dir] [--draft]`.
 * A plan with errors is reported and skipped; the exit code is 1 if any plan failed.
 */
export async function renderCommand(files: string[], options: RenderOptions, io: Io): Promise<number> {
  let code = 0;
  if (options.outDir) await mkdir(options.outDir, { recursive: true });
  for (const file of files) {
    const target = options.outDir
      ? join(options.outDir, basename(file).replace(/\.(ya?ml|json)$/i, '') + '.' + options.format)
      : options.output;
    code = Math.max(code, await renderOne(file, { ...options, ...(target !== undefined ? { output: target } : {}) }, io));
  }
  return code;
}

async function renderOne(file: string, options: RenderOptions, io: Io): Promise<number> {
  const { plan } = await loadFile(file, io);
  if (!plan) return 1;
  const text = options.format === 'md' ? renderMarkdown(plan, { draft: options.draft }) : renderText(plan, { draft: options.draft });
  const target = options.output ?? file.replace(/\.(ya?ml|json)$/i, '') + '.' + options.format;
  if (target === '-') io.out(text);
  else await writeAtomic(target, text);
  return 0;
}
