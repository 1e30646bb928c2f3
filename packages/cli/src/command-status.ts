import './native-deflate.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { formatDiagnostics, hasErrors, output, planStatus, type Plan, type PlanStatusResult } from 'kehoach';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';
import { localToday } from './local-date.js';

/** Options of `kehoach status`. */
export interface StatusCommandOptions {
  format: string;
  output?: string;
  progress?: string;
  asOf?: string;
  agency?: string;
  soonDays?: number;
  /** The công văn đôn đốc: the day the agencies report by. */
  reportBy?: string;
  /** The Báo cáo: the period reported, in words. */
  period?: string;
}

/** The progress file a plan's status reads: the one given, else `<plan>.progress.yaml` beside it when there is one. */
export function progressFileOf(planFile: string, given: string | undefined): string | undefined {
  if (given !== undefined) return given;
  const beside = planFile.replace(/\.(ya?ml|json)$/i, '') + '.progress.yaml';
  return planFile !== '-' && existsSync(beside) ? beside : undefined;
}

/**
 * Loads a plan and its progress file and computes each duty's status as of a date (`planStatus`);
 * prints the diagnostics of both. Undefined when either has errors, or the agency is not the plan's.
 */
export async function loadStatus(file: string, o: Omit<StatusCommandOptions, 'format' | 'output'>, io: Io): Promise<{ plan: Plan; result: PlanStatusResult } | undefined> {
  const { plan } = await loadFile(file, io);
  if (!plan) return undefined;
  if (o.agency !== undefined && !Object.hasOwn(plan.agencies, o.agency)) {
    io.err(`kehoach: không có cơ quan “${o.agency}” trong kế hoạch — no such agency (${Object.keys(plan.agencies).join(', ')})\n`);
    return undefined;
  }
  const progressFile = progressFileOf(file, o.progress);
  let text: string | undefined;
  if (progressFile !== undefined) {
    try {
      text = await readFile(progressFile, 'utf8');
    } catch {
      io.err(`kehoach: không đọc được tệp tiến độ “${progressFile}” — cannot read the progress file\n`);
      return undefined;
    }
  }
  const result = planStatus(plan, text, {
    asOf: o.asOf ?? localToday(),
    ...(progressFile !== undefined ? { progressFile } : {}),
    ...(o.agency !== undefined ? { agency: o.agency } : {}),
    ...(o.soonDays !== undefined ? { soonDays: o.soonDays } : {}),
  });
  if (result.diagnostics.length) io.err(formatDiagnostics(result.diagnostics) + '\n');
  return result.report && !hasErrors(result.diagnostics) ? { plan, result } : undefined;
}

/**
 * `kehoach status <plan.yaml> [--progress p.yaml] [--as-of DATE] [--agency id] [-f txt|json|xlsx] [-o out]`:
 * each duty's status as of a date, with the counts per status, agency and section — text or JSON to
 * standard output unless `-o` says, the agencies' workbook to `<plan>.tinh-trang.xlsx`.
 */
export async function statusCommand(file: string, o: StatusCommandOptions, io: Io): Promise<number> {
  const loaded = await loadStatus(file, o, io);
  if (!loaded) return 1;
  const { plan, result } = loaded;
  const out = output('status', o.format);
  const r = await out.render({ status: result.report!, checklist: result.checklist, plan }, { ...(o.reportBy !== undefined ? { reportBy: o.reportBy } : {}), ...(o.period !== undefined ? { period: o.period } : {}) });
  if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
  if (r.output === undefined) {
    if (!r.diagnostics.length) io.err('kehoach: không có nhiệm vụ quá hạn hay sắp đến hạn: không cần công văn đôn đốc. — No duty is overdue or due soon: no letter written.\n');
    return 1;
  }
  const target = o.output ?? (out.binary ? `${file.replace(/\.(ya?ml|json)$/i, '')}.${out.id === 'xlsx' ? 'tinh-trang' : out.id}.${out.extension}` : '-');
  await emit(r.output, target, io, [file]);
  return 0;
}
