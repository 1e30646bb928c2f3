import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILT_IN_OUTPUTS, outputs, unregisterOutput } from 'kehoach';
import { pdfOutput } from 'kehoach/node';
import { ROOT } from '../helpers.js';
import { cli } from '../run-cli.js';
// @ts-expect-error plain ESM example without type declarations
import { createApp } from '../../examples/server/app.mjs';

// The output registry (packages/kehoach/src/outputs/): each entry ↔ its file, and an output added at
// run time — the test-only `dem` outputs of test/outputs/count-outputs.mjs, one entry each and
// nothing else — is a choice of the CLI with its label in the help, and a route of the service. The
// studio's buttons are checked in test/browser/studio.test.ts, which builds the studio with them.

const OUTPUTS_DIR = `${ROOT}packages/kehoach/src/outputs/`;
const COUNT_MODULE = new URL('../outputs/count-outputs.mjs', import.meta.url);

describe('the built-in outputs', () => {
  test('one file per output, named <input>-<id>.ts, and every file listed once', () => {
    const files = readdirSync(OUTPUTS_DIR).filter((f) => /^(plan|checklist|status)-.+\.ts$/.test(f)).sort();
    // plan-pdf.ts is registered by kehoach/node, not among the built-ins every runtime loads.
    expect([...BUILT_IN_OUTPUTS.map((o) => `${o.input}-${o.id}.ts`), `plan-${pdfOutput.id}.ts`].sort()).toEqual(files);
    for (const f of files) expect(readFileSync(OUTPUTS_DIR + f, 'utf8'), f).toMatch(/export default defineOutput\(\{\n {2}id: '[a-z0-9-]+',\n {2}input: '(plan|checklist|status)',/);
    expect(readFileSync(OUTPUTS_DIR + 'built-in.ts', 'utf8').match(/^import \w+ from '\.\/(plan|checklist|status)-[a-z0-9-]+\.js';$/gm)).toHaveLength(BUILT_IN_OUTPUTS.length);
  });
  test('ids unique per input; extension, media type and Vietnamese labels filled; text outputs say their charset', () => {
    for (const input of ['plan', 'checklist', 'status'] as const) {
      const ids = outputs(input).map((o) => o.id);
      expect(new Set(ids).size, input).toBe(ids.length);
    }
    for (const o of outputs()) {
      expect([o.extension, o.label, o.shortLabel].every((s) => s.trim().length > 0), o.id).toBe(true);
      expect(o.mediaType).toMatch(o.binary ? /^application\/(pdf|vnd\.)/ : /; charset=utf-8$/);
    }
  });
  test('the lists, in the order help texts and buttons show them (kehoach/node puts pdf after docx)', () => {
    expect(outputs('plan').map((o) => o.id)).toEqual(['docx', 'pdf', 'md', 'txt', 'edxml']);
    expect(outputs('checklist').map((o) => o.id)).toEqual(['json', 'md', 'csv', 'ics', 'docx', 'xlsx']);
    expect(outputs('status').map((o) => o.id)).toEqual(['txt', 'json', 'xlsx', 'don-doc', 'bao-cao']);
    expect(outputs('plan').filter((o) => o.purpose === 'exchange').map((o) => o.id)).toEqual(['edxml']);
  });
});

describe('an output registered at run time is a CLI choice, in the help, and a route of the service', () => {
  let dir: string;
  let plan: string;
  let server: import('node:http').Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-outputs-'));
    plan = join(dir, 'kh.yaml');
    copyFileSync(`${ROOT}examples/tuyen-quang-2025-30-7.yaml`, plan);
    expect((await cli('render', '--help')).out).not.toContain('dem');
    await import(COUNT_MODULE.href);
    server = createApp({ workers: 1, modules: [COUNT_MODULE] });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    unregisterOutput('plan', 'dem');
    unregisterOutput('checklist', 'dem');
    const help = await cli('render', '--help');
    expect(help.out).toContain('-f, --format docx|pdf|md|txt  định dạng xuất');
    expect(help.out).not.toContain('dem');
  });

  test('kehoach render: a --format choice, with its label in the help; renders to <plan>.<extension>', async () => {
    const help = await cli('render', '--help');
    expect(help.out).toContain('-f, --format docx|pdf|md|txt|dem');
    expect(help.out).toMatch(/^ +dem +số nhiệm vụ \(định dạng thử\)$/m);
    expect(help.out).toMatch(/^ +docx +văn bản Word đúng thể thức Nghị định 30$/m);
    const r = await cli('render', plan, '-f', 'dem', '-q');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'kh.dem.txt'), 'utf8')).toBe('28 nhiệm vụ\n');
    expect((await cli('render', plan, '--format', 'de')).err).toContain('--format phải là docx, pdf, md, txt hoặc dem (nhận được “de”)');
  });
  test('kehoach checklist: a --format choice, with its label; --agency and --split reach it', async () => {
    const help = await cli('checklist', '--help');
    expect(help.out).toContain('-f, --format json|md|csv|ics|docx|xlsx|dem');
    expect(help.out).toMatch(/^ +dem +số việc trong danh mục \(định dạng thử\)$/m);
    const one = await cli('checklist', plan, '-f', 'dem', '--agency', 'so-khcn', '-o', '-');
    expect([one.code, one.out]).toEqual([0, '3 việc của so-khcn\n']);
    expect((await cli('checklist', plan, '-f', 'dem', '--split', join(dir, 'tach'), '-q')).code).toBe(0);
    expect(readFileSync(join(dir, 'tach', 'so-kh-cn.dem.txt'), 'utf8')).toBe('3 việc của so-khcn\n');
    // Exchange outputs are `kehoach export`'s: a document output is not one of them.
    expect((await cli('export', plan, '-f', 'dem')).code).toBe(2);
  });
  test('the service: /render and /checklist take it (each worker imports the module), and say so when asked for another', async () => {
    const yaml = readFileSync(plan);
    const post = (path: string) => fetch(base + path, { method: 'POST', body: yaml, headers: { 'content-type': 'application/yaml' } });
    const r = await post('/render?format=dem');
    expect([r.status, r.headers.get('content-type'), r.headers.get('content-disposition')]).toEqual([200, 'text/plain; charset=utf-8', 'attachment; filename="ke-hoach.dem.txt"']);
    expect(await r.text()).toBe('28 nhiệm vụ\n');
    const c = await post('/checklist?format=dem');
    expect([c.status, c.headers.get('content-disposition')]).toEqual([200, 'attachment; filename="nhiem-vu.dem.txt"']);
    expect(await c.text()).toMatch(/^\d+ việc\n$/);
    const bad = await post('/render?format=khong-co');
    expect(bad.status).toBe(400);
    // PDF waits for LibreOffice: the service does not offer it, even with kehoach/node loaded.
    expect((await bad.json()).error).toBe('format phải là docx, md, txt, dem.');
    expect((await (await post('/checklist?format=khong-co')).json()).error).toBe('format phải là json, md, csv, ics, docx, xlsx, dem.');
    expect((await (await post('/export?format=khong-co')).json()).error).toBe('format phải là edxml.');
  });
});
