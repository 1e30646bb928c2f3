/**
 * Adapter to the importer (`@kehoach/import`: `importPlan(bytes, { fileName }) → { input, yaml, diagnostics, report }`).
 * The importer is being built on another branch and is not on main yet, so this adapter says so; when
 * it lands, `importDocument` calls it (lazily, with pdf.js) and returns its YAML and diagnostics.
 */
import type { Diagnostic } from 'kehoach';

/** What importing a received document gave. */
export interface ImportOutcome {
  available: boolean;
  yaml?: string;
  diagnostics: Diagnostic[];
  /** A sentence for the status line, in Vietnamese. */
  message: string;
}

/** True when the importer is built into this studio. */
export const importAvailable = false;

/** Imports a DOCX, PDF or text file in the page. */
export async function importDocument(_bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  return {
    available: false,
    diagnostics: [],
    message: `Chưa mở được “${fileName}”: chức năng nhập văn bản DOCX/PDF (kehoach import) chưa có trong bản này. Hiện chỉ mở được tệp kế hoạch YAML.`,
  };
}
