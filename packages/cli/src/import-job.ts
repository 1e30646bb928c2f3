import { importPlan, type ImportResult } from 'kehoach';

/** One received file to import on a worker thread (`kehoach import`): its bytes and its name. */
export interface ImportJob {
  kind: 'import';
  bytes: Uint8Array;
  fileName: string;
}

/** What an import answers across threads: the plan's YAML, the diagnostics and the report (no functions). */
export type ImportOutcome = Pick<ImportResult, 'yaml' | 'diagnostics' | 'report'>;

/** Imports one received file (`importPlan`), keeping what crosses to the main thread. */
export async function importJob(job: ImportJob): Promise<ImportOutcome> {
  const r = await importPlan(job.bytes, { fileName: job.fileName });
  return { ...(r.yaml !== undefined ? { yaml: r.yaml } : {}), diagnostics: r.diagnostics, report: r.report };
}
