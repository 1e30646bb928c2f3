import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { ROOT } from '../helpers.js';
import { documentText, openDocx } from '../render/docx-helpers.js';
// @ts-expect-error plain ESM example without type declarations
import { createApp } from '../../examples/server/app.mjs';

type Server = import('node:http').Server;
const YAML = readFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`);
let server: Server;
let base: string;

beforeAll(async () => {
  server = createApp({ maxBodyBytes: 256 * 1024, workers: 2 }) as Server;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

const post = (path: string, body: BodyInit, type = 'application/yaml') =>
  fetch(base + path, { method: 'POST', body, headers: { 'content-type': type } });

describe('the render service over real HTTP on loopback', () => {
  test('POST /render?format=docx answers the Decree 30 document', async () => {
    const r = await post('/render?format=docx', YAML);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="ke-hoach.docx"');
    const text = documentText(openDocx(new Uint8Array(await r.arrayBuffer())).document);
    expect(text).toContain('Số: 15/KH-UBND');
    expect(text).toContain('Tuyên Quang, ngày 24 tháng 7 năm 2025');
  });
  test.each([
    ['/render?format=md', 'text/markdown; charset=utf-8', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**'],
    ['/render?format=txt', 'text/plain; charset=utf-8', 'b) Chỉ đạo các doanh nghiệp viễn thông gửi tin nhắn SMS'],
    ['/checklist?format=csv', 'text/csv; charset=utf-8', 'STT,Mã,Nội dung'],
  ])('POST %s', async (path, type, expected) => {
    const r = await post(path, YAML);
    expect([r.status, r.headers.get('content-type')]).toEqual([200, type]);
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(bytes.toString('utf8')).toContain(expected);
    // The CSV starts with a BOM for Excel (fetch's text() would strip it, so check the bytes).
    if (path.includes('csv')) expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  test('POST /checklist (JSON) and ?format=ics', async () => {
    const json = await (await post('/checklist', YAML)).json();
    expect(json.items.find((i: { id: string }) => i.id.endsWith('khcn-tin-nhan-sms/lead/so-khcn')).due).toBe('2025-09-30');
    const ics = await (await post('/checklist?format=ics', YAML)).text();
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vtodo').length).toBe(json.items.length);
  });
  test('a plan sent as JSON is accepted; /validate answers valid', async () => {
    const { loadPlan } = await import('kehoach');
    const input = loadPlan(YAML).plan!.input;
    const r = await post('/validate', JSON.stringify(input), 'application/json');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ valid: true, diagnostics: [] });
  });
  test('an invalid plan: 422 with the diagnostics, line and column', async () => {
    const broken = YAML.toString().replace('lead: so-khcn', 'lead: so-khcnn');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('so-khcnn')) + 1;
    const r = await post('/render', broken);
    expect(r.status).toBe(422);
    const body = await r.json();
    expect(body.diagnostics.map((d: { code: string; line: number; column: number }) => [d.code, d.line, d.column])).toEqual([['UNKNOWN_AGENCY', line, lines[line - 1]!.indexOf('so-khcnn') + 1]]);
  });
  test('malformed bodies: broken JSON, not UTF-8, empty', async () => {
    const j = await post('/validate', '{"issuer": {', 'application/json');
    expect(j.status).toBe(422);
    expect((await j.json()).diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 'request.json', line: 1 });
    const latin1 = await post('/validate', new Uint8Array([0x74, 0x3a, 0x20, 0xe9, 0x0a]));
    expect((await latin1.json()).diagnostics[0].code).toBe('INPUT_NOT_UTF8');
    expect((await (await post('/validate', '')).json()).diagnostics[0].code).toBe('INPUT_EMPTY');
  });
  test('oversize bodies get 413 with a message, declared or streamed', async () => {
    const big = new Uint8Array(300 * 1024).fill(0x61);
    const r = await post('/render', big);
    expect(r.status).toBe(413);
    expect((await r.json()).error).toMatch(/^Nội dung quá lớn; giới hạn 256 KB/);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/render`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => resolve(res.statusCode!));
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write(new Uint8Array(64 * 1024).fill(0x62));
      req.end();
    }).catch(() => 413);
    expect(streamed).toBe(413);
  });
  test('wrong method, unknown path, unknown format', async () => {
    const g = await fetch(`${base}/render`);
    expect([g.status, g.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await post('/khong-co', YAML)).status).toBe(404);
    expect((await post('/render?format=pdf', YAML)).status).toBe(400);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
  test('200 concurrent renders: every answer is the same correct document', async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => post('/render?format=docx', YAML).then(async (r) => [r.status, Buffer.from(await r.arrayBuffer())] as const)));
    expect(answers.every(([s]) => s === 200)).toBe(true);
    const first = answers[0]![1];
    expect(answers.every(([, b]) => b.equals(first))).toBe(true);
    expect(documentText(openDocx(first).document)).toContain('KẾ HOẠCH');
  }, 120_000);
});

test('a render that runs past the time limit gets 503 and the service keeps answering', async () => {
  const slow = createApp({ timeoutMs: 1, workers: 1 }) as Server;
  await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
  const r = await fetch(`${url}/render`, { method: 'POST', body: YAML });
  expect(r.status).toBe(503);
  expect((await r.json()).error).toBe('Quá thời gian xử lý.');
  expect((await fetch(`${url}/health`)).status).toBe(200);
  await new Promise((res) => slow.close(res));
});

test('CORS only for the listed origins, preflight included', async () => {
  const app = createApp({ workers: 1, corsOrigins: ['https://congthongtin.example.vn'] }) as Server;
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  const pre = await fetch(`${url}/render`, { method: 'OPTIONS', headers: { origin: 'https://congthongtin.example.vn', 'access-control-request-method': 'POST' } });
  expect([pre.status, pre.headers.get('access-control-allow-origin'), pre.headers.get('access-control-allow-methods')]).toEqual([204, 'https://congthongtin.example.vn', 'POST']);
  const ok = await fetch(`${url}/validate`, { method: 'POST', body: YAML, headers: { origin: 'https://congthongtin.example.vn' } });
  expect(ok.headers.get('access-control-allow-origin')).toBe('https://congthongtin.example.vn');
  const other = await fetch(`${url}/validate`, { method: 'POST', body: YAML, headers: { origin: 'https://la.example.com' } });
  expect([other.status, other.headers.get('access-control-allow-origin')]).toEqual([200, null]);
  expect((await fetch(`${url}/render`, { method: 'OPTIONS', headers: { origin: 'https://la.example.com' } })).status).toBe(403);
  // Interleaved requests from an allowed and another origin each get their own headers.
  const mixed = await Promise.all(Array.from({ length: 20 }, (_, i) => {
    const o = i % 2 ? 'https://congthongtin.example.vn' : 'https://la.example.com';
    return fetch(`${url}/render?format=txt`, { method: 'POST', body: YAML, headers: { origin: o } }).then((r) => [o, r.headers.get('access-control-allow-origin')]);
  }));
  for (const [o, got] of mixed) expect(got).toBe(o === 'https://congthongtin.example.vn' ? o : null);
  await new Promise((r) => app.close(r));
});

test('the service never touches the file system: no fs import in its code', () => {
  for (const f of ['app.mjs', 'worker.mjs', 'pool.mjs', 'server.mjs']) {
    expect(readFileSync(`${ROOT}examples/server/${f}`, 'utf8'), f).not.toMatch(/node:fs|from 'fs'|require\('fs'\)/);
  }
});
