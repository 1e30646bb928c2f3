import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';

// Builds the page from the TypeScript sources of the workspace packages (the `source` condition).
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
};
