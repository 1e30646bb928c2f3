import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Set by the bundler to the worker file next to the bundle (`kehoach-worker.mjs`); empty: no workers. */
declare const __KEHOACH_WORKER__: string | undefined;

/** The worker script: the bundle's own, the built one, or (under a test runner, from sources) the built one. */
export function workerUrl(): URL {
  if (typeof __KEHOACH_WORKER__ === 'string') return new URL(__KEHOACH_WORKER__, import.meta.url);
  return new URL(import.meta.url.endsWith('.ts') ? '../dist/batch-worker.js' : './batch-worker.js', import.meta.url);
}

/** Whether this build has a worker thread to run on (a build without one runs everything in the main thread). */
export function haveWorkers(): boolean {
  return !(typeof __KEHOACH_WORKER__ === 'string' && !__KEHOACH_WORKER__);
}

/** How many worker threads a batch of `jobs` gets: one per core, none for a small batch or one core. */
export function workerCount(jobs: number, minimum = 4): number {
  if (!haveWorkers()) return 0;
  const cores = Number(process.env.KEHOACH_THREADS) || availableParallelism();
  return jobs >= minimum && cores > 1 ? Math.min(cores, jobs) : 0;
}

/**
 * Runs `jobs` on `threads` worker threads (`batch-worker`), each taking the next job when done, and
 * hands each answer to `onResult` in the main thread as it arrives (which writes files, prints).
 * A worker that fails (crash, out of memory) fails the whole batch with its error.
 */
export async function runInWorkers<J, R>(jobs: readonly J[], threads: number, onResult: (index: number, result: R) => Promise<void> | void): Promise<void> {
  let next = 0;
  const url = workerUrl();
  await Promise.all(Array.from({ length: threads }, () => new Promise<void>((resolve, reject) => {
    // A clean execArgv: workers load the built packages whatever flags started the parent.
    const w = new Worker(url, { execArgv: [] });
    let chain = Promise.resolve();
    let finished = false;
    const give = () => {
      if (next >= jobs.length) {
        finished = true;
        void chain.then(() => w.terminate()).then(() => resolve(), reject);
        return;
      }
      const index = next++;
      w.postMessage({ index, job: jobs[index] });
    };
    w.on('message', (m: { index: number; result: R }) => {
      chain = chain.then(() => onResult(m.index, m.result));
      chain.catch(reject);
      give();
    });
    w.on('error', reject);
    w.on('exit', (code) => {
      if (!finished) reject(new Error(`một luồng xử lý dừng bất thường (mã ${code}) — a worker thread exited`));
    });
    give();
  })));
}
