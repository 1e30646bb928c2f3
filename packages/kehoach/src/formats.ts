import type { Diagnostic, Plan } from '@kehoach/core';
import { renderDocx, renderMarkdown, renderText, type DocxRenderOptions } from './api.js';

/** The document formats a plan renders to in any JavaScript runtime (PDF needs LibreOffice: `@kehoach/node`). */
export type OutputFormatId = 'docx' | 'md' | 'txt';

/** One output format: its file extension, media type, whether it is bytes, and how to render it. */
export interface OutputFormat {
  id: OutputFormatId;
  extension: string;
  mediaType: string;
  binary: boolean;
  /** In Vietnamese, for help texts. */
  label: string;
  render(plan: Plan, options: DocxRenderOptions): { output?: string | Uint8Array; diagnostics: Diagnostic[] };
}

/**
 * Every document format, registered once: the CLI, the HTTP service and portals list and render
 * formats from here.
 *
 * @example
 * const f = OUTPUT_FORMATS.docx; // f.extension === 'docx', f.mediaType === 'application/vnd…'
 */
export const OUTPUT_FORMATS: Readonly<Record<OutputFormatId, OutputFormat>> = {
  docx: {
    id: 'docx',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    binary: true,
    label: 'văn bản Word đúng thể thức Nghị định 30',
    render: (plan, options) => {
      const r = renderDocx(plan, options);
      return { ...(r.docx ? { output: r.docx } : {}), diagnostics: r.diagnostics };
    },
  },
  md: { id: 'md', extension: 'md', mediaType: 'text/markdown; charset=utf-8', binary: false, label: 'Markdown', render: (plan, o) => ({ output: renderMarkdown(plan, o), diagnostics: [] }) },
  txt: { id: 'txt', extension: 'txt', mediaType: 'text/plain; charset=utf-8', binary: false, label: 'văn bản thuần', render: (plan, o) => ({ output: renderText(plan, o), diagnostics: [] }) },
};

/**
 * A plan rendered to one of the `OUTPUT_FORMATS`.
 *
 * @example
 * const { output, diagnostics } = renderAs(plan, 'md', { draft: true });
 */
export function renderAs(plan: Plan, format: OutputFormatId, options: DocxRenderOptions = {}): { output?: string | Uint8Array; diagnostics: Diagnostic[] } {
  return OUTPUT_FORMATS[format].render(plan, options);
}
