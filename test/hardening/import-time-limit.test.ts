// Issue 23: a time budget per import in the CLI. `kehoach import` reads the received file on a worker
// thread of its own, stopped past --time-limit (default 30 s) with IMPORT_TIME_LIMIT: pdf.js parses a
// page's content in one go and cannot be interrupted in its own thread.
import { deflateSync } from 'node:zlib';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cli } from '../run-cli.js';
import { onePagePdf as pdf } from './one-page-pdf.js';

const TEXT = 'BT /F1 12 Tf 72 770 Td 14 TL (KE HOACH cai cach hanh chinh nam 2026) Tj T* (1. Ra soat thu tuc hanh chinh.) Tj ET\n';

test('a PDF whose content stays within the byte budget but takes pdf.js seconds is stopped by the time limit: IMPORT_TIME_LIMIT, nothing written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-budget-'));
  // 38 MB of path operators (under the 40 MiB inflated budget, so not refused beforehand), deflated then hex-encoded
  const flate = deflateSync(Buffer.concat([Buffer.from(TEXT), Buffer.alloc(38 << 20, '0 0 m\n')]), { level: 9 });
  writeFileSync(join(dir, 'in.pdf'), pdf('[/ASCIIHexDecode /FlateDecode]', Buffer.from(flate.toString('hex') + '>')));
  const start = performance.now();
  const r = await cli('import', join(dir, 'in.pdf'), '-o', join(dir, 'out.yaml'), '--time-limit', '1');
  const seconds = (performance.now() - start) / 1000;
  expect(r.code).toBe(1);
  expect(r.err).toContain('IMPORT_TIME_LIMIT');
  expect(r.err).toContain('quá 1 giây');
  expect(seconds).toBeLessThan(15);
  expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
}, 60_000);

test('a received file within its budget imports as before, on its worker thread; --time-limit must be a number of seconds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-budget-'));
  writeFileSync(join(dir, 'in.pdf'), pdf('/FlateDecode', deflateSync(Buffer.from(TEXT))));
  const r = await cli('import', join(dir, 'in.pdf'), '-o', join(dir, 'out.yaml'), '--time-limit', '20');
  expect(r.err).not.toContain('IMPORT_TIME_LIMIT');
  expect(r.err).not.toContain('IMPORT_PDF_ENGINE');
  const bad = await cli('import', join(dir, 'in.pdf'), '--time-limit', 'mot');
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--time-limit');
});
