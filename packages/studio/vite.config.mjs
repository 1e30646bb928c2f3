import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';

// A portal's own outputs: KEHOACH_STUDIO_OUTPUTS names a JavaScript module that registers them
// (`registerOutput` of `kehoach`); the worker imports it in place of src/studio-extra-outputs.ts, and
// the download buttons list its outputs beside kehoach's (Node imports it once, at build time). The tests build the studio with test/outputs/count-outputs.mjs.
const extraOutputs = process.env.KEHOACH_STUDIO_OUTPUTS;

/**
 * The download buttons' list, known when the studio is built: every output of kehoach's registry (and
 * the portal's own), as `virtual:kehoach-outputs` — so the page shows its buttons without loading the
 * writers; the worker imports them on the first download. Listed by scripts/list-outputs.mjs.
 */
function outputList() {
  const id = 'virtual:kehoach-outputs';
  return {
    name: 'kehoach-outputs',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const script = fileURLToPath(new URL('./scripts/list-outputs.mjs', import.meta.url));
      const list = execFileSync(process.execPath, [script, ...(extraOutputs ? [resolve(extraOutputs)] : [])], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      return `export default ${list};`;
    },
  };
}

/**
 * The agency form's choices of level and kind, with their Vietnamese names, from the plan schema
 * (`enum` and `enumDescriptions` of an agency), as `virtual:agency-choices` — not the whole schema.
 */
function agencyChoices() {
  const id = 'virtual:agency-choices';
  return {
    name: 'kehoach-agency-choices',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/plan.schema.json', import.meta.url)), 'utf8'));
      const agency = schema.$defs.agency.properties;
      const pairs = (p) => p.enum.map((v, i) => [v, p.enumDescriptions?.[i] ?? v]);
      return `export const LEVELS = ${JSON.stringify(pairs(agency.level))};\nexport const KINDS = ${JSON.stringify(pairs(agency.kind))};`;
    },
  };
}

// The studio, built from the TypeScript sources of the workspace packages (the `source` condition)
// into static files: any portal can host the `dist` folder as it is. The kehoach library runs in a
// worker, where there is no DOM: the `worker` condition picks the DOM-free builds of packages that
// offer both (decode-named-character-reference, under remark).
export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [outputList(), agencyChoices()],
  resolve: {
    conditions: ['source', 'worker', ...defaultClientConditions],
    alias: extraOutputs ? [{ find: /^\.\/studio-extra-outputs\.js$/, replacement: resolve(extraOutputs) }] : [],
  },
  // The worker's first chunk holds only what a preview needs: shared modules of the chunks it loads later
  // (downloads, the importer) stay in chunks of their own instead of being merged into it.
  worker: { format: 'es', rolldownOptions: { experimental: { chunkOptimization: { mergeCommonChunks: false } } } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, modulePreload: { polyfill: false } },
  server: { fs: { allow: ['../..'] } },
  logLevel: 'warn',
};
