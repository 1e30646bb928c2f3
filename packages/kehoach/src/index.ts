export {
  loadPlan, loadPlanOrThrow, validatePlan, validatePlanOrThrow, renderDocx, renderDocxOrThrow, renderMarkdown, renderText, printDocument,
  deriveChecklist, deriveChecklistOrThrow, clonePlan, clonePlanOrThrow, rollPlan, rollPlanOrThrow,
  type RenderOptions, type DocxRenderOptions, type CloneOptions, type RollOptions, type PlanOutput,
} from './api.js';
export { OUTPUT_FORMATS, renderAs, type OutputFormat, type OutputFormatId } from './formats.js';
export { PlanError } from './plan-error.js';
export { toCsv, toIcs, toXlsx, toMarkdown as checklistToMarkdown, type Checklist, type ChecklistItem, type ChecklistOptions, type ChecklistResult, type Status } from '@kehoach/checklist';
export { tracePlan, type TraceResult, type UnitProfile } from '@kehoach/clone';
export { CODES, formatDiagnostic, formatDiagnostics, hasErrors, type Diagnostic, type Plan, type Task, type Agency, type LoadResult, type LoadOptions, type TaskLayout } from '@kehoach/core';
// For portals and editors that write plan YAML: dates quoted, as kehoach's own writers do.
export { quoteDates } from '@kehoach/core';
export { planSchema, checklistSchema, unitSchema, type PlanInput } from '@kehoach/schema';
export { checkPlanText, applyFixes, toSarif, RULE_IDS, loadRules, type CheckDiagnostic, type CheckResult, type RuleMeta } from '@kehoach/check';
export { parseInline, type Run, type PrintedDocument, type PrintedAppendix, type DocBlock, type DocParagraph, type DocTable, type DocSignature } from '@kehoach/document';
export { setDeflate } from '@kehoach/render-docx';
