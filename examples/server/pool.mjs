// @ts-check
import { Worker } from 'node:worker_threads';

/** Thrown when a job runs past its time limit (its worker is then replaced). */
export class JobTimeout extends Error {}
/** Thrown when the queue is full. */
export class QueueFull extends Error {}
/** Thrown when the job's signal aborts (its client hung up): queued, it is dropped; running, its worker is replaced. */
export class JobCancelled extends Error {}

/**
 * A fixed pool of worker threads with a queue and a per-job time limit. A job that runs too long
 * gets its worker terminated and replaced, so one slow request cannot hold the server.
 */
export class WorkerPool {
  /** @param {URL} file @param {{ size: number, timeoutMs: number, maxQueue: number, workerData?: unknown }} options */
  constructor(file, { size, timeoutMs, maxQueue, workerData }) {
    this.file = file;
    this.workerData = workerData;
    this.timeoutMs = timeoutMs;
    this.maxQueue = maxQueue;
    this.queue = [];
    this.nextId = 1;
    this.idle = [];
    this.workers = new Set();
    /** @type {Map<Worker, { id: number, worker?: Worker, timer?: ReturnType<typeof setTimeout>, resolve: (v: any) => void, reject: (e: Error) => void, payload: any }>} */
    this.jobs = new Map();
    for (let i = 0; i < size; i++) this.#spawn();
  }

  #spawn() {
    // A clean execArgv: workers load the built packages whatever flags started the parent
    // (a test runner's --conditions=source would make them load TypeScript sources).
    const w = new Worker(this.file, { execArgv: [], workerData: this.workerData });
    w.unref();
    this.workers.add(w);
    w.on('message', (msg) => {
      const job = this.jobs.get(w);
      if (!job || msg.id !== job.id) return;
      clearTimeout(job.timer);
      this.jobs.delete(w);
      job.resolve(msg);
      this.#release(w);
    });
    w.on('error', (e) => {
      const job = this.jobs.get(w);
      this.jobs.delete(w);
      this.workers.delete(w);
      if (job) {
        clearTimeout(job.timer);
        job.reject(e);
      }
      if (!this.closed) this.#spawn();
    });
    this.#release(w);
  }

  #release(w) {
    const next = this.queue.shift();
    if (next) this.#start(w, next);
    else this.idle.push(w);
  }

  #start(w, job) {
    this.jobs.set(w, job);
    job.worker = w;
    job.timer = setTimeout(() => this.#stop(w, job, new JobTimeout()), this.timeoutMs);
    w.postMessage(job.payload);
  }

  /** Ends a running job with `reason`: its worker is terminated and replaced. */
  #stop(w, job, reason) {
    clearTimeout(job.timer);
    this.jobs.delete(w);
    this.workers.delete(w);
    w.terminate();
    job.reject(reason);
    if (!this.closed) this.#spawn();
  }

  /** Cancels a job: dropped from the queue, or stopped where it runs. */
  #cancel(job) {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new JobCancelled());
    } else if (job.worker && this.jobs.get(job.worker) === job) this.#stop(job.worker, job, new JobCancelled());
  }

  /**
   * Runs a job; resolves with the worker's answer. `signal` (the client's hang-up) cancels it.
   * @param {any} payload @param {AbortSignal} [signal]
   */
  run(payload, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new JobCancelled());
      const job = { id: this.nextId++, payload: null, resolve, reject };
      job.payload = { ...payload, id: job.id };
      signal?.addEventListener('abort', () => this.#cancel(job), { once: true });
      const w = this.idle.pop();
      if (w) this.#start(w, job);
      else if (this.queue.length >= this.maxQueue) reject(new QueueFull());
      else this.queue.push(job);
    });
  }

  /** Stops every worker. */
  async close() {
    this.closed = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }
}
