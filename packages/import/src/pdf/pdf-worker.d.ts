/** pdf.js's worker module (pdfjs-dist ships no types for it): loaded for its effect, `globalThis.pdfjsWorker`. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
