export {
  loadPlan, loadPlanOrThrow, validatePlan, validatePlanOrThrow, renderDocx, renderDocxOrThrow, renderMarkdown, renderText, printDocument,
  deriveChecklist, deriveChecklistOrThrow, clonePlan, clonePlanOrThrow, rollPlan, rollPlanOrThrow,
  type RenderOptions, type PlanOutput,
} from './api.js';
export { PlanError } from './plan-error.js';
export { toCsv, toIcs, toXlsx, toMarkdown as checklistToMarkdown, type Checklist, type ChecklistItem, type ChecklistOptions, type Status } from '@kehoach/checklist';
export { tracePlan, type TraceResult, type UnitProfile } from '@kehoach/clone';
export { CODES, formatDiagnostic, formatDiagnostics, type Diagnostic, type Plan, type Task, type Agency } from '@kehoach/core';
export { planSchema, checklistSchema, unitSchema, type PlanInput } from '@kehoach/schema';
export { checkPlanText, applyFixes, toSarif, RULE_IDS, loadRules, type CheckDiagnostic, type CheckResult, type RuleMeta } from '@kehoach/check';
export { parseInline, type Run, type PrintedDocument, type PrintedAppendix, type DocBlock, type DocParagraph, type DocTable, type DocSignature } from '@kehoach/document';
