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
  draft: boolean;
}

/** `kehoach render <plan.yaml> [--format md|txt] [-o out] [--draft]`. */
export async function renderCommand(file: string, options: RenderOptions, io: Io): Promise<number> {
  const { plan } = await loadFile(file, io);
  if (!plan) return 1;
  const text = options.format === 'md' ? renderMarkdown(plan, { draft: options.draft }) : renderText(plan, { draft: options.draft });
  const target = options.output ?? file.replace(/\.(ya?ml|json)$/i, '') + '.' + options.format;
  if (target === '-') io.out(text);
  else await writeAtomic(target, text);
  return 0;
}
