#!/usr/bin/env node
// The batch figures of `pnpm bench`: N commune profiles (3,321 by default, as many communes as
// Vietnam has since 2025) generated from examples/units/xa-minh-xuan.yaml, then one CLI process
// `kehoach clone <province plan> --units <dir> --out-dir <dir> --render docx`, timed, with its peak
// memory (resident set of the whole process, worker threads included). Prints numbers; asserts nothing.
// Usage: node packages/bench/batch.mjs [N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const N = Number(process.argv[2] ?? process.env.UNITS ?? 3321);
const tmp = mkdtempSync(join(tmpdir(), 'kehoach-batch-'));
const units = join(tmp, 'units');
const out = join(tmp, 'out');
mkdirSync(units);
const model = readFileSync(root + 'examples/units/xa-minh-xuan.yaml', 'utf8').replace(/^# yaml-language-server.*\n/, '');
for (let i = 1; i <= N; i++) {
  const name = `Xã số ${i}`;
  writeFileSync(join(units, `xa-${String(i).padStart(4, '0')}.yaml`), model.replaceAll('Minh Xuân', name).replaceAll('MINH XUÂN', name.toLocaleUpperCase('vi')));
}
const parent = root + 'examples/tuyen-quang-2025-30-7.yaml';
const args = [root + 'packages/cli/dist/kehoach.mjs', 'clone', parent, '--units', units, '--out-dir', out, '--render', 'docx', '-q'];
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
const t = process.hrtime.bigint();
const r = hasTime ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', 'node', ...args], { encoding: 'utf8' }) : spawnSync('node', args, { encoding: 'utf8' });
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
const peak = /peak-kb (\d+)/.exec(r.stderr ?? '')?.[1];
const files = readdirSync(out);
console.log(`batch: ${N} communes, clone + render DOCX, one process on ${availableParallelism()} cores: ${seconds.toFixed(1)} s` +
  `${peak ? `, peak ${(Number(peak) / 1024).toFixed(0)} MB` : ''}; exit ${r.status}; ${files.filter((f) => f.endsWith('.yaml')).length} plans, ${files.filter((f) => f.endsWith('.docx')).length} DOCX`);
if (r.status !== 0) console.log(r.stderr.split('\n').slice(0, 5).join('\n'));
rmSync(tmp, { recursive: true, force: true });
