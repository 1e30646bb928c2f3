// A tiny Language Server Protocol client for tests: JSON-RPC 2.0 over a child process's stdio with
// Content-Length framing. Enough to talk to yaml-language-server as VS Code does: requests with
// answers, notifications, and answers to the server's own requests (workspace/configuration …).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners: Array<(m: Message) => void> = [];
  /** Every notification received, in order (method and params). */
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  /** Every request the server sent the client, by method. */
  readonly serverRequests: string[] = [];
  /** What the server wrote on stderr (for failure messages). */
  stderr = '';

  constructor(command: string, args: string[], private readonly answer: (method: string, params: unknown) => unknown) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}): ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  private send(m: Message): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (!Number.isFinite(length)) throw new Error('LSP: a header without Content-Length');
      if (this.buffer.length < end + 4 + length) return;
      const m = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(m);
    }
  }

  private dispatch(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      // A request from the server: answer it (configuration, capability registration, progress …).
      this.serverRequests.push(m.method);
      this.send({ jsonrpc: '2.0', id: m.id, result: this.answer(m.method, m.params) ?? null });
    } else if (m.method !== undefined) {
      this.notifications.push({ method: m.method, params: m.params });
    } else if (m.id !== undefined) {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error) p?.reject(new Error(`${m.error.code}: ${m.error.message}`));
      else p?.resolve(m.result);
    }
    for (const l of [...this.listeners]) l(m);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or to come) that matches. */
  waitFor<T = unknown>(method: string, match: (params: T) => boolean = () => true): Promise<T> {
    const seen = this.notifications.find((n) => n.method === method && match(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve) => {
      const l = (m: Message) => {
        if (m.method === method && m.id === undefined && match(m.params as T)) {
          this.listeners.splice(this.listeners.indexOf(l), 1);
          resolve(m.params as T);
        }
      };
      this.listeners.push(l);
    });
  }

  /** Asks the server to shut down, then ends the process if it has not gone within a second. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 1000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 1000);
    await gone;
    clearTimeout(timer);
  }
}
