import type { Diagnostic } from '@kehoach/core';

/**
 * What `kehoach check received.docx|.pdf` needs from an importer: a received document turned into
 * plan YAML (so that findings have lines and columns in it). `@kehoach/import` provides one; the
 * checker depends on this shape only.
 */
export type Importer = (bytes: Uint8Array, options: { file: string }) => Promise<{ yaml?: string; diagnostics: Diagnostic[] }>;
