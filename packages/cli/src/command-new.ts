import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadPlan, missingNewPlanOptions, newPlan, planSchema, formatDiagnostics, type NewPlanOptions, type UnitKindId } from 'kehoach';
import { UsageError } from './command.js';
import { emit } from './emit-output.js';
import type { Io } from './io.js';

/** Options of `kehoach new`: those of `newPlan`, and where to write. */
export interface NewCommandOptions extends Omit<NewPlanOptions, 'unit' | 'name'> {
  unit: string;
  name?: string;
  /** Output file; none or `-`: standard output. */
  output?: string;
}

/** Where the schema is for a plan written to `to`: a `schemas/plan.schema.json` (or an installed `@kehoach/schema`'s) in a folder above it, else the published one. */
export function schemaFor(to: string | undefined): string {
  const from = to && to !== '-' ? dirname(resolve(to)) : process.cwd();
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of ['schemas/plan.schema.json', 'node_modules/@kehoach/schema/schemas/plan.schema.json']) {
      if (existsSync(join(dir, candidate))) return relative(from, join(dir, candidate)).split('\\').join('/');
    }
    if (dirname(dir) === dir) return planSchema.$id;
  }
}

/**
 * `kehoach new --unit xa --name "Minh Xuân" [--kind cong-van] [--year 2026] [-o ke-hoach.yaml]`: a
 * blank plan (`newPlan`) written to the file, or to standard output. A file already there is not
 * overwritten (exit 1). The plan is loaded again before it is written: it has no diagnostic.
 */
export async function newCommand(o: NewCommandOptions, io: Io): Promise<number> {
  const options = { ...o, unit: o.unit as UnitKindId, name: o.name ?? '' } as NewPlanOptions & { output?: string };
  const missing = missingNewPlanOptions(options);
  if (missing.length) throw new UsageError(`lệnh new với --unit ${o.unit} cần ${missing.map((m) => `--${m}`).join(', ')} (xem kehoach help new)`);
  if (o.output !== undefined && o.output !== '-' && existsSync(o.output)) {
    io.err(`kehoach: tệp “${o.output}” đã có; kehoach new không ghi đè — xóa tệp hoặc chọn tên khác. — The file exists; not overwritten.\n`);
    return 1;
  }
  delete options.output;
  const { yaml } = newPlan({ ...options, schema: schemaFor(o.output) });
  // What is written loads with no diagnostic; a kind a portal registered could still say otherwise.
  const check = loadPlan(yaml, { file: o.output ?? '<stdout>' });
  if (check.diagnostics.length) io.err(formatDiagnostics(check.diagnostics) + '\n');
  await emit(yaml, o.output ?? '-', io);
  return 0;
}
