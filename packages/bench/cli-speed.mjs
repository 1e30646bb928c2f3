#!/usr/bin/env node
// The whole CLI process against pandoc, side by side: each round runs every command once, in turn,
// so that the machine's load falls on all of them alike. Prints medians; asserts nothing.
// Usage: node packages/bench/cli-speed.mjs [rounds]  (pandoc: packages/bench/install-pandoc.sh)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = Number(process.argv[2] ?? process.env.PROC ?? 15);
const tmp = mkdtempSync(join(tmpdir(), 'kehoach-cli-speed-'));
const plan = root + 'examples/lang-son-2019.yaml';
const bin = root + 'packages/cli/dist/kehoach.mjs';
const md = join(tmp, 'lang-son-2019.md');
execFileSync('node', [bin, 'render', plan, '-f', 'md', '-o', md, '-q']);
const havePandoc = spawnSync('pandoc', ['--version']).status === 0;
const runs = {
  'node -e 0': ['node', ['-e', '0']],
  'kehoach --version': ['node', [bin, '--version']],
  'kehoach render lang-son-2019 (DOCX)': ['node', [bin, 'render', plan, '-o', join(tmp, 'k.docx'), '-q']],
  ...(havePandoc ? { 'pandoc -f markdown -t docx (same plan)': ['pandoc', ['-f', 'markdown', '-t', 'docx', md, '-o', join(tmp, 'p.docx')]] } : {}),
};
const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (let r = 0; r < ROUNDS + 1; r++) {
  for (const [name, [cmd, args]] of Object.entries(runs)) {
    const t = process.hrtime.bigint();
    execFileSync(cmd, args, { stdio: 'ignore' });
    if (r > 0) times[name].push(Number(process.hrtime.bigint() - t) / 1e6); // round 0 warms the disk cache
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${ROUNDS} rounds, median ms`);
const pandoc = havePandoc ? median(times['pandoc -f markdown -t docx (same plan)']) : undefined;
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(`  ${name.padEnd(42)} ${m.toFixed(0).padStart(6)} ms${pandoc ? `  ${(m / pandoc).toFixed(2)}× pandoc` : ''}`);
}
if (!havePandoc) console.log('  (pandoc not installed: packages/bench/install-pandoc.sh; compare with node -e 0 above)');
writeFileSync(join(tmp, 'done'), '');
