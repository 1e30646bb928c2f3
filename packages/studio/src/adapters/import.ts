/**
 * The importer (`@kehoach/import`) in the worker: a received DOCX, PDF, text or Markdown file becomes
 * plan YAML with a `# kiểm tra:` comment at each unsure spot. This module and the importer are
 * loaded on the first import only; pdf.js (and its own worker) on the first PDF only.
 */
import { importPlan, type PdfjsModule } from 'kehoach';
import type { ImportReply } from '../protocol.js';

let pdfjs: Promise<PdfjsModule> | undefined;

/**
 * pdf.js, with its worker script bundled as a file of its own and started here as a nested worker
 * that pdf.js is handed as its port. (pdf.js cannot start it itself from a worker: it reads
 * `window.location`; and loading the worker script into this thread would make it answer the page.)
 */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjs ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs?worker&url')]).then(
    ([m, w]) => {
      m.GlobalWorkerOptions.workerPort = new Worker(w.default, { type: 'module', name: 'pdf.js' });
      return m as unknown as PdfjsModule;
    },
  );
  return pdfjs;
}

const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF

/** Imports one received document; a file that cannot be read gives the importer's Vietnamese message and no YAML. */
export async function importDocument(seq: number, bytes: Uint8Array, fileName: string): Promise<ImportReply> {
  const options = isPdf(bytes) || /\.pdf$/i.test(fileName) ? { fileName, pdfjs: await loadPdfjs() } : { fileName };
  const r = await importPlan(bytes, options);
  const diagnostics = r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message }));
  const report = {
    ...(r.report.format ? { format: r.report.format } : {}),
    ...(r.report.pages !== undefined ? { pages: r.report.pages } : {}),
    ...(r.report.counts ? { tasks: r.report.counts.tasks } : {}),
    unsure: r.report.unsure.map((u) => ({ message: u.message, place: u.place })),
  };
  return r.yaml ? { type: 'imported', seq, yaml: r.yaml, diagnostics, report } : { type: 'imported', seq, diagnostics, report };
}
