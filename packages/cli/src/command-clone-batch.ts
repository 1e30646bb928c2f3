import { readdir, mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { output } from 'kehoach';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { cloneUnitFile, loadParent, parentInvalid, type CloneJob, type CloneOutcome } from './clone-unit.js';
import { schemaRef } from './schema-ref.js';
import { runInWorkers, workerCount } from './worker-pool.js';

/** Options of a batch clone. */
export interface CloneBatchOptions {
  /** Unit profile files (`--unit`, globs expanded). */
  units: string[];
  /** A folder of unit profiles (`--units`): every `*.yaml`/`*.yml` in it. */
  unitsDir?: string;
  outDir: string;
  /** A plan output (`docx`, `md` …) to render each unit's plan to, beside its YAML. */
  render?: string;
}

/**
 * `kehoach clone <parent.yaml> (--unit u.yaml… | --units dir) --out-dir dir [--render docx]`: one
 * plan per unit, named after its profile file, in `--out-dir` (and its document beside it). Units are
 * cloned on worker threads, one per core; a progress line shows on a terminal. A unit with errors is
 * reported and skipped; exit 1 if any unit failed or the parent is invalid.
 */
export async function cloneBatchCommand(parentFile: string, o: CloneBatchOptions, io: Io): Promise<number> {
  const parent = await loadParent(parentFile);
  if (parent.messages) io.err(parent.messages);
  if (!parent.plan) {
    io.err(parentInvalid(parentFile));
    return 1;
  }
  const units = [...o.units];
  if (o.unitsDir !== undefined) {
    let names: string[];
    try {
      names = (await readdir(o.unitsDir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
    } catch {
      io.err(`kehoach: không đọc được thư mục hồ sơ đơn vị “${o.unitsDir}”\n`);
      return 1;
    }
    units.push(...names.map((n) => join(o.unitsDir!, n)));
  }
  if (!units.length) {
    io.err(`kehoach: không có hồ sơ đơn vị nào (*.yaml) trong “${o.unitsDir ?? ''}”\n`);
    return 1;
  }
  await mkdir(o.outDir, { recursive: true });
  const schema = await schemaRef(parentFile, join(o.outDir, 'x.yaml'));
  const jobs: CloneJob[] = units.map((unitFile) => {
    const stem = basename(unitFile).replace(/\.(ya?ml)$/i, '');
    return {
      kind: 'clone',
      parentFile,
      unitFile,
      target: join(o.outDir, `${stem}.yaml`),
      ...(schema ? { schema } : {}),
      ...(o.render ? { render: o.render, renderTarget: join(o.outDir, `${stem}.${output('plan', o.render).extension}`) } : {}),
    };
  });
  // Each output is checked against the inputs it could be (its parent, its own profile, a profile
  // of the same name in --out-dir): checking every output against all profiles would cost N².
  const profiles = new Set(units.map((u) => resolve(u)));
  const inputsOf = (i: number, path: string) => [parentFile, units[i]!, ...(profiles.has(resolve(path)) ? [path] : [])];
  let failed = 0;
  let done = 0;
  const take = async (i: number, r: CloneOutcome) => {
    if (r.messages) io.err(r.messages);
    io.progress?.(++done, jobs.length, units[i]!);
    if (!r.files.length || (o.render && r.files.length < 2)) failed++;
    for (const f of r.files) await emit(f.data, f.path, io, inputsOf(i, f.path));
  };
  const threads = workerCount(jobs.length);
  if (threads) await runInWorkers<CloneJob, CloneOutcome>(jobs, threads, take);
  else for (const [i, job] of jobs.entries()) await take(i, await cloneUnitFile(job));
  return failed ? 1 : 0;
}
