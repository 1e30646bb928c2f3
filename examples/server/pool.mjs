// @ts-check
import { Worker } from 'node:worker_threads';

/** Thrown when a job runs past its time limit (its worker is then replaced). */
export class JobTimeout extends Error {}
/** Thrown when the queue is full. */
export class QueueFull extends Error {}

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
    /** @type {Map<Worker, { id: number, timer?: ReturnType<typeof setTimeout>, resolve: (v: any) => void, reject: (e: Error) => void, payload: any }>} */
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
    job.timer = setTimeout(() => {
      this.jobs.delete(w);
      this.workers.delete(w);
      w.terminate();
      job.reject(new JobTimeout());
      if (!this.closed) this.#spawn();
    }, this.timeoutMs);
    w.postMessage(job.payload);
  }

  /** Runs a job; resolves with the worker's answer. */
  run(payload) {
    return new Promise((resolve, reject) => {
      const job = { id: this.nextId++, payload: null, resolve, reject };
      job.payload = { ...payload, id: job.id };
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
