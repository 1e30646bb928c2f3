#!/usr/bin/env node
// The packages as published: which workspace packages are publishable, their tarballs (`pnpm pack`,
// which applies `publishConfig` and turns `workspace:*` into versions), and the two linters of
// published packages, publint and @arethetypeswrong/cli, run on each tarball.
//
//   pnpm lint:packages            pack every publishable package into a temporary folder and lint it
//   pnpm lint:packages <dir>      lint the tarballs already in <dir>
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

const bin = (name) => ROOT + 'node_modules/.bin/' + name;

/**
 * publint (strict: warnings fail too) and attw on one tarball; resolves to a list of problems
 * (empty when both pass), each with the linter's own report.
 */
export async function lintTarball(file) {
  const problems = [];
  try {
    const r = await run(bin('publint'), ['run', file, '--strict', '--level', 'suggestion'], { maxBuffer: 16 << 20 });
    // publint exits 0 on suggestions even with --strict; a suggestion is still a change to make.
    if (/Suggestion|Warning|Error/i.test(r.stdout)) problems.push(`publint ${basename(file)}:\n${r.stdout}`);
  } catch (e) {
    problems.push(`publint ${basename(file)}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  try {
    // The packages are ESM only ("type": "module", `exports` with no `require` condition), as
    // Node >= 20.19 can require() them: the `esm-only` profile checks node16 and bundler resolution
    // for import and ignores what is moot for ESM-only packages (node10's missing `exports` support,
    // and CommonJS importers being handed ESM).
    await run(bin('attw'), [file, '--profile', 'esm-only', '--format', 'ascii'], { maxBuffer: 16 << 20 });
  } catch (e) {
    problems.push(`attw ${basename(file)}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const given = process.argv[2];
  const dest = given ?? mkdtempSync(join(tmpdir(), 'kehoach-pack-'));
  const files = given
    ? readdirSync(dest).filter((f) => f.endsWith('.tgz')).map((f) => join(dest, f))
    : (await packAll(dest)).map((t) => t.file);
  const results = await Promise.all(files.map(async (f) => [f, await lintTarball(f)]));
  let failed = 0;
  for (const [f, problems] of results) {
    if (problems.length) failed++;
    console.log(`${problems.length ? '✗' : '✓'} ${basename(f)}`);
    for (const p of problems) console.log(p.replace(/^/gm, '    '));
  }
  console.log(`${files.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
