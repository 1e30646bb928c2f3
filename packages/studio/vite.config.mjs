import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';

// The studio, built from the TypeScript sources of the workspace packages (the `source` condition)
// into static files: any portal can host the `dist` folder as it is. The kehoach library runs in a
// worker, where there is no DOM: the `worker` condition picks the DOM-free builds of packages that
// offer both (decode-named-character-reference, under remark).
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { conditions: ['source', 'worker', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, modulePreload: { polyfill: false } },
  server: { fs: { allow: ['../..'] } },
  logLevel: 'warn',
};
