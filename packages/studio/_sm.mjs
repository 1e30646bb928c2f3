import { build } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import smj from '/work/main/node_modules/.pnpm/source-map-js@1.2.4/node_modules/source-map-js/source-map.js';
const out = '/tmp/sm-studio';
await build({ configFile: new URL('./vite.config.mjs', import.meta.url).pathname, build: { outDir: out, emptyOutDir: true, sourcemap: true }, worker: { format: 'es', rollupOptions: { output: { sourcemap: true } } }, logLevel: 'warn' });
const pat = new RegExp(process.argv[2] ?? '^worker-');
for (const f of readdirSync(join(out, 'assets')).filter((f) => pat.test(f) && f.endsWith('.js'))) {
  const code = readFileSync(join(out, 'assets', f), 'utf8');
  let map; try { map = JSON.parse(readFileSync(join(out, 'assets', f + '.map'), 'utf8')); } catch { console.log('no map', f); continue; }
  const c = new smj.SourceMapConsumer(map);
  const sizes = {}; const lines = code.split('\n');
  let prev = null;
  c.eachMapping((m) => { if (prev) { const src = prev.source ?? '?'; const len = m.generatedLine === prev.generatedLine ? m.generatedColumn - prev.generatedColumn : lines[prev.generatedLine - 1].length - prev.generatedColumn; sizes[src] = (sizes[src] ?? 0) + len; } prev = m; });
  const key = (s) => { const m = s.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/); return m ? m[1] : s.replace(/^(\.\.\/)+/, '').split('/').slice(0, 4).join('/'); };
  const agg = {}; for (const [s, n] of Object.entries(sizes)) agg[key(s)] = (agg[key(s)] ?? 0) + n;
  console.log(f, (code.length / 1024).toFixed(0), 'KB raw');
  for (const [k, v] of Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1024).toFixed(1).padStart(8), k);
}
