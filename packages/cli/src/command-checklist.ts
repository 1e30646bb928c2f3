import './native-deflate.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { deriveChecklist, formatDiagnostics, hasErrors, output, planStatus, type Checklist, type Plan, type StatusReport } from 'kehoach';
import { readFile } from 'node:fs/promises';
import { localToday } from './local-date.js';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';
import { splitNames } from './split-names.js';

/** Output formats of `kehoach checklist`: the ids of checklist outputs (`json`, `md`, `csv`, `ics`, `docx`, `xlsx` …). */
export type ChecklistFormat = string;

/** Options of `kehoach checklist`. */
export interface ChecklistCommandOptions {
  format: ChecklistFormat;
  output?: string;
  agency?: string;
  split?: string;
  today?: string;
  /** ICS: a reminder this many days before each deadline. */
  remind?: number;
  /** XLSX: the progress file whose statuses (as of `today`) and fill-in columns the workbook gains. */
  progress?: string;
}

/** One checklist (one agency's when `agency` is set) rendered to the chosen output and written to `target`. */
async function write(plan: Plan, checklist: Checklist, agency: string | undefined, o: ChecklistCommandOptions, target: string, file: string, io: Io, status?: StatusReport): Promise<boolean> {
  const r = await output('checklist', o.format).render({ checklist, plan, ...(agency ? { agency } : {}), ...(status ? { status } : {}) }, o.remind !== undefined ? { remind: o.remind } : {});
  if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
  if (r.output === undefined) return false;
  await emit(r.output, target, io, [file]);
  return true;
}

/**
 * `kehoach checklist <plan.yaml> --format json|md|csv|ics|docx|xlsx … [-o out] [--agency id]
 * [--split dir] [--today YYYY-MM-DD]`: every agency's dated items, or one agency's (`--agency`, or
 * one file each with `--split`), in any checklist output of `kehoach`. Errors in the plan (or a
 * recurrence that never occurs) write nothing and exit 1; warnings are printed and kept.
 */
export async function checklistCommand(file: string, o: ChecklistCommandOptions, io: Io): Promise<number> {
  const { plan } = await loadFile(file, io);
  if (!plan) return 1;
  if (o.agency !== undefined && !Object.hasOwn(plan.agencies, o.agency)) {
    io.err(`kehoach: không có cơ quan “${o.agency}” trong kế hoạch — no such agency (${Object.keys(plan.agencies).join(', ')})\n`);
    return 1;
  }
  const { checklist, diagnostics } = deriveChecklist(plan, { ...(o.today ? { today: o.today } : {}), ...(o.agency ? { agency: o.agency } : {}) });
  if (diagnostics.length) io.err(formatDiagnostics(diagnostics) + '\n');
  if (hasErrors(diagnostics)) return 1;
  const base = file.replace(/\.(ya?ml|json)$/i, '');
  let status: StatusReport | undefined;
  if (o.progress !== undefined) {
    const tracked = planStatus(plan, await readFile(o.progress, 'utf8'), { asOf: o.today ?? localToday(), progressFile: o.progress });
    if (tracked.diagnostics.length) io.err(formatDiagnostics(tracked.diagnostics) + '\n');
    if (!tracked.report) return 1;
    status = tracked.report;
  }
  if (o.split) {
    await mkdir(o.split, { recursive: true });
    const byId = new Map<string, typeof checklist.items>();
    for (const i of checklist.items) {
      const id = i.agency?.id ?? '';
      if (!byId.has(id)) byId.set(id, []);
      byId.get(id)!.push(i);
    }
    const ids = [...byId.keys()];
    const names = splitNames(ids.map((id) => (id ? { id, shortName: plan.agencies[id]!.shortName } : null)));
    const extension = output('checklist', o.format).extension;
    let failed = 0;
    for (const [k, id] of ids.entries()) {
      const one = { ...checklist, items: byId.get(id)! };
      if (!(await write(plan, one, id || undefined, o, join(o.split, `${names[k]}.${extension}`), file, io, status))) failed++;
    }
    return failed ? 1 : 0;
  }
  return (await write(plan, checklist, o.agency, o, o.output ?? `${base}.nhiem-vu.${output('checklist', o.format).extension}`, file, io, status)) ? 0 : 1;
}
