#!/usr/bin/env node
// Bundles the CLI into one file, dist/kehoach.mjs, from the TypeScript sources (through the
// `source` export condition). One file starts about twice as fast as hundreds of modules:
// measured on the project machine, `kehoach render` of an example takes ≈ 0.29 s bundled against
// ≈ 0.54 s unbundled (README “Speed”). The library entry points stay unbundled (dist/*.js).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [here + 'src/bin.ts'],
  outfile: here + 'dist/kehoach.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  // Some CommonJS dependencies (docxtemplater, pizzip) call require(); give the bundle one.
  banner: { js: "import { createRequire as __kehoachCreateRequire } from 'node:module';\nconst require = __kehoachCreateRequire(import.meta.url);" },
  // pdf.js is loaded lazily, only for PDFs, from node_modules (it brings its own worker and fonts).
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  legalComments: 'linked',
  logLevel: 'warning',
});
