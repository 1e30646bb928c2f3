import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the `source` export
// condition, so tests need no build step (as the vitest monorepo does).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    // The command's code cache (packages/cli/scripts/launcher.mjs) goes to a folder of the test run,
    // never the user's own ~/.cache.
    env: { KEHOACH_CACHE_DIR: join(tmpdir(), `kehoach-test-cache-${process.getuid?.() ?? 'user'}`) },
  },
});
