// The CLI, the HTTP service and the studio are shells over one library: they import `kehoach` (and
// `kehoach/node` for Node's file helpers), never another package of ours — as eslint's CLI is a
// shell over its `ESLint` class. What they need, a portal needs too, so it is public in `kehoach`.
// This test scans their sources and fails on an import of a `@kehoach/*` package or a relative
// path into another package's folder; their manifests depend on `kehoach` alone of ours.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

/** The shells: each folder, and the folder its relative imports must stay within. */
const SHELLS = [
  { dir: 'packages/cli/src', home: 'packages/cli' },
  { dir: 'examples/server', home: 'examples/server' },
  { dir: 'packages/studio/src', home: 'packages/studio' },
];

/** The packages of ours a shell may import. */
const ALLOWED = new Set(['kehoach', 'kehoach/node']);

/** Every module specifier of a source: static imports and re-exports, side-effect imports, `import()`, `require()`, `typeof import()`. */
export function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...source.matchAll(p)].map((m) => m[1]!));
}

/** Why `spec`, imported by `file` of a shell living in `home`, is not allowed; undefined when it is. */
function forbidden(spec: string, file: string, home: string): string | undefined {
  if (spec.startsWith('@kehoach/') || (spec.startsWith('kehoach') && /^kehoach(\/|$)/.test(spec) && !ALLOWED.has(spec))) return `imports ${spec}`;
  if (!spec.startsWith('.')) return undefined;
  const target = relative(ROOT, resolve(dirname(join(ROOT, file)), spec));
  return target.startsWith(home + '/') ? undefined : `imports ${spec} (${target}), outside ${home}`;
}

/** The source files of a folder (no build output, no dependencies). */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return ['node_modules', 'dist'].includes(e.name) ? [] : sources(p);
    return /\.(ts|mts|cts|mjs|cjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

test('the scanner finds every form of import, and judges each', () => {
  const sample = [
    `import { loadPlan } from 'kehoach';`,
    `import type { Plan } from '@kehoach/core';`,
    `export { readInput } from '@kehoach/node';`,
    `import '@kehoach/node/interrupt';`,
    `const { formatDiagnostics } = await import('@kehoach/core');`,
    `const m = require('@kehoach/check');`,
    `import {\n  applyFixes,\n  parseRc,\n} from '@kehoach/check';`,
    `import { slug } from '../../core/src/slug.js';`,
  ].join('\n');
  expect(specifiers(sample)).toEqual(['kehoach', '@kehoach/core', '@kehoach/node', '@kehoach/check', '../../core/src/slug.js', '@kehoach/node/interrupt', '@kehoach/core', '@kehoach/check']);
  const file = 'packages/cli/src/commands/x.ts';
  expect(forbidden('kehoach', file, 'packages/cli')).toBeUndefined();
  expect(forbidden('kehoach/node', file, 'packages/cli')).toBeUndefined();
  expect(forbidden('../command.js', file, 'packages/cli')).toBeUndefined();
  expect(forbidden('codemirror', file, 'packages/cli')).toBeUndefined();
  expect(forbidden('@kehoach/core', file, 'packages/cli')).toBe('imports @kehoach/core');
  expect(forbidden('kehoach/src/api.js', file, 'packages/cli')).toBe('imports kehoach/src/api.js');
  expect(forbidden('../../../core/src/slug.js', file, 'packages/cli')).toMatch(/outside packages\/cli$/);
});

test('the CLI, the service and the studio import only kehoach and kehoach/node of ours', () => {
  const found: string[] = [];
  let files = 0;
  for (const shell of SHELLS) {
    for (const file of sources(shell.dir)) {
      files++;
      for (const spec of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
        const why = forbidden(spec, file, shell.home);
        if (why) found.push(`${file}: ${why}`);
      }
    }
  }
  expect(files).toBeGreaterThan(60);
  expect(found).toEqual([]);
});

test('their manifests depend on kehoach alone of ours', () => {
  for (const dir of ['packages/cli', 'packages/studio']) {
    const m = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const ours = Object.keys({ ...m.dependencies, ...m.peerDependencies, ...m.optionalDependencies }).filter((d) => d === 'kehoach' || d.startsWith('@kehoach/'));
    expect(ours, dir).toEqual(['kehoach']);
  }
});
