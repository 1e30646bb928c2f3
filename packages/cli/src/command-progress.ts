import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { deriveChecklist, formatDiagnostics, hasErrors, itemKey, loadProgress, mergeProgress, readProgressXlsx, type Diagnostic } from 'kehoach';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';
import { localToday } from './local-date.js';

/** Options of `kehoach progress import`. */
export interface ProgressImportOptions {
  into: string;
  plan?: string;
  agency?: string;
  date?: string;
}

/** The plan a progress file tracks: `--plan`, else its `plan:` (relative to the progress file). */
function planFileOf(into: string, text: string | undefined, given: string | undefined): string | undefined {
  if (given !== undefined) return given;
  const written = text === undefined ? undefined : loadProgress(text, into).progress?.plan;
  return written ? resolve(dirname(into), written) : undefined;
}

/**
 * `kehoach progress import <filled.xlsx> --into p.yaml [--plan plan.yaml] [--agency id] [--date DATE]`:
 * the rows an agency filled merged into the progress file as updates of that date; every bad cell
 * reported at its sheet, row and column (its row left out), conflicts with what is recorded shown and
 * left as recorded. The file is written only when it still loads clean; exit 1 when a cell was bad.
 */
export async function progressImportCommand(file: string, o: ProgressImportOptions, io: Io): Promise<number> {
  const existing = existsSync(o.into) ? await readFile(o.into, 'utf8') : undefined;
  const planFile = planFileOf(o.into, existing, o.plan);
  if (!planFile) {
    io.err(`kehoach: cần --plan <kế hoạch>: tệp tiến độ “${o.into}” không ghi “plan:” — the plan is not known\n`);
    return 1;
  }
  const { plan } = await loadFile(planFile, io);
  if (!plan) return 1;
  if (o.agency !== undefined && !Object.hasOwn(plan.agencies, o.agency)) {
    io.err(`kehoach: không có cơ quan “${o.agency}” trong kế hoạch — no such agency (${Object.keys(plan.agencies).join(', ')})\n`);
    return 1;
  }
  const { checklist } = deriveChecklist(plan);
  const loaded = existing === undefined ? undefined : loadProgress(existing, o.into, { checklist });
  if (loaded?.diagnostics.length) io.err(formatDiagnostics(loaded.diagnostics) + '\n');
  if (loaded && !loaded.progress) return 1;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    io.err(`kehoach: không đọc được tệp “${file}” — cannot read the workbook\n`);
    return 1;
  }
  const date = o.date ?? localToday();
  const read = readProgressXlsx(bytes, {
    checklist, date, file,
    ...(loaded?.progress ? { progress: loaded.progress } : {}),
    ...(o.agency !== undefined ? { agency: o.agency } : {}),
  });
  if (read.diagnostics.length) io.err(formatDiagnostics(read.diagnostics) + '\n');
  const conflicts = read.diagnostics.filter((d: Diagnostic) => d.code === 'PROGRESS_XLSX_CONFLICT').length;
  const summary = `Đã nhập ${read.updates.length} cập nhật; ${read.unchanged} dòng không đổi; ${read.diagnostics.length - conflicts} ô lỗi; ${conflicts} xung đột (giữ bản đã ghi).\n`;
  if (read.updates.length) {
    const next = mergeProgress(existing, read.updates, { key: itemKey(checklist), plan: relative(dirname(resolve(o.into)), resolve(planFile)) });
    const check = loadProgress(next, o.into, { checklist });
    if (!check.progress) {
      io.err(formatDiagnostics(check.diagnostics) + '\nkehoach: tệp tiến độ sau khi nhập không hợp lệ, không ghi — the merged file does not load; nothing written\n');
      return 1;
    }
    await emit(next, o.into, io, [file, planFile]);
  }
  io.err(summary);
  return hasErrors(read.diagnostics) ? 1 : 0;
}
