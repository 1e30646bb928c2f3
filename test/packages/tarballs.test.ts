import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PizZip from 'pizzip';
// @ts-expect-error semver ships no type declarations
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// A plain ES module script, shared with `pnpm lint:packages`.
import { ROOT, packAll, pnpm, publishablePackages } from '../../scripts/packages.mjs';

// The packages as a user gets them from the registry (issue 14): every publishable package is packed
// (`pnpm pack`, after `pnpm build`), the tarballs are installed into a new project outside the
// workspace, a strict TypeScript consumer is compiled against them (no skipLibCheck), run, and the
// installed `kehoach` bin renders a DOCX. publint and attw check each tarball. Each step is its own
// test, so a failure names the step, the command and its output.

const run = promisify(execFile);
type Packed = { name: string; file: string };
const PACKAGES: Array<{ name: string; manifest: Record<string, unknown> }> = publishablePackages();
const work = mkdtempSync(join(tmpdir(), 'kehoach-tarballs-'));
const app = join(work, 'app');
let packed: Packed[] = [];
let installed: Promise<void>;

let linted: Promise<Array<{ file: string; problems: string[] }>>;

/** Runs a command in the consumer project; on failure, the error says which command and what it printed. */
async function inApp(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(cmd, args, { cwd: app, maxBuffer: 16 << 20 });
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${app}:\n${x.stdout ?? ''}\n${x.stderr ?? x.message}`);
  }
}

beforeAll(async () => {
  mkdirSync(join(work, 'tarballs'));
  packed = await packAll(join(work, 'tarballs'));
  // publint and attw in one process of their own (`pnpm lint:packages <dir> --json`), while pnpm installs.
  linted = run(process.execPath, [ROOT + 'scripts/packages.mjs', join(work, 'tarballs'), '--json'], { maxBuffer: 16 << 20 })
    .catch((e: { stdout?: string; stderr?: string }) => {
      if (e.stdout?.startsWith('[')) return e; // exit code 1: problems found, reported per package below
      throw new Error(`scripts/packages.mjs failed:\n${e.stderr ?? ''}`);
    })
    .then((r) => JSON.parse(r.stdout ?? '[]'));
  linted.catch(() => {});
  // The consumer depends on every package; overrides make the packages' own dependencies on each other
  // resolve to the tarballs too (not to the registry). Everything else comes from the pnpm store that
  // the repository's install filled (--prefer-offline), so the install needs the network only for
  // metadata the store lacks.
  const files = Object.fromEntries(packed.map((p) => [p.name, `file:${p.file}`]));
  const rootManifest = JSON.parse(readFileSync(ROOT + 'package.json', 'utf8'));
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({
    name: 'kehoach-consumer',
    private: true,
    type: 'module',
    dependencies: files,
    devDependencies: { typescript: rootManifest.devDependencies.typescript, '@types/node': rootManifest.devDependencies['@types/node'] },
    pnpm: { overrides: files },
  }, null, 2));
  for (const f of readdirSync(ROOT + 'test/packages/consumer')) copyFileSync(ROOT + 'test/packages/consumer/' + f, join(app, f));
  cpSync(ROOT + 'examples', join(app, 'examples'), { recursive: true, filter: (src) => !/[\\/](server|browser|node_modules)$/.test(src) });
  const store = (await pnpm(['store', 'path'], ROOT)).stdout.trim();
  installed = pnpm(['install', '--prefer-offline', '--no-frozen-lockfile', '--store-dir', store, '--reporter', 'append-only'], app).then(() => undefined);
  // Reported by the install test; later tests wait for it.
  installed.catch(() => {});
}, 120_000);

afterAll(() => {
  if (!process.env.KEEP_TARBALLS) rmSync(work, { recursive: true, force: true });
});

test('every publishable package packs, and has the metadata of a published package', () => {
  expect(packed.map((p) => p.name).sort()).toEqual(PACKAGES.map((p) => p.name).sort());
  for (const p of PACKAGES) {
    const m = p.manifest as { repository?: { directory?: string }; engines?: { node?: string }; keywords?: string[]; license?: string; files?: string[] };
    expect(m.license, p.name).toBe('MIT');
    expect(m.repository?.directory, p.name).toMatch(/^packages\//);
    expect(m.engines?.node, p.name).toBe('>=20.19');
    expect(m.keywords?.length, p.name).toBeGreaterThan(0);
    expect(m.files, p.name).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE']));
  }
});

describe('publint and attw (`pnpm lint:packages`)', () => {
  test.each(PACKAGES.map((p) => [p.name]))('%s', async (name) => {
    const t = packed.find((p) => p.name === name);
    expect(t, `${name} was not packed`).toBeDefined();
    const result = (await linted).find((r) => r.file === t!.file);
    expect(result, `${name} was not linted`).toBeDefined();
    expect(result!.problems.join('\n')).toBe('');
  });
});

describe('a project that installs the tarballs', () => {
  test('installs them (pnpm install --prefer-offline)', async () => {
    await installed;
    for (const p of PACKAGES) {
      const dir = join(app, 'node_modules', p.name);
      const m = readFileSync(join(dir, 'package.json'), 'utf8');
      // The `source` condition (TypeScript sources, for the workspace's vitest, vite and esbuild) is
      // dropped by publishConfig: src/ is not shipped.
      expect(JSON.parse(m).exports, p.name).toBeDefined();
      expect(m, p.name).not.toContain('"source"');
      expect(m, p.name).not.toContain('workspace:');
      expect(existsSync(join(dir, 'README.md')) && existsSync(join(dir, 'LICENSE')), `${p.name}: README.md and LICENSE`).toBe(true);
    }
    // The command ships once, as kehoach's bin; the library @kehoach/cli leaves out the bundle its dist/
    // holds in the workspace.
    expect(readdirSync(join(app, 'node_modules/@kehoach/cli/dist')).filter((f) => f.startsWith('kehoach'))).toEqual([]);
    expect(existsSync(join(app, 'node_modules/kehoach/bin/kehoach-worker.mjs'))).toBe(true);
    // Each schema's $id (the CDN path editors fetch once it is published) names its own place in the package.
    for (const name of ['plan', 'plan-v1', 'unit', 'checklist']) {
      const file = `schemas/${name}.schema.json`;
      const schema = JSON.parse(readFileSync(join(app, 'node_modules/@kehoach/schema', file), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(`https://cdn.jsdelivr.net/npm/@kehoach/schema@0/${file}`);
    }
  });

  // The compilers start together; each test reports its own.
  const compiled = new Map<string, Promise<unknown>>();
  const tsc = (config: string) => {
    if (!compiled.size) {
      for (const c of ['tsconfig.node.json', 'tsconfig.bundler.json', 'tsconfig.node10.json']) {
        const p = installed.then(() => inApp(process.execPath, ['node_modules/typescript/bin/tsc', '-p', c]));
        p.catch(() => {});
        compiled.set(c, p);
      }
    }
    return compiled.get(config)!;
  };

  test('compiles a strict consumer under module nodenext, without skipLibCheck', async () => {
    await tsc('tsconfig.node.json');
  });

  test('compiles a browser consumer under moduleResolution bundler, without Node types or skipLibCheck', async () => {
    await tsc('tsconfig.bundler.json');
  });

  test('compiles an older project’s consumer under moduleResolution node10 (types and typesVersions, no exports)', async () => {
    await tsc('tsconfig.node10.json');
  });

  test('every package installed accepts Node 20.19, the engines the packages declare (npm warns EBADENGINE otherwise; pdfjs-dist ≥ 5.7 wants Node 22)', async () => {
    await installed;
    const store = join(app, 'node_modules/.pnpm');
    const refusing: string[] = [];
    for (const dir of readdirSync(store).filter((d) => d.includes('@') && !d.startsWith('node_modules'))) {
      const name = dir.startsWith('@') ? '@' + dir.slice(1).split('@')[0]!.replace('+', '/') : dir.split('@')[0]!;
      const manifest = join(store, dir, 'node_modules', name, 'package.json');
      if (!existsSync(manifest)) continue;
      const node = (JSON.parse(readFileSync(manifest, 'utf8')) as { engines?: { node?: string } }).engines?.node;
      if (node && !semver.satisfies('20.19.0', node)) refusing.push(`${dir}: ${node}`);
    }
    expect(refusing).toEqual([]);
    expect(readdirSync(store).some((d) => d.startsWith('pdfjs-dist@5.6.'))).toBe(true);
  });

  test('runs the consumer: an example loads and renders a DOCX', async () => {
    await tsc('tsconfig.node.json');
    await inApp(process.execPath, ['out/node.js', 'examples/lang-son-2019.yaml']);
    const result = JSON.parse(readFileSync(join(app, 'consumer.json'), 'utf8'));
    expect(result).toMatchObject({ markdown: true, schemaId: 'https://cdn.jsdelivr.net/npm/@kehoach/schema@0/schemas/plan.schema.json', schemaVersion: 2, unitValid: false, checked: true });
    // The output registry, and kehoach/node (file helpers, the pdf output it registers) under nodenext.
    expect(result).toMatchObject({ csv: true, docxType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', planOutputs: 'docx,pdf,md,txt,edxml', pdf: 'pdf' });
    expect(result.read).toBeGreaterThan(1000);
    expect(result.checklistItems).toBeGreaterThan(0);
    expectDocx(readFileSync(join(app, 'consumer.docx')));
  });

  test('the kehoach bin: --version and render', async () => {
    await installed;
    const version = JSON.parse(readFileSync(ROOT + 'packages/kehoach/package.json', 'utf8')).version;
    expect((await inApp(join(app, 'node_modules/.bin/kehoach'), ['--version'])).stdout.trim()).toBe(version);
    await inApp(join(app, 'node_modules/.bin/kehoach'), ['render', 'examples/tuyen-quang-2025-30-7.yaml', '-o', 'bin.docx', '-q']);
    expectDocx(readFileSync(join(app, 'bin.docx')));
  });

  test('every export with a browser condition loads under it', async () => {
    await installed;
    for (const p of PACKAGES) {
      const exportsOf = ((p.manifest.publishConfig as { exports?: Record<string, unknown> } | undefined)?.exports ?? p.manifest.exports ?? {}) as Record<string, unknown>;
      for (const [sub, cond] of Object.entries(exportsOf)) {
        if (typeof cond !== 'object' || !cond || !('browser' in cond)) continue;
        const spec = p.name + sub.slice(1);
        await inApp(process.execPath, ['--conditions=browser', '--input-type=module', '-e', `await import(${JSON.stringify(spec)})`]);
      }
    }
  });

  test("every package README's js snippet runs against the installed package", async () => {
    await installed;
    let ran = 0;
    for (const p of PACKAGES) {
      const dir = ROOT + (p.manifest.repository as { directory: string }).directory;
      const readme = readFileSync(dir + '/README.md', 'utf8');
      const snippets = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
      for (const [i, code] of snippets.entries()) {
        const file = `snippet-${p.name.replace(/\W+/g, '-')}-${i + 1}.mjs`;
        writeFileSync(join(app, file), code);
        await inApp(process.execPath, [file]);
        ran++;
      }
    }
    expect(ran).toBeGreaterThanOrEqual(PACKAGES.length);
  });
});

function expectDocx(bytes: Buffer): void {
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(new PizZip(bytes).file('word/document.xml')).not.toBeNull();
}
