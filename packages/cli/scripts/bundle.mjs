#!/usr/bin/env node
// Bundles the CLI from the TypeScript sources (through the `source` export condition) into
// dist/kehoach.mjs, with code splitting: the entry holds the command registry, the argument parser
// and the help; each command's implementation is a chunk (dist/kehoach-chunk-*.mjs) loaded when the
// command runs, so `render` does not load check, import or pdf.js. dist/kehoach-worker.mjs is the
// worker thread of batches. The library entry points stay unbundled (dist/*.js).
// The same files are copied to packages/kehoach/bin/: the published `kehoach` package carries the
// command (`npx kehoach`) as this self-contained bundle, so it needs no dependency on @kehoach/cli
// (which depends on kehoach: the dependency direction stays one way).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
// Chunks of an earlier build are hashed differently: remove them so dist/ holds one build.
for (const f of readdirSync(here + 'dist', { withFileTypes: true })) {
  if (f.isFile() && /^kehoach(-chunk-.*|-worker)?\.mjs(\.map|\.LEGAL\.txt)?$/.test(f.name)) rmSync(here + 'dist/' + f.name);
}
await build({
  entryPoints: { kehoach: here + 'src/bin.ts', 'kehoach-worker': here + 'src/batch-worker.ts' },
  outdir: here + 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'kehoach-chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  minifyWhitespace: true,
  minifySyntax: true,
  define: { __KEHOACH_WORKER__: JSON.stringify('./kehoach-worker.mjs') },
  // Some CommonJS dependencies (docxtemplater, pizzip) call require(); give every chunk one.
  banner: { js: "import { createRequire as __kehoachCreateRequire } from 'node:module';\nconst require = __kehoachCreateRequire(import.meta.url);" },
  // pdf.js is loaded lazily, only for PDFs, from node_modules (it brings its own worker and fonts).
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const f of readdirSync(here + 'dist')) if (/^kehoach(-chunk-.*|-worker)?\.mjs$/.test(f)) asciiOnly(here + 'dist/' + f);

const bin = fileURLToPath(new URL('../../kehoach/bin/', import.meta.url));
rmSync(bin, { recursive: true, force: true });
mkdirSync(bin, { recursive: true });
for (const f of readdirSync(here + 'dist')) {
  if (/^kehoach(-chunk-.*|-worker)?\.mjs(\.LEGAL\.txt)?$/.test(f)) copyFileSync(here + 'dist/' + f, bin + f);
}
