#!/usr/bin/env node
// The packages as published: which workspace packages are publishable, their tarballs (`pnpm pack`,
// which applies `publishConfig` and turns `workspace:*` into versions), and the two linters of
// published packages, publint and @arethetypeswrong/cli, run on each tarball.
//
//   pnpm lint:packages            pack every publishable package into a temporary folder and lint it
//   pnpm lint:packages <dir>      lint the tarballs already in <dir>
//   … --json                      print [{ file, problems }] instead
//
// test/packages/tarballs.test.ts uses the same functions, so CI enforces the linters.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every workspace package that is not private: `{ name, dir, manifest }`. */
export function publishablePackages() {
  return readdirSync(ROOT + 'packages', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ dir: ROOT + 'packages/' + d.name, manifest: JSON.parse(readFileSync(ROOT + 'packages/' + d.name + '/package.json', 'utf8')) }))
    .filter((p) => !p.manifest.private)
    .map((p) => ({ name: p.manifest.name, ...p }));
}

/**
 * How to call pnpm: the pnpm that runs this (`pnpm test`, `pnpm lint:packages` set npm_execpath to
 * pnpm's own script), else `npx -y pnpm@10`.
 */
export function pnpmCommand() {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm\.c?js$/.test(basename(exec))) return [process.execPath, [exec]];
  return ['npx', [...['-y', 'pnpm@10']]];
}

/** Runs pnpm with `args` in `cwd`; rejects with the command, its output and its error output. */
export async function pnpm(args, cwd, env = {}) {
  const [cmd, pre] = pnpmCommand();
  try {
    return await run(cmd, [...pre, ...args], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`pnpm ${args.join(' ')} (in ${cwd}) failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** Packs every publishable package into `dest`; returns `{ name, file }` per package (build first). */
export async function packAll(dest) {
  const packages = publishablePackages();
  // A few at a time: each pack is a pnpm process.
  const out = [];
  for (let i = 0; i < packages.length; i += 4) {
    out.push(...(await Promise.all(packages.slice(i, i + 4).map(async (p) => {
      const before = new Set(readdirSync(dest));
      await pnpm(['pack', '--pack-destination', dest], p.dir);
      const file = tarballName(p.manifest);
      if (before.has(file) || !readdirSync(dest).includes(file)) throw new Error(`pnpm pack of ${p.name} did not write ${file}`);
      return { name: p.name, file: join(dest, file) };
    }))));
  }
  return out;
}

/** The file `pnpm pack` writes: `@kehoach/core@0.1.0` → `kehoach-core-0.1.0.tgz`. */
export function tarballName(manifest) {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
}

/**
 * publint (strict, every message counts: a suggestion is still a change to make) and
 * @arethetypeswrong/core (what the attw command runs) on each tarball, in this one process (TypeScript
 * is loaded once). Resolves to `{ file, problems }` per tarball; `problems` is empty when both pass.
 */
export async function lintTarballs(files) {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const attw = await import('@arethetypeswrong/core');
  const { problemKindInfo } = await import('@arethetypeswrong/core/problems');
  const out = [];
  for (const file of files) {
    const problems = [];
    const bytes = readFileSync(file);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const lint = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
    for (const m of lint.messages) problems.push(`publint ${m.type}: ${formatMessage(m, lint.pkg, { color: false }) ?? m.code}`);
    const analysis = await attw.checkPackage(attw.createPackageFromTarballData(new Uint8Array(bytes)));
    if (!analysis.types) problems.push('attw: no types');
    else {
      for (const p of analysis.problems) {
        // The packages are ESM only ("type": "module", `exports` without a `require` condition; Node
        // >= 20.19 can require() them), so CommonJS importers being handed ESM (node16-cjs) is moot.
        // node16, bundler and node10 resolution must be clean: an older project (`moduleResolution:
        // node`) finds the types through `types` and, for a subpath such as `kehoach/node`, `typesVersions`.
        if ('resolutionKind' in p && IGNORED_RESOLUTIONS.includes(p.resolutionKind)) continue;
        const where = [p.entrypoint, p.resolutionKind].filter(Boolean).join(', ');
        problems.push(`attw ${p.kind}${where ? ` (${where})` : ''}: ${problemKindInfo[p.kind]?.description ?? ''}`);
      }
    }
    out.push({ file, problems });
  }
  return out;
}

const IGNORED_RESOLUTIONS = ['node16-cjs'];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = process.argv.includes('--json');
  const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const dest = given ?? mkdtempSync(join(tmpdir(), 'kehoach-pack-'));
  const files = given
    ? readdirSync(dest).filter((f) => f.endsWith('.tgz')).map((f) => join(dest, f))
    : (await packAll(dest)).map((t) => t.file);
  const results = await lintTarballs(files);
  if (json) console.log(JSON.stringify(results));
  else {
    for (const { file, problems } of results) {
      console.log(`${problems.length ? '✗' : '✓'} ${basename(file)}`);
      for (const p of problems) console.log(p.replace(/^/gm, '    '));
    }
    const failed = results.filter((r) => r.problems.length).length;
    console.log(`publint and attw: ${results.length - failed} of ${results.length} packages clean`);
  }
  process.exitCode = results.some((r) => r.problems.length) ? 1 : 0;
}
