import type { Diagnostic } from 'kehoach';

/** A place in a received document: DOCX paragraph, PDF page and line, text line; `place` in words. */
export interface ReceivedPlace {
  paragraph?: number;
  page?: number;
  line?: number;
  /** `đoạn 37`, `trang 2, dòng 14`. */
  place: string;
}

/**
 * What `kehoach check received.docx|.pdf` needs from an importer: a received document turned into
 * plan YAML (so that findings have lines and columns in it) and, optionally, a way to find where a
 * place of the plan (a finding's JSON pointer) stands in the original. `maxBytes` is the largest
 * file it reads (its own limit): the checker reads a received file up to it, so that it accepts
 * whatever the importer accepts. `receivedImporter` (command-import.ts, on `importPlan`) is the one
 * the command passes; `checkCommand` depends on this shape only.
 */
export type Importer = ((
  bytes: Uint8Array,
  options: { file: string },
) => Promise<{ yaml?: string; diagnostics: Diagnostic[]; locate?: (pointer: string) => ReceivedPlace | undefined }>) & { maxBytes?: number };
