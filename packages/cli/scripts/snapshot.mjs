#!/usr/bin/env node
// Builds the V8 startup snapshot of the command, dist/kehoach.blob: one CommonJS bundle of every
// command (dist/kehoach-snapshot.cjs), run once by `node --build-snapshot` with a plan rendered in
// memory, its heap saved. `dist/kehoach-fast` starts from it: `node --snapshot-blob kehoach.blob …`.
// A snapshot belongs to one Node version and platform; it is rebuilt by `pnpm build` (never committed).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
await build({
  entryPoints: [here + 'src/snapshot-entry.ts'],
  outfile: here + 'dist/kehoach-snapshot.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  conditions: ['source'],
  // Short names too: the source is kept in the snapshot's heap, and every byte of it is read back at each start.
  minify: true,
  keepNames: false,
  define: {
    __KEHOACH_WARM_PLAN__: JSON.stringify(readFileSync(root + 'examples/lang-son-2019.yaml', 'utf8')),
    // No worker threads from the snapshot: batches run in one thread there.
    __KEHOACH_WORKER__: '""',
    'import.meta.url': '"file:///kehoach-snapshot.cjs"',
  },
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  legalComments: 'none',
  logLevel: 'error',
});
asciiOnly(here + 'dist/kehoach-snapshot.cjs');
try {
  execFileSync(process.execPath, ['--no-warnings', '--snapshot-blob', here + 'dist/kehoach.blob', '--build-snapshot', here + 'dist/kehoach-snapshot.cjs'], { stdio: 'inherit' });
} catch (e) {
  // The snapshot is an optional speed-up: without it, dist/kehoach.mjs is the command.
  console.warn(`kehoach: không tạo được snapshot (${e.message}); dùng dist/kehoach.mjs`);
  process.exit(0);
}
writeFileSync(here + 'dist/kehoach-fast', `#!/bin/sh\n# kehoach from its startup snapshot (built for Node ${process.version}).\nexec node --snapshot-blob "$(dirname "$(readlink -f "$0")")/kehoach.blob" -- "$@"\n`);
chmodSync(here + 'dist/kehoach-fast', 0o755);
