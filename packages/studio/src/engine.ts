/**
 * The page's side of the worker. `load` runs the latest text only (typing faster than the worker
 * answers drops the stale texts); once a text is loaded and no newer one waits, the content checker
 * runs on it (one check at a time: its findings come a little after the preview). Every other
 * request (files, fixes, imports, clones) waits for its own reply.
 */
import type { CheckReply, ExportFormat, ExportReply, FixReply, Finding, ImportReply, CloneReply, LoadReply, NewPlanForm, NewPlanReply, Reply, Request, UnitForm } from './protocol.js';

/** Distributes `Omit` over a union (`Omit<A | B, 'k'>` would keep only their common keys). */
type Without<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** How long one import may run (seconds), as the command's `--time-limit` default; `?import-seconds=N` sets it. */
export const IMPORT_SECONDS = 30;

function importSeconds(): number {
  const asked = Number(new URLSearchParams(globalThis.location?.search ?? '').get('import-seconds'));
  return Number.isFinite(asked) && asked > 0 ? asked : IMPORT_SECONDS;
}

/** The reply of an import stopped at its time limit. */
function timedOut(seq: number, seconds: number): ImportReply {
  const message = `Đọc tệp quá ${seconds} giây nên đã dừng: tệp quá lớn hoặc được làm ra để làm treo chương trình. — Reading the file took longer than ${seconds} s and was stopped.`;
  return { type: 'imported', seq, diagnostics: [{ code: 'IMPORT_TIME_LIMIT', severity: 'error', message }], report: { unsure: [] } };
}

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

  /** Produces a download of `text` in `format`. */
  exportFile(text: string, format: ExportFormat): Promise<ExportReply> {
    return this.request({ type: 'export', text, format });
  }

  /** `text` with the quick fixes of `findings` applied (comments and layout kept). */
  fix(text: string, findings: Finding[]): Promise<FixReply> {
    return this.request({ type: 'fix', text, findings });
  }

  /**
   * Imports a received DOCX, PDF, text or Markdown file on a worker of its own (the bytes are handed
   * over), stopped after {@link IMPORT_SECONDS}: a hostile file can never hold the editor's worker, and
   * the page stays usable (`IMPORT_TIME_LIMIT`, as the command says it).
   */
  importFile(bytes: Uint8Array, fileName: string): Promise<ImportReply> {
    const seq = ++this.seq;
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'kehoach-import' });
    return new Promise((resolve) => {
      const done = (r: ImportReply) => {
        clearTimeout(timer);
        worker.terminate(); // ends pdf.js's nested worker too
        resolve(r);
      };
      const seconds = importSeconds();
      const timer = setTimeout(() => done(timedOut(seq, seconds)), seconds * 1000);
      worker.onmessage = (e: MessageEvent<Reply>) => e.data.type === 'imported' && done(e.data);
      worker.postMessage({ type: 'import', bytes, fileName, seq }, [bytes.buffer as ArrayBuffer]);
    });
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
