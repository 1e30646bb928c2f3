/**
 * The page's side of the worker. `load` runs the latest text only (typing faster than the worker
 * answers drops the stale texts); once a text is loaded and no newer one waits, the content checker
 * runs on it (one check at a time: its findings come a little after the preview). Every other
 * request (files, fixes, imports, clones) waits for its own reply.
 */
import type { CheckReply, ExportFormat, ExportReply, FixReply, Finding, ImportReply, CloneReply, LoadReply, NewPlanForm, NewPlanReply, OutputsReply, Reply, Request, UnitForm } from './protocol.js';

/** Distributes `Omit` over a union (`Omit<A | B, 'k'>` would keep only their common keys). */
type Without<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** The worker, behind a few calls. */
export class Engine {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'kehoach' });
  private seq = 0;
  private busy = false;
  private pending: string | undefined;
  /** The text the last shown load was of, and the check in flight or wanted. */
  private loadedText: string | undefined;
  private checking: number | undefined;
  private checkWanted = false;
  private readonly waiting = new Map<number, (r: Reply) => void>();

  constructor(
    private readonly onLoaded: (r: LoadReply) => void,
    private readonly onChecked: (r: CheckReply) => void,
  ) {
    this.worker.onmessage = (e: MessageEvent<Reply>) => {
      const r = e.data;
      if (r.type === 'loaded') return this.whenLoaded(r);
      if (r.type === 'checked') return this.whenChecked(r);
      this.waiting.get(r.seq)?.(r);
      this.waiting.delete(r.seq);
    };
  }

  private whenLoaded(r: LoadReply): void {
    this.busy = false;
    // A newer text is waiting: its reply will follow; skip showing this stale one.
    if (this.pending === undefined) {
      this.onLoaded(r);
      this.checkWanted = true;
      this.check();
    }
    this.next();
  }

  private whenChecked(r: CheckReply): void {
    this.checking = undefined;
    if (this.pending === undefined && !this.busy && r.text === this.loadedText) this.onChecked(r);
    this.check();
  }

  /** Starts a check of the last loaded text when none runs and the worker has no newer text to load. */
  private check(): void {
    if (!this.checkWanted || this.checking !== undefined || this.pending !== undefined || this.busy || this.loadedText === undefined) return;
    this.checkWanted = false;
    this.checking = ++this.seq;
    this.worker.postMessage({ type: 'check', seq: this.checking, text: this.loadedText } satisfies Request);
  }

  private next(): void {
    if (this.busy || this.pending === undefined) return;
    const text = this.pending;
    this.pending = undefined;
    this.busy = true;
    this.loadedText = text;
    this.worker.postMessage({ type: 'load', seq: ++this.seq, text } satisfies Request);
  }

  /** Sends a request and waits for its reply. */
  private request<R extends Reply>(m: Without<Request, 'seq'>, transfer: Transferable[] = []): Promise<R> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve as (r: Reply) => void);
      this.worker.postMessage({ ...m, seq }, transfer);
    });
  }

  /** Loads `text` when the worker is free (only the newest text waits), then checks it. */
  load(text: string): void {
    this.pending = text;
    this.next();
  }

  /** The outputs the worker makes (kehoach's registry), for the download buttons. */
  outputs(): Promise<OutputsReply> {
    return this.request({ type: 'outputs' });
  }

  /** Produces a download of `text` in `format`. */
  exportFile(text: string, format: ExportFormat): Promise<ExportReply> {
    return this.request({ type: 'export', text, format });
  }

  /** `text` with the quick fixes of `findings` applied (comments and layout kept). */
  fix(text: string, findings: Finding[]): Promise<FixReply> {
    return this.request({ type: 'fix', text, findings });
  }

  /** Imports a received DOCX, PDF, text or Markdown file (the bytes are handed over to the worker). */
  importFile(bytes: Uint8Array, fileName: string): Promise<ImportReply> {
    return this.request({ type: 'import', bytes, fileName }, [bytes.buffer as ArrayBuffer]);
  }

  /** A blank plan for a unit (kehoach's `newPlan`), or what it still needs. */
  newPlan(options: NewPlanForm): Promise<NewPlanReply> {
    return this.request({ type: 'new', options });
  }

  /** Clones the plan in `text` for a lower unit. */
  clone(text: string, unit: UnitForm): Promise<CloneReply> {
    return this.request({ type: 'clone', text, unit });
  }
}
