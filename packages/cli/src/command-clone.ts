import { readInput } from 'kehoach/node';
import { formatDiagnostics, loadUnits, rollPlan, tracePlan, type Plan } from 'kehoach';
import { cloneUnit, parentInvalid, type UnitInput } from './clone-unit.js';
import { isUnitFile, registryUnit } from './registry-units.js';
import { schemaRef } from './schema-ref.js';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';

/**
 * `kehoach clone <parent.yaml> --unit <unit.yaml | tên hoặc mã đơn vị> [-o child.yaml]`. A unit that is
 * not a file is looked up in the units registry (one commune, or the list of those it may be, and exit 1).
 * Nothing is written on error.
 */
export async function cloneCommand(parentFile: string, unitArg: string, output: string | undefined, io: Io): Promise<number> {
  const { plan } = await loadFile(parentFile, io);
  if (!plan) {
    io.err(parentInvalid(parentFile));
    return 1;
  }
  let unit: UnitInput;
  if (isUnitFile(unitArg)) {
    // The unit profile is read like a plan: within the size limit, as UTF-8, with its own diagnostics.
    const read = await readInput(unitArg);
    if (read.diagnostic) {
      io.err(formatDiagnostics([read.diagnostic]) + '\n');
      return 1;
    }
    unit = { bytes: read.bytes!, file: unitArg };
  } else {
    const found = await registryUnit(unitArg);
    if (!found.source || !('profile' in found.source)) {
      io.err(found.message ?? '');
      return 1;
    }
    unit = { profile: found.source.profile };
  }
  const r = cloneUnit(plan, parentFile, unit, output ?? 'child.yaml', await schemaRef(parentFile, output));
  if (r.messages) io.err(r.messages);
  if (r.yaml === undefined) return 1;
  await emit(r.yaml, output ?? '-', io, 'file' in unit ? [parentFile, unit.file] : [parentFile]);
  return 0;
}

/** `kehoach trace <child.yaml> --parent <parent.yaml> [--format text|json]`: exit 1 when a task is not covered. */
export async function traceCommand(childFile: string, parentFile: string, format: 'text' | 'json', io: Io): Promise<number> {
  const child = (await loadFile(childFile, io)).plan;
  const parent = (await loadFile(parentFile, io)).plan;
  if (!child || !parent) return 1;
  if (!child.input.parent?.tasks) {
    io.err(`kehoach: ${childFile} không có “parent.tasks” — không phải kế hoạch được nhân bản bằng “kehoach clone”\n`);
    return 1;
  }
  const t = tracePlan(child, parent);
  if (format === 'json') io.out(JSON.stringify(t, null, 2) + '\n');
  else io.out(traceReport(child, t));
  return t.notCovered.length || t.unclassified.length ? 1 : 0;
}

function traceReport(child: Plan, t: ReturnType<typeof tracePlan>): string {
  const total = t.covered.length + t.notCovered.length + t.unclassified.length;
  const lines = [`Độ phủ: ${t.covered.length}/${total} (${Math.floor(t.coverage * 100)} %) nhiệm vụ cấp trên thuộc cấp này đã có trong kế hoạch ${child.source.file}.`];
  for (const n of t.notCovered) lines.push(`  CHƯA CÓ  ${n.ref} (${n.id})  ${n.text}`);
  if (t.unclassified.length) lines.push(`${t.unclassified.length} nhiệm vụ không xác định được cơ quan thực hiện (có thể thuộc cấp này, chưa tính là đã có):`);
  for (const n of t.unclassified) lines.push(`  KHÔNG RÕ  ${n.ref} (${n.id})  ${n.text}`);
  lines.push(t.parentChanged ? `Kế hoạch cấp trên đã thay đổi từ lúc nhân bản (${t.drift.length} thay đổi):` : 'Kế hoạch cấp trên không thay đổi từ lúc nhân bản.');
  const word = { added: 'THÊM', removed: 'BỎ', reworded: 'SỬA LỜI', 'new-deadline': 'ĐỔI HẠN' } as const;
  for (const d of t.drift) lines.push(`  ${word[d.kind]}  ${d.ref} (${d.id})  ${d.detail}`);
  return lines.join('\n') + '\n';
}

/** `kehoach roll <plan.yaml> --year 2026 [-o next.yaml] [--cite-previous]`. */
export async function rollCommand(file: string, year: number, output: string | undefined, citePrevious: boolean, io: Io): Promise<number> {
  const { plan } = await loadFile(file, io);
  if (!plan) return 1;
  const r = rollPlan(plan, year, {
    citePrevious,
    // a commune's plan rolled across 1 July 2025 names the commune's successor
    units: await loadUnits(),
    ...(await schemaRef(file, output).then((s) => (s ? { schema: s } : {}))),
    header: [`Dự thảo năm ${year}, chuyển từ ${file}: rà soát các cảnh báo ROLL_STALE_YEAR.`],
    file: output && output !== '-' ? output : '<stdout>',
  });
  if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
  if (r.yaml === undefined) return 1;
  await emit(r.yaml, output ?? '-', io, [file]);
  return 0;
}
