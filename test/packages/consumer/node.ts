// A Node consumer of the published packages, compiled by test/packages/tarballs.test.ts with strict
// settings and no skipLibCheck (module nodenext), then run: it loads an example and renders a DOCX.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  loadPlan, renderDocx, renderAs, renderOutput, deriveChecklist, formatDiagnostics, hasErrors, output, outputs,
  type LoadResult, type LoadOptions, type TaskLayout, type ChecklistResult, type Plan, type Diagnostic, type PlanInput, type OutputFormatId, type OutputResult,
} from 'kehoach';
import { pdfOutput, readInput } from 'kehoach/node';
import { slugify, type Validator, validateUnitData } from '@kehoach/core';
import { planSchema } from '@kehoach/schema';
import { writeAtomic } from '@kehoach/node';
import { checkPlanText } from '@kehoach/check';

const file = process.argv[2] ?? 'examples/lang-son-2019.yaml';
const options: LoadOptions = { file };
const loaded: LoadResult = loadPlan(readFileSync(file), options);
if (!loaded.plan || hasErrors(loaded.diagnostics)) throw new Error(formatDiagnostics(loaded.diagnostics));
const plan: Plan = loaded.plan;
const layout: TaskLayout = 'by-agency';
const { docx, diagnostics }: { docx?: Uint8Array; diagnostics: Diagnostic[] } = renderDocx(plan, { layout });
if (!docx || hasErrors(diagnostics)) throw new Error('no DOCX: ' + formatDiagnostics(diagnostics));
await writeAtomic('consumer.docx', docx);
const checklist: ChecklistResult = deriveChecklist(plan, { today: '2019-06-01' });
const format: OutputFormatId = 'md';
const md = renderAs(plan, format, { draft: true }).output;
const csv: OutputResult = await renderOutput('checklist', 'csv', { checklist: deriveChecklist(plan).checklist, plan });
const read = await readInput(file);
const input: PlanInput = JSON.parse(JSON.stringify({ schemaVersion: 2 }));
const unit: Validator = validateUnitData;
const check = await checkPlanText(readFileSync(file, 'utf8'), { file });
writeFileSync('consumer.json', JSON.stringify({
  title: slugify(plan.title),
  docxBytes: docx.length,
  markdown: typeof md === 'string' && md.length > 0,
  checklistItems: checklist.checklist?.items.length ?? 0,
  schemaId: planSchema.$id,
  docxType: output('plan', 'docx').mediaType,
  csv: typeof csv.output === 'string',
  read: read.bytes?.length ?? 0,
  planOutputs: outputs('plan').map((o) => o.id).join(','),
  pdf: pdfOutput.extension,
  schemaVersion: input.schemaVersion,
  unitValid: unit({ unit: {} }),
  checked: Array.isArray(check.diagnostics),
}));

// Every publishable package's declarations are checked, not only those the code above reaches.
export type Everything = [
  typeof import('kehoach'), typeof import('kehoach/node'), typeof import('@kehoach/schema'), typeof import('@kehoach/core'), typeof import('@kehoach/document'),
  typeof import('@kehoach/render-text'), typeof import('@kehoach/render-docx'), typeof import('@kehoach/checklist'),
  typeof import('@kehoach/clone'), typeof import('@kehoach/yaml-edit'), typeof import('@kehoach/check'), typeof import('@kehoach/edxml'),
  typeof import('@kehoach/import'), typeof import('@kehoach/node'), typeof import('@kehoach/nd30'), typeof import('@kehoach/cli'),
];
