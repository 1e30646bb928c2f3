import { connect } from 'node:net';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import PizZip from 'pizzip';
import { cli } from '../run-cli.js';
import { MINIMAL } from './minimal-plan.js';
// @ts-expect-error plain ESM example without type declarations
import { createApp } from '../../examples/server/app.mjs';
// @ts-expect-error plain ESM example without type declarations
import { JobCancelled, WorkerPool } from '../../examples/server/pool.mjs';

// Issue 23: received files and requests are hostile too. The service survives a malformed request
// target and cancels the job of a client that left; a plan that would explode the checklist is
// refused; the CLI writes nothing for a hostile received file. (Timings: `pnpm probe:hostile`.)

type Server = import('node:http').Server;
let server: Server;
let port: number;
beforeAll(async () => {
  server = createApp({ workers: 1, maxOutputBytes: 4000 }) as Server;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});
const post = (path: string, body: string) => fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/yaml' } });
const WEEKLY_1900_2200 = MINIMAL.replace('period: { year: 2025 }', 'period: { from: 1900, to: 2200 }').replace('time: { by: 2025-05-01 }', 'time: { every: week, weekday: 4 }');

/** The status line the service answers a raw request with. */
const raw = (request: string) =>
  new Promise<string>((resolve) => {
    const s = connect(port, '127.0.0.1', () => s.write(request));
    let got = '';
    s.on('data', (d) => (got += d));
    s.on('close', () => resolve(got.split('\r\n')[0] ?? ''));
    s.on('error', () => resolve('error'));
  });

describe('the service under attack', () => {
  test('GET //[ is a 400 and the service goes on answering', async () => {
    expect(await raw('GET //[ HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  });

  test('a checklist past its limits is a 422 with CHECKLIST_TOO_MANY_DATES, not a 20 MB calendar', async () => {
    const r = await post('/checklist?format=ics', WEEKLY_1900_2200);
    const body = (await r.json()) as { diagnostics: { code: string }[] };
    expect([r.status, body.diagnostics.map((d) => d.code)]).toEqual([422, ['CHECKLIST_TOO_MANY_DATES']]);
  });

  test('an answer larger than maxOutputBytes is a 422 that says why', async () => {
    const r = await post('/render?format=docx', MINIMAL);
    const body = (await r.json()) as { error: string; errorEn: string };
    expect(r.status).toBe(422);
    expect(body.error).toMatch(/^Kết quả quá lớn/);
    expect(body.errorEn).toMatch(/^The result is too large/);
  });
});

describe('the worker pool cancels the job of a client that left', () => {
  const worker = new URL('../../examples/server/worker.mjs', import.meta.url);
  const job = { op: 'validate', format: 'json', body: new TextEncoder().encode(MINIMAL), contentType: 'application/yaml' };

  test('queued: it leaves the queue; running: its worker is replaced and the next job is answered', async () => {
    const pool = new WorkerPool(worker, { size: 1, timeoutMs: 30_000, maxQueue: 10 });
    try {
      const running = new AbortController();
      const queued = new AbortController();
      const first = pool.run(job, running.signal);
      const second = pool.run(job, queued.signal);
      queued.abort();
      running.abort();
      await expect(second).rejects.toBeInstanceOf(JobCancelled);
      await expect(first).rejects.toBeInstanceOf(JobCancelled);
      const next = await pool.run(job);
      expect(next.status).toBe(200);
    } finally {
      await pool.close();
    }
  });

  test('a signal already aborted never starts the job', async () => {
    const pool = new WorkerPool(worker, { size: 1, timeoutMs: 30_000, maxQueue: 10 });
    try {
      await expect(pool.run(job, AbortSignal.abort())).rejects.toBeInstanceOf(JobCancelled);
    } finally {
      await pool.close();
    }
  });
});

describe('the CLI writes nothing for a hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'));
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const docx = (body: string) => {
    const zip = new PizZip();
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
    return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
  const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;

  test('kehoach import of tables nested 30 deep: IMPORT_TABLES_TOO_DEEP, exit 1, no YAML', async () => {
    writeFileSync(join(dir, 'nested.docx'), docx(`<w:tbl><w:tr><w:tc>${para('Ô.')}`.repeat(30) + para('x') + '</w:tc></w:tr></w:tbl>'.repeat(30)));
    const r = await cli('import', join(dir, 'nested.docx'), '-o', join(dir, 'nested.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('IMPORT_TABLES_TOO_DEEP');
    expect(existsSync(join(dir, 'nested.yaml'))).toBe(false);
  });

  test('kehoach check of the same file: the same error', async () => {
    const r = await cli('check', join(dir, 'nested.docx'));
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain('IMPORT_TABLES_TOO_DEEP');
  });

  test('kehoach checklist of a weekly duty over 1900–2200: CHECKLIST_TOO_MANY_DATES, no calendar', async () => {
    writeFileSync(join(dir, 'weekly.yaml'), WEEKLY_1900_2200);
    const r = await cli('checklist', join(dir, 'weekly.yaml'), '--format', 'ics', '-o', join(dir, 'weekly.ics'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('CHECKLIST_TOO_MANY_DATES');
    expect(existsSync(join(dir, 'weekly.ics'))).toBe(false);
  });
});
