#!/usr/bin/env node
// pnpm probe: how long each refused input of issue 10 takes to be answered, and the memory it
// takes. Each case runs in a fresh process (so its peak memory is its own); prints a table of
// numbers and asserts nothing. `pnpm probe rock-n-roll-2m zip-bomb` runs only those cases.
// Columns: the answer (diagnostic codes), the time of the timed run, the peak memory of the
// process (the set-up that builds the input included), and how much the run grew it.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CASES } from './probe-cases.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
if (process.argv[2] === '--one') {
  const [, setup, run] = CASES[process.argv[3]];
  const input = setup();
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const t = process.hrtime.bigint();
  const answer = await run(input);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  // Peak memory of the process while it ran (the set-up included), and the growth during the run.
  process.stdout.write(JSON.stringify({ answer, ms, rssMb: process.resourceUsage().maxRSS / 1024, growMb: (process.memoryUsage().rss - before) / 1048576 }));
  process.exit(0);
}
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(CASES);
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}`);
console.log(`${'case'.padEnd(20)} ${'answer'.padEnd(34)} ${'ms'.padStart(8)} ${'peak MB'.padStart(8)} ${'+MB'.padStart(6)}  what`);
for (const name of names) {
  let line;
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', here + 'probe.mjs', '--one', name], { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 300_000 });
    const r = JSON.parse(out);
    line = `${name.padEnd(20)} ${String(r.answer).slice(0, 34).padEnd(34)} ${r.ms.toFixed(0).padStart(8)} ${r.rssMb.toFixed(0).padStart(8)} ${r.growMb.toFixed(0).padStart(6)}`;
  } catch (e) {
    line = `${name.padEnd(20)} ${'FAILED: ' + String(e.message).split('\n')[0].slice(0, 60)}`;
  }
  console.log(`${line}  ${CASES[name][0]}`);
}
