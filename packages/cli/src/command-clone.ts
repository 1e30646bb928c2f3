import { readInput } from '@kehoach/node';
import { dirname, relative, resolve } from 'node:path';
import { clonePlan, loadUnit, planToYaml, rollPlan, staleYears, tracePlan } from '@kehoach/clone';
import { decodeInput, documentNumber, formatDiagnostics, hasErrors, loadPlan, makeDiagnostic, periodYears, type Plan } from '@kehoach/core';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';

/** The schema line for a new plan: the parent's own, re-pointed from where the new file goes. */
async function schemaRef(from: string, to: string | undefined): Promise<string | undefined> {
  const read = await readInput(from);
  const first = read.bytes ? new TextDecoder().decode(read.bytes.subarray(0, 4096)).split('\n')[0] ?? '' : '';
  const m = /\$schema=(\S+)/.exec(first);
  if (!m || /^[a-z]+:/.test(m[1]!)) return m?.[1];
  const abs = resolve(dirname(from), m[1]!);
  return relative(to && to !== '-' ? dirname(resolve(to)) : process.cwd(), abs).split('\\').join('/');
}

/** Loads a generated plan back before writing it: what we write must load without a diagnostic. */
function selfCheck(text: string, file: string, io: Io): boolean {
  const back = loadPlan(text, { file });
  if (!back.plan || hasErrors(back.diagnostics)) {
    io.err(formatDiagnostics([makeDiagnostic('INTERNAL_ERROR', { file, path: '', line: 1, column: 1 }, { detail: 'kế hoạch sinh ra không nạp lại được' }), ...back.diagnostics]) + '\n');
    return false;
  }
  return true;
}

/** `kehoach clone <parent.yaml> --unit <unit.yaml> [-o child.yaml]`. Nothing is written on error. */
export async function cloneCommand(parentFile: string, unitFile: string, output: string | undefined, io: Io): Promise<number> {
  const { plan } = await loadFile(parentFile, io);
  if (!plan) {
    io.err(formatDiagnostics([makeDiagnostic('CLONE_PARENT_INVALID', { file: parentFile, path: '', line: 1, column: 1 })]) + '\n');
    return 1;
  }
  // The unit profile is read like a plan: within the size limit, as UTF-8, with its own diagnostics.
  const read = await readInput(unitFile);
  const decoded = read.bytes ? decodeInput(read.bytes, unitFile) : { diagnostics: [read.diagnostic!] };
  if (decoded.text === undefined) {
    io.err(formatDiagnostics(decoded.diagnostics) + '\n');
    return 1;
  }
  const { unit, diagnostics: ud } = loadUnit(decoded.text, unitFile);
  if (ud.length) io.err(formatDiagnostics(ud) + '\n');
  if (!unit) return 1;
  const r = clonePlan(plan, unit, { parentFile });
  if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
  if (!r.input || hasErrors(r.diagnostics)) return 1;
  if (!r.carried.length) {
    io.err(formatDiagnostics([makeDiagnostic('CLONE_NOTHING_CARRIED', { file: parentFile, path: '', line: 1, column: 1 })]) + '\n');
    return 1;
  }
  const number = documentNumber(plan) ?? 'dự thảo';
  const text = planToYaml(r.input, {
    ...(await schemaRef(parentFile, output).then((s) => (s ? { schema: s } : {}))),
    header: [
      `Kế hoạch của ${unit.unit.name}, nhân bản từ Kế hoạch ${number} của ${plan.issuer.name} (${parentFile}).`,
      `Dự thảo: sửa nội dung cho phù hợp địa phương; giữ “origin” để “kehoach trace” kiểm tra độ phủ.`,
      `Đã nhận ${r.carried.length} nhiệm vụ; để lại cấp trên: ${r.left.join(', ') || 'không'}.`,
    ],
  });
  if (!selfCheck(text, output ?? 'child.yaml', io)) return 1;
  await emit(text, output ?? '-', io, [parentFile, unitFile]);
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
  const oldYears = periodYears(plan.period);
  const { input } = rollPlan(plan, year, { citePrevious });
  const text = planToYaml(input, {
    ...(await schemaRef(file, output).then((s) => (s ? { schema: s } : {}))),
    header: [`Dự thảo năm ${year}, chuyển từ ${file}: rà soát các cảnh báo ROLL_STALE_YEAR.`],
  });
  const target = output && output !== '-' ? output : '<stdout>';
  const back = loadPlan(text, { file: target });
  if (!back.plan || hasErrors(back.diagnostics)) return selfCheck(text, target, io) ? 0 : 1;
  const stale = staleYears(back.plan, oldYears);
  if (stale.length) io.err(formatDiagnostics(stale) + '\n');
  await emit(text, output ?? '-', io, [file]);
  return 0;
}
