#!/usr/bin/env node
// Bundles the CLI from the TypeScript sources (through the `source` export condition):
// - dist/kehoach.cjs: every command in one CommonJS script;
// - dist/kehoach.mjs: the command, a small launcher (scripts/launcher.mjs) that runs kehoach.cjs
//   through V8's code cache kept in the user's cache folder, so that a run does not compile 2 MB of
//   JavaScript again;
// - dist/kehoach-worker.mjs: the worker thread of batches.
// The library entry points stay unbundled (dist/*.js).
// The same files are copied to packages/kehoach/bin/: the published `kehoach` package carries the
// command (`npx kehoach`) as this self-contained bundle, so it needs no dependency on @kehoach/cli
// (which depends on kehoach: the dependency direction stays one way).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';

const here = fileURLToPath(new URL('..', import.meta.url));
// Files of an earlier build (chunks of the split build that came before this one included): dist/ holds one build.
for (const f of readdirSync(here + 'dist', { withFileTypes: true })) {
  if (f.isFile() && /^kehoach(-chunk-.*|-worker)?\.(mjs|cjs)(\.map|\.LEGAL\.txt)?$/.test(f.name)) rmSync(here + 'dist/' + f.name);
}
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  minifyWhitespace: true,
  minifySyntax: true,
  // pdf.js is loaded lazily, only for PDFs, from node_modules (it brings its own worker and fonts).
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  legalComments: 'linked',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: [here + 'src/batch-worker.ts'],
  outfile: here + 'dist/kehoach-worker.mjs',
  format: 'esm',
  define: { __KEHOACH_WORKER__: JSON.stringify('./kehoach-worker.mjs') },
  // Some CommonJS dependencies (docxtemplater, pizzip) call require(); give every chunk one.
  banner: { js: "import { createRequire as __kehoachCreateRequire } from 'node:module';\nconst require = __kehoachCreateRequire(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: [here + 'src/bin.ts'],
  outfile: here + 'dist/kehoach.cjs',
  format: 'cjs',
  define: { __KEHOACH_WORKER__: JSON.stringify('./kehoach-worker.mjs'), 'import.meta.url': '__kehoachUrl' },
  banner: { js: "var __kehoachUrl = require('node:url').pathToFileURL(__filename).href;" },
});
for (const f of ['kehoach-worker.mjs', 'kehoach.cjs']) asciiOnly(here + 'dist/' + f);
// V8 drops the dynamic-import callback of functions read back from a code cache, so kehoach.cjs
// imports pdf.js (ESM, external: the library and, in Node, its worker) through a function the
// launcher passes in; run directly by node, it falls back to its own import().
const cjs = readFileSync(here + 'dist/kehoach.cjs', 'utf8');
const imports = cjs.split('import("pdfjs-dist/').length - 1;
if (imports !== 2 || /\bimport\((?!"pdfjs-dist\/)/.test(cjs.replace(/import\("pdfjs-dist\//g, ''))) throw new Error(`kehoach.cjs: expected two import() (of pdf.js and its worker), found ${imports}`);
writeFileSync(here + 'dist/kehoach.cjs', cjs.replaceAll('import("pdfjs-dist/', '(typeof __kehoachImport == "function" ? __kehoachImport : (s) => import(s))("pdfjs-dist/'));
const hash = createHash('sha256').update(readFileSync(here + 'dist/kehoach.cjs')).digest('hex').slice(0, 16);
writeFileSync(here + 'dist/kehoach.mjs', readFileSync(here + 'scripts/launcher.mjs', 'utf8').replace('__KEHOACH_BUNDLE_HASH__', hash).replace(/^\/\/ kehoach — the command \(written.*\n/m, '// kehoach — the command.\n'));
chmodSync(here + 'dist/kehoach.mjs', 0o755);

const bin = fileURLToPath(new URL('../../kehoach/bin/', import.meta.url));
rmSync(bin, { recursive: true, force: true });
mkdirSync(bin, { recursive: true });
for (const f of readdirSync(here + 'dist')) {
  if (/^kehoach(-worker)?\.(mjs|cjs)(\.LEGAL\.txt)?$/.test(f)) copyFileSync(here + 'dist/' + f, bin + f);
}
