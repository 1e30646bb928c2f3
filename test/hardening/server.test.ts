import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { ROOT } from '../helpers.js';
import { MINIMAL } from './minimal-plan.js';
// @ts-expect-error plain ESM example without type declarations
import { createApp } from '../../examples/server/app.mjs';

// Issue 10, items 2 (through the service), 14 (422 size) and 16 (the interface it listens on).

type Server = import('node:http').Server;
let server: Server;
let base: string;
beforeAll(async () => {
  server = createApp({ workers: 1 }) as Server;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});
const post = (path: string, body: string) => fetch(base + path, { method: 'POST', body, headers: { 'content-type': 'application/yaml' } });

describe('the service', () => {
  test('item 2: POST /checklist?format=ics escapes a line break in the issuer', async () => {
    const yaml = MINIMAL.replace('name: Ủy ban nhân dân xã A', `name: ${JSON.stringify('A\r\nBEGIN:VEVENT\r\nSUMMARY:giả\r\nEND:VEVENT')}`);
    const r = await post('/checklist?format=ics', yaml);
    expect(r.status).toBe(200);
    const cal = new ICAL.Component(ICAL.parse(await r.text()));
    expect(cal.getAllSubcomponents().map((c) => c.name)).toEqual(['vevent', 'vtodo']);
  });

  test('item 14: a 2 MiB single value gets a short 422, not the value twice', async () => {
    const r = await post('/validate', 'kind: ' + 'x'.repeat(2 * 1024 * 1024 - 200) + '\n');
    expect(r.status).toBe(422);
    const body = await r.text();
    expect(body.length).toBeLessThan(20_000);
  });

  test('sibling of item 14: thousands of mistakes are answered with the first 100 and a count', async () => {
    const many = MINIMAL + Array.from({ length: 5000 }, (_, i) => `sai${i}: 1`).join('\n') + '\n';
    const r = await post('/validate', many);
    const body = (await r.json()) as { diagnostics: unknown[]; truncated: number };
    expect([r.status, body.diagnostics.length, body.truncated]).toEqual([422, 100, 4900]);
  });
});

describe('item 16: pnpm serve binds HOST, by default 127.0.0.1', () => {
  test('without HOST it listens on loopback only', async () => {
    const child = spawn('node', [`${ROOT}examples/server/server.mjs`], { env: { ...process.env, PORT: '0', HOST: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
    delete (child as { env?: unknown }).env;
    const line = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString())));
    child.kill('SIGTERM');
    expect(line).toMatch(/^kehoach: đang phục vụ tại http:\/\/127\.0\.0\.1:\d+ /);
  });

  test('HOST=::1 is honoured (and HOST=0.0.0.0 would be for containers)', async () => {
    const child = spawn('node', [`${ROOT}examples/server/server.mjs`], { env: { ...process.env, PORT: '0', HOST: '::1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((resolve) => {
      child.stdout!.once('data', (d: Buffer) => resolve(d.toString()));
      child.once('exit', () => resolve('exited'));
    });
    child.kill('SIGTERM');
    // A machine without IPv6 cannot bind ::1; otherwise the service says where it listens.
    if (line !== 'exited') expect(line).toMatch(/^kehoach: đang phục vụ tại http:\/\/\[::1\]:\d+ /);
  });
});
