import './native-deflate.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checklistToMarkdown, deriveChecklist, formatDiagnostics, hasErrors, toCsv, toIcs, toXlsx, type Checklist, type Plan } from 'kehoach';
import { renderAppendixDocx } from '@kehoach/render-docx';
import { emit } from './emit-output.js';
import type { Io } from './io.js';
import { loadFile } from './load-file.js';
import { splitNames } from './split-names.js';

/** Output formats of `kehoach checklist`. */
export type ChecklistFormat = 'json' | 'md' | 'csv' | 'ics' | 'docx' | 'xlsx';

/** Options of `kehoach checklist`. */
export interface ChecklistCommandOptions {
  format: ChecklistFormat;
  output?: string;
  agency?: string;
  split?: string;
  today?: string;
  /** ICS: a reminder this many days before each deadline. */
  remind?: number;
}

function serialise(plan: Plan, c: Checklist, format: ChecklistFormat, io: Io, remind?: number): string | Uint8Array {
  switch (format) {
    case 'json':
      return JSON.stringify(c, null, 2) + '\n';
    case 'md':
      return checklistToMarkdown(c);
    case 'csv':
      return toCsv(c);
    case 'ics':
      return toIcs(c, remind !== undefined ? { remind } : {});
    case 'docx': {
      const r = renderAppendixDocx(plan);
      if (r.diagnostics.length) io.err(formatDiagnostics(r.diagnostics) + '\n');
      return r.docx!;
    }
    case 'xlsx':
      return toXlsx(c, { sheetPerAgency: true });
  }
}

/**
 * `kehoach checklist <plan.yaml> --format json|md|csv|ics|docx [-o out] [--agency id]
 * [--split dir] [--today YYYY-MM-DD]`: every agency's dated items. Errors in the plan (or a
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
    for (const [k, id] of ids.entries()) {
      const one = { ...checklist, items: byId.get(id)! };
      await emit(serialise(plan, one, o.format, io, o.remind), join(o.split, `${names[k]}.${o.format}`), io, [file]);
    }
    return 0;
  }
  await emit(serialise(plan, checklist, o.format, io, o.remind), o.output ?? `${base}.nhiem-vu.${o.format}`, io, [file]);
  return 0;
}
