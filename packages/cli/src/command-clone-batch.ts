import { readdir, mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { communeProfile, findCommune, output, type Commune, type UnitProfile } from 'kehoach';
import { communeStem, isUnitFile, provinceCommunes, registryUnit } from './registry-units.js';
import { emit } from './emit-output.js';
import { outputClash } from './output-clash.js';
import type { Io } from './io.js';
import { cloneUnitFile, loadParent, parentInvalid, type CloneJob, type CloneOutcome } from './clone-unit.js';
import { schemaRef } from './schema-ref.js';
import { runInWorkers, workerCount } from './worker-pool.js';

/** Options of a batch clone. */
export interface CloneBatchOptions {
  /** Unit profile files (`--unit`, globs expanded), or names or codes of communes of the units registry. */
  units: string[];
  /** Every commune of this province (`--province 08`, or its name), from the units registry. */
  province?: string;
  /** A folder of unit profiles (`--units`): every `*.yaml`/`*.yml` in it. */
  unitsDir?: string;
  outDir: string;
  /** A plan output (`docx`, `md` …) to render each unit's plan to, beside its YAML. */
  render?: string;
}

/**
 * `kehoach clone <parent.yaml> (--unit u.yaml|name|code… | --units dir | --province 08) --out-dir dir [--render docx]`: one
 * plan per unit, named after its profile file (a registry commune's: `02215-phuong-minh-xuan.yaml`), in `--out-dir` (and its document beside it). Units are
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
  const listed = await unitList(o, io);
  if (!listed) return 1;
  const { units, failed: unresolved } = listed;
  if (!units.length) {
    if (!unresolved) io.err(`kehoach: không có hồ sơ đơn vị nào (*.yaml) trong “${o.unitsDir ?? ''}”\n`);
    return 1;
  }
  const targetsOf = (stem: string) => [join(o.outDir, `${stem}.yaml`), ...(o.render ? [join(o.outDir, `${stem}.${output('plan', o.render).extension}`)] : [])];
  // Two units that would write one file (`x.yaml` and `X.yml` in --units; two profiles of one commune
  // with --province) are refused before anything is written, naming both: never one unit's plan over another's.
  const clash = outputClash(units.map((u) => ({ input: u.unitFile ?? u.label, targets: targetsOf(u.stem) })));
  if (clash) {
    io.err(clash);
    return 1;
  }
  await mkdir(o.outDir, { recursive: true });
  const schema = await schemaRef(parentFile, join(o.outDir, 'x.yaml'));
  const jobs: CloneJob[] = units.map(({ stem, label: _label, ...unit }) => {
    return {
      kind: 'clone',
      parentFile,
      ...unit,
      target: join(o.outDir, `${stem}.yaml`),
      ...(schema ? { schema } : {}),
      ...(o.render ? { render: o.render, renderTarget: join(o.outDir, `${stem}.${output('plan', o.render).extension}`) } : {}),
    };
  });
  // Each output is checked against the inputs it could be (its parent, its own profile, a profile
  // of the same name in --out-dir): checking every output against all profiles would cost N².
  const files = units.map((u) => u.unitFile);
  const profiles = new Set(files.filter((f) => f !== undefined).map((f) => resolve(f)));
  const inputsOf = (i: number, path: string) => [parentFile, ...(files[i] ? [files[i]] : []), ...(profiles.has(resolve(path)) ? [path] : [])];
  let failed = unresolved;
  let done = 0;
  const take = async (i: number, r: CloneOutcome) => {
    if (r.messages) io.err(r.messages);
    io.progress?.(++done, jobs.length, units[i]!.label);
    if (!r.files.length || (o.render && r.files.length < 2)) failed++;
    for (const f of r.files) await emit(f.data, f.path, io, inputsOf(i, f.path));
  };
  const threads = workerCount(jobs.length);
  if (threads) await runInWorkers<CloneJob, CloneOutcome>(jobs, threads, take);
  else for (const [i, job] of jobs.entries()) await take(i, await cloneUnitFile(job));
  return failed ? 1 : 0;
}

/** One unit of a batch: its profile's file or a registry commune's profile, and the name of its plan's file. */
interface BatchUnit {
  unitFile?: string;
  unitProfile?: UnitProfile;
  stem: string;
  label: string;
}

/**
 * The units of a batch: `--unit` files and registry names, `--units` folder, `--province` communes. With
 * `--province`, a profile of the folder whose file is named by a commune's code or name
 * (`02215.yaml`, `phuong-minh-xuan.yaml`) is that commune's, in place of the registry's; others are cloned
 * too, under their own name. Names that name no single unit are reported and counted as failed.
 */
async function unitList(o: CloneBatchOptions, io: Io): Promise<{ units: BatchUnit[]; failed: number } | undefined> {
  const out: BatchUnit[] = [];
  let failed = 0;
  const fileUnit = (f: string): BatchUnit => ({ unitFile: f, stem: basename(f).replace(/\.(ya?ml)$/i, ''), label: f });
  const communeUnit = (c: Commune, profile: UnitProfile = communeProfile(c)): BatchUnit => ({ unitProfile: profile, stem: communeStem(c), label: c.fullName });
  for (const u of o.units) {
    if (isUnitFile(u)) out.push(fileUnit(u));
    else {
      const r = await registryUnit(u);
      if (r.source && 'commune' in r.source) out.push(communeUnit(r.source.commune, r.source.profile));
      else {
        io.err(r.message ?? '');
        failed++;
      }
    }
  }
  let dirFiles: string[] = [];
  if (o.unitsDir !== undefined) {
    try {
      dirFiles = (await readdir(o.unitsDir)).filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => join(o.unitsDir!, n));
    } catch {
      io.err(`kehoach: không đọc được thư mục hồ sơ đơn vị “${o.unitsDir}”\n`);
      return undefined;
    }
  }
  if (o.province === undefined) return { units: [...out, ...dirFiles.map(fileUnit)], failed };
  const p = await provinceCommunes(o.province);
  if (!p.communes) {
    io.err(p.message ?? '');
    return undefined;
  }
  const own = new Map<string, string>();
  for (const f of dirFiles) {
    const c = await communeOfFile(f, o.province);
    // A second profile of the same commune (`02215.yaml` and `phuong-minh-xuan.yaml`) is kept, under the
    // commune's name: the batch then refuses the clash naming both files, rather than dropping one unseen.
    if (c && own.has(c.code)) out.push({ ...fileUnit(f), stem: communeStem(c) });
    else if (c) own.set(c.code, f);
    else {
      io.err(`kehoach: hồ sơ “${f}” không mang mã hay tên một xã, phường của tỉnh — vẫn nhân bản theo tên tệp (a profile named by no commune of the province: cloned under its own name)\n`);
      out.push(fileUnit(f));
    }
  }
  for (const c of p.communes) out.push(own.has(c.code) ? { ...fileUnit(own.get(c.code)!), stem: communeStem(c) } : communeUnit(c));
  return { units: out, failed };
}

/** The commune a profile file is named by: its code (`02215…`) or its name (`phuong-minh-xuan`), in the province. */
async function communeOfFile(file: string, province: string): Promise<Commune | undefined> {
  const stem = basename(file).replace(/\.(ya?ml)$/i, '');
  const code = /^(\d{5})(?:\D|$)/.exec(stem)?.[1];
  const r = await findCommune(code ?? stem.replace(/[-_]+/g, ' '), { province });
  return r.commune;
}
