import { Worker } from 'node:worker_threads';
import { haveWorkers, workerUrl } from './worker-pool.js';

/** Limits of one job run on its own worker thread. */
export interface RunLimits {
  /** Wall time in milliseconds; 0: none. */
  timeMs: number;
  /** V8 heap of the thread in MB (its old generation). */
  heapMb: number;
}

/** The answer of a limited run: the job's result, or which limit stopped it. */
export type Limited<R> = { result: R } | { stopped: 'time' | 'memory' };

/**
 * Runs one job (a `batch-worker` message) on a worker thread of its own, stopped when it runs longer
 * than `timeMs` or its heap grows past `heapMb`: `worker.terminate()` interrupts even a loop that
 * never yields (pdf.js parsing a hostile PDF in one go), which a timer in the same thread cannot.
 * A build without workers runs `inThread` instead, unlimited. Other failures of the thread reject.
 */
export function runLimited<J, R>(job: J, limits: RunLimits, inThread: (job: J) => Promise<R>): Promise<Limited<R>> {
  if (!haveWorkers()) return inThread(job).then((result) => ({ result }));
  return new Promise((resolve, reject) => {
    const w = new Worker(workerUrl(), { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
    let settled = false;
    const settle = (answer: Limited<R> | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void w.terminate();
      if (answer instanceof Error) reject(answer);
      else resolve(answer);
    };
    const timer = limits.timeMs > 0 ? setTimeout(() => settle({ stopped: 'time' }), limits.timeMs) : undefined;
    w.on('message', (m: { result: R }) => settle({ result: m.result }));
    w.on('error', (e: Error & { code?: string }) => settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { stopped: 'memory' } : e));
    w.on('exit', (code) => settle(new Error(`một luồng xử lý dừng bất thường (mã ${code}) — a worker thread exited`)));
    w.postMessage({ index: 0, job });
  });
}
