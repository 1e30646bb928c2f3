import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import { expect, test } from 'vitest';
import { ROOT } from '../../../test/helpers.js';

// Regression: toCsv used csv-stringify's Node entry, which reads Node's global `Buffer` when it is
// imported, so `kehoach` failed to load in a browser or a worker as soon as a bundle included it.
// Bundled for the browser and run where there is no Buffer, toCsv must work.
test('toCsv runs where there is no Buffer (a browser, a worker)', async () => {
  const r = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    build: {
      write: false,
      minify: false,
      lib: { entry: `${ROOT}packages/checklist/src/to-csv.ts`, formats: ['iife'], name: 'csv' },
    },
  });
  const code = (Array.isArray(r) ? r[0]! : (r as { output: Array<{ code?: string }> })).output[0]!.code!;
  expect(code).not.toMatch(/\bBuffer\.from\(\[239/); // no bare reference at import time
  const sandbox: Record<string, unknown> = {};
  runInNewContext(`${code}\nresult = csv.toCsv({ plan: { citation: 'KH 1' }, items: [] });`, sandbox);
  expect(sandbox.result).toBe('\ufeffSTT,Mã,Nội dung,Chủ trì,Phối hợp,Bắt đầu,Hạn,Thời gian (theo kế hoạch),Bắt đầu (ISO),Hạn (ISO),Loại hạn,Giờ,Trạng thái,Căn cứ,Cơ quan thực hiện,Mã theo dõi\r\n');
});
