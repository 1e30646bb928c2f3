/**
 * The page's side of the worker: `load` runs the latest text only (typing faster than the worker
 * answers drops the stale texts), `exportFile` waits for its file.
 */
import type { ExportFormat, ExportReply, LoadReply, Reply, Request } from './protocol.js';

/** The worker, behind two calls. */
export class Engine {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'kehoach' });
  private seq = 0;
  private busy = false;
  private pending: string | undefined;
  private readonly waiting = new Map<number, (r: ExportReply) => void>();

  constructor(private readonly onLoaded: (r: LoadReply) => void) {
    this.worker.onmessage = (e: MessageEvent<Reply>) => {
      const r = e.data;
      if (r.type === 'exported') {
        this.waiting.get(r.seq)?.(r);
        this.waiting.delete(r.seq);
        return;
      }
      this.busy = false;
      // A newer text is waiting: its reply will follow; skip showing this stale one.
      if (this.pending === undefined) this.onLoaded(r);
      this.next();
    };
  }

  private post(m: Request): void {
    this.worker.postMessage(m);
  }

  private next(): void {
    if (this.busy || this.pending === undefined) return;
    const text = this.pending;
    this.pending = undefined;
    this.busy = true;
    this.post({ type: 'load', seq: ++this.seq, text });
  }

  /** Loads `text` when the worker is free (only the newest text waits). */
  load(text: string): void {
    this.pending = text;
    this.next();
  }

  /** Produces a download of `text` in `format`. */
  exportFile(text: string, format: ExportFormat): Promise<ExportReply> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.post({ type: 'export', seq, text, format });
    });
  }
}
