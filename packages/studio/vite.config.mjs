import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';

// A portal's own outputs: KEHOACH_STUDIO_OUTPUTS names a module that registers them (`registerOutput`
// of `kehoach`); the worker imports it in place of src/studio-extra-outputs.ts, and the download
// buttons list its outputs beside kehoach's. The tests build the studio with test/outputs/count-outputs.mjs.
const extraOutputs = process.env.KEHOACH_STUDIO_OUTPUTS;

// The studio, built from the TypeScript sources of the workspace packages (the `source` condition)
// into static files: any portal can host the `dist` folder as it is. The kehoach library runs in a
// worker, where there is no DOM: the `worker` condition picks the DOM-free builds of packages that
// offer both (decode-named-character-reference, under remark).
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    conditions: ['source', 'worker', ...defaultClientConditions],
    alias: extraOutputs ? [{ find: /^\.\/studio-extra-outputs\.js$/, replacement: resolve(extraOutputs) }] : [],
  },
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, modulePreload: { polyfill: false } },
  server: { fs: { allow: ['../..'] } },
  logLevel: 'warn',
};
