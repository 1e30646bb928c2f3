#!/usr/bin/env node
// pnpm bench: speed of the DOCX renderer on the five examples. Prints numbers; asserts nothing.
//  1. in-process, warm: loadPlan + renderDocx, and renderDocx alone: the median of RUNS batches of
//     BATCH runs each (a batch shares out the garbage collector's pauses, which single runs catch or miss);
//  2. peak memory (RSS) of this process over all runs;
//  3. the whole CLI process (`node packages/cli/dist/kehoach.mjs render x.yaml`), median of PROC runs;
//  4. for comparison, `pandoc -f markdown -t docx` on the same plan's Markdown, if pandoc is installed;
//  5. cli-speed.mjs: the whole process of each way to run the command, side by side with pandoc;
//  6. batch.mjs: 3,321 communes cloned and rendered by one process (UNITS=… to change, UNITS=0 to skip);
//  7. roll-up.mjs: a province's duties rolled up over 3,321 communes' status (same UNITS).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlan } from '@kehoach/core';
import { renderDocx, setDeflate } from '@kehoach/render-docx';
import { nativeDeflate } from '@kehoach/node';
import { renderMarkdown } from '@kehoach/render-text';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Child processes run without NODE_EXTRA_CA_CERTS: it makes every node start read a certificate
// bundle first (+30 ms where it is set, as in the sandbox of the README's figures).
delete process.env.NODE_EXTRA_CA_CERTS;
const RUNS = Number(process.env.RUNS ?? 50);
const BATCH = Number(process.env.BATCH ?? 10);
const PROC = Number(process.env.PROC ?? 10);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU time of the process (user + system), not the wall clock: on a shared machine a run that is
// descheduled does not count the time it waited.
const time = (f) => {
  const t = process.cpuUsage();
  for (let i = 0; i < BATCH; i++) f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e3 / BATCH;
};
const tmp = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
const havePandoc = spawnSync('pandoc', ['--version']).status === 0;
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}; ${RUNS} × ${BATCH} in-process runs, ${PROC} process runs`);
const files = readdirSync(root + 'examples').filter((x) => x.endsWith('.yaml')).sort();
// Warm-up on every example first, so the first one measured is not the one that pays for the JIT.
for (let i = 0; i < 20; i++) for (const f of files) renderDocx(loadPlan(readFileSync(root + 'examples/' + f)).plan);
// As the CLI and the service do: DOCX compressed by Node's zlib (pako is the default elsewhere).
const pakoFull = Object.fromEntries(files.map((f) => {
  const text = readFileSync(root + 'examples/' + f);
  const xs = [];
  for (let i = 0; i < RUNS; i++) xs.push(time(() => renderDocx(loadPlan(text).plan)));
  return [f, median(xs)];
}));
setDeflate(nativeDeflate);
for (let i = 0; i < 5; i++) for (const f of files) renderDocx(loadPlan(readFileSync(root + 'examples/' + f)).plan);
console.log('example'.padEnd(42), 'load+docx CPU ms', '(pako)', 'docx CPU ms', 'KB', 'CLI process ms', 'pandoc ms');
for (const f of files) {
  const text = readFileSync(root + 'examples/' + f);
  const { plan } = loadPlan(text);
  const full = [];
  const docx = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    full.push(time(() => renderDocx(loadPlan(text).plan)));
    docx.push(time(() => (size = renderDocx(plan).docx.length)));
    sample();
  }
  const proc = [];
  for (let i = 0; i < PROC; i++) {
    const t = process.hrtime.bigint();
    execFileSync('node', [root + 'packages/cli/dist/kehoach.mjs', 'render', root + 'examples/' + f, '-o', join(tmp, 'out.docx'), '-q']);
    proc.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  let pandoc = '-';
  if (havePandoc) {
    const md = join(tmp, 'plan.md');
    writeFileSync(md, renderMarkdown(plan));
    const ts = [];
    for (let i = 0; i < PROC; i++) {
      const t = process.hrtime.bigint();
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', md, '-o', join(tmp, 'pandoc.docx')]);
      ts.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    pandoc = median(ts).toFixed(0);
  }
  console.log(f.replace('.yaml', '').padEnd(42), median(full).toFixed(1).padStart(16), `(${pakoFull[f].toFixed(1)})`.padStart(6), median(docx).toFixed(1).padStart(11), String(Math.round(size / 1024)).padStart(3), median(proc).toFixed(0).padStart(14), pandoc.padStart(9));
}
console.log(`peak RSS of the in-process runs: ${(peakRss / 1048576).toFixed(0)} MB`);

// The render service (examples/server) over HTTP on loopback: median latency of one DOCX render,
// sequential, after a warm-up; and the wall time of 200 concurrent renders.
const { createApp } = await import('../../examples/server/app.mjs');
const server = createApp();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/render?format=docx`;
const body = readFileSync(root + 'examples/tuyen-quang-2025-30-7.yaml');
const once = async () => {
  const r = await fetch(url, { method: 'POST', body });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
};
for (let i = 0; i < 30; i++) await once();
const lat = [];
for (let i = 0; i < PROC * 5; i++) {
  const t = process.hrtime.bigint();
  await once();
  lat.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const t0 = process.hrtime.bigint();
await Promise.all(Array.from({ length: 200 }, once));
const wall = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`service: median ${median(lat).toFixed(1)} ms per DOCX render (sequential, ${lat.length} requests); 200 concurrent renders in ${(wall / 1000).toFixed(2)} s`);
await new Promise((r) => server.close(r));

// The whole process, each way to run it, side by side with pandoc; then the batch figures.
execFileSync('node', [root + 'packages/bench/cli-speed.mjs'], { stdio: 'inherit' });
if (process.env.UNITS !== '0') execFileSync('node', [root + 'packages/bench/batch.mjs'], { stdio: 'inherit' });
if (process.env.UNITS !== '0') execFileSync('node', [root + 'packages/bench/roll-up.mjs'], { stdio: 'inherit' });
