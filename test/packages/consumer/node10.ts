// An older project's consumer (moduleResolution node10, as `"moduleResolution": "node"` in a tsconfig
// written before TypeScript 4.7, and many bundler set-ups): it ignores `exports`, so every package
// and the `kehoach/node` subpath must give their types through `types` and `typesVersions`.
// Compiled (no emit) by test/packages/tarballs.test.ts, strict, without skipLibCheck.
import { loadPlanOrThrow, newPlan, outputForFile, renderAs, type Plan, type NewPlanOptions, type Output } from 'kehoach';
import { readInput, pdfOutput } from 'kehoach/node';
import { CORE_CODES, type Diagnostic } from '@kehoach/core';
import { planSchema, type PlanInput } from '@kehoach/schema';
import { formatLabel } from '@kehoach/nd30';
import { toCsv, type Checklist } from '@kehoach/checklist';
import { importPlan } from '@kehoach/import';
import { planToYaml } from '@kehoach/yaml-edit';

const options: NewPlanOptions = { unit: 'xa', name: 'Minh Xuân', year: 2026 };
const plan: Plan = loadPlanOrThrow(newPlan(options).yaml);
const markdown: string | Uint8Array | undefined = renderAs(plan, 'md').output;
const pdf: Output<'plan'> | undefined = outputForFile('plan', 'ke-hoach.pdf');
const input: PlanInput = plan.input;
const diagnostics: Diagnostic[] = [];
const label: string = formatLabel('letter', 2);
export const used: unknown[] = [markdown, pdf, pdfOutput.id, readInput, CORE_CODES.codes, planSchema.$id, input, diagnostics, label, toCsv, null as unknown as Checklist, importPlan, planToYaml];
