#!/usr/bin/env node
// The whole CLI process against pandoc, side by side: each round runs every command once, in turn,
// so that the machine's load falls on all of them alike. Prints medians; asserts nothing.
// Usage: node packages/bench/cli-speed.mjs [rounds]  (pandoc: packages/bench/install-pandoc.sh)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
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
const fast = root + 'packages/cli/dist/kehoach-fast';
const pnpmBin = spawnSync('npx', ['-y', 'pnpm@10', '--version']).status === 0;
const out = join(tmp, 'k.docx');
const runs = {
  'node -e 0': ['node', ['-e', '0']],
  'kehoach --version (node dist/kehoach.mjs)': ['node', [bin, '--version']],
  'render: node dist/kehoach.mjs': ['node', [bin, 'render', plan, '-o', out, '-q']],
  ...(pnpmBin && process.env.PNPM !== '0' ? { 'render: npx -y pnpm@10 -s kehoach': ['npx', ['-y', 'pnpm@10', '-s', 'kehoach', 'render', plan, '-o', out, '-q']] } : {}),
  ...(havePandoc ? { 'pandoc -f markdown -t docx (same plan)': ['pandoc', ['-f', 'markdown', '-t', 'docx', md, '-o', join(tmp, 'p.docx')]] } : {}),
};
const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
const cpu = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
// CPU time (user + system) of the child, from /usr/bin/time where there is one: steadier than the
// wall clock on a shared machine.
const timeBin = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;
// NODE_EXTRA_CA_CERTS makes every node process read and parse a certificate bundle before anything
// else (+30 ms on the machine of the README's figures, whose sandbox sets it): the runs go without
// it, as on a clerk's machine, and the line below says when it was set.
const env = { ...process.env };
const extraCa = env.NODE_EXTRA_CA_CERTS;
delete env.NODE_EXTRA_CA_CERTS;
for (let r = 0; r < ROUNDS + 1; r++) {
  for (const [name, [cmd, args]] of Object.entries(runs)) {
    const t = process.hrtime.bigint();
    const c = timeBin ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', cmd, ...args], { cwd: root, encoding: 'utf8', env }) : spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env });
    if (c.status !== 0) throw new Error(`${name}: exit ${c.status}`);
    if (r === 0) continue; // round 0 warms the disk cache
    times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
    const m = /cpu ([\d.]+) ([\d.]+)/.exec(c.stderr ?? '');
    if (m) cpu[name].push((Number(m[1]) + Number(m[2])) * 1000);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${ROUNDS} rounds, median ms`);
const P = 'pandoc -f markdown -t docx (same plan)';
const pandoc = havePandoc ? median(times[P]) : undefined;
const pandocCpu = havePandoc && cpu[P].length ? median(cpu[P]) : undefined;
console.log(`  ${''.padEnd(44)} ${'wall'.padStart(9)} ${pandoc ? '  ×pandoc' : ''}${timeBin ? '   cpu (user+sys)' : ''}${pandocCpu ? '  ×pandoc' : ''}`);
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  const c = cpu[name].length ? median(cpu[name]) : undefined;
  console.log(`  ${name.padEnd(44)} ${m.toFixed(0).padStart(6)} ms${pandoc ? `  ${(m / pandoc).toFixed(2).padStart(6)}×` : ''}` +
    `${c !== undefined ? `  ${c.toFixed(0).padStart(6)} ms` : ''}${c !== undefined && pandocCpu ? `  ${(c / pandocCpu).toFixed(2).padStart(6)}×` : ''}`);
}
if (extraCa) console.log(`  (NODE_EXTRA_CA_CERTS=${extraCa} was set in this shell and left out of the runs)`);
if (!havePandoc) console.log('  (pandoc not installed: packages/bench/install-pandoc.sh; compare with node -e 0 above)');
writeFileSync(join(tmp, 'done'), '');
