import { parentPort } from 'node:worker_threads';
import { renderPlanFile, type RenderJob } from './render-plan-file.js';
import { cloneUnitFile, type CloneJob } from './clone-unit.js';
import { importJob, type ImportJob } from './import-job.js';

/**
 * A worker thread of a batch (`kehoach render` over many plans, `kehoach clone --units`), or of one
 * import run under a time limit (`kehoach import`): takes a job, answers its result; the main thread
 * writes the files. Documents are transferred, not copied.
 */
const port = parentPort;
if (!port) throw new Error('batch-worker runs as a worker thread of kehoach');
port.on('message', (m: { index: number; job: ({ kind?: 'render' } & RenderJob) | ({ kind: 'clone' } & CloneJob) | ImportJob }) => {
  void (async () => {
    const result = m.job.kind === 'import' ? await importJob(m.job) : m.job.kind === 'clone' ? await cloneUnitFile(m.job) : await renderPlanFile(m.job);
    const transfer: ArrayBuffer[] = [];
    const collect = (x: unknown) => {
      if (x instanceof Uint8Array && x.byteOffset === 0 && x.byteLength === x.buffer.byteLength && x.buffer instanceof ArrayBuffer) transfer.push(x.buffer);
    };
    if ('output' in result) collect(result.output);
    if ('files' in result) for (const f of result.files) collect(f.data);
    port.postMessage({ index: m.index, result }, transfer);
  })();
});
