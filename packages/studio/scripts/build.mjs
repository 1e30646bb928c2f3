// Builds the studio into static files (packages/studio/dist, or the folder given as argument) and
// prints what a first visit loads, gzip-compressed: the editor shell must stay within 400 KB.
// The worker (the kehoach library) and each template load after the shell and are listed apart; then, when
// Chromium is installed, a first visit is measured as the browser makes it (first-visit.mjs: printed, not asserted).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { firstVisit, printFirstVisit } from './first-visit.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(here, 'dist'));
const LIMIT = 400 * 1024;

await build({ configFile: join(here, 'vite.config.mjs'), build: { outDir: out, emptyOutDir: true }, logLevel: 'warn' });

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const html = readFileSync(join(out, 'index.html'), 'utf8');
const first = ['index.html', ...[...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1])];
const all = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? all(join(dir, f)) : [join(dir, f)]));
const files = all(out).map((f) => relative(out, f));

let shell = 0;
console.log('Tải lần đầu (first load, gzip):');
for (const f of first) {
  const n = gz(join(out, f));
  shell += n;
  console.log(`  ${f.padEnd(44)} ${kb(n).padStart(10)}`);
}
console.log(`  ${'tổng (total)'.padEnd(44)} ${kb(shell).padStart(10)}   giới hạn ${kb(LIMIT)}`);
console.log('Tải sau (loaded later, gzip):');
for (const f of files.filter((f) => !first.includes(f))) console.log(`  ${basename(f).padEnd(44)} ${kb(gz(join(out, f))).padStart(10)}`);
console.log(`Thư mục tĩnh: ${out}`);
// What a browser really loads on a first visit (every request, until the first preview and the checker's findings).
printFirstVisit(await firstVisit(out));
if (shell > LIMIT) {
  console.error(`Vỏ trình soạn thảo ${kb(shell)} vượt giới hạn ${kb(LIMIT)}.`);
  process.exit(1);
}
