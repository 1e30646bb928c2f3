export {
  loadPlan, loadPlanOrThrow, validatePlan, validatePlanOrThrow, renderDocx, renderDocxOrThrow, renderMarkdown, renderText, printDocument,
  deriveChecklist, deriveChecklistOrThrow, clonePlan, clonePlanOrThrow, rollPlan, rollPlanOrThrow,
  type RenderOptions, type DocxRenderOptions, type CloneOptions, type RollOptions, type PlanOutput,
} from './api.js';
// Output formats: one registry entry each (outputs/); the CLI, the service and the studio list them from here.
export {
  defineOutput, registerOutput, unregisterOutput, outputs, findOutput, output, renderOutput, renderAs, BUILT_IN_OUTPUTS,
  type Output, type AnyOutput, type OutputInput, type OutputInputs, type ChecklistInput, type OutputOptions, type OutputResult, type OutputConversion, type RegisterOutputOptions, type OutputFormatId,
} from './outputs/index.js';
export { PlanError } from './plan-error.js';
export { CHECKLIST_CODES, toCsv, toIcs, toXlsx, toMarkdown as checklistToMarkdown, printChecklist, type PrintChecklistOptions, type Checklist, type ChecklistItem, type ChecklistOptions, type ChecklistResult, type Status } from '@kehoach/checklist';
export { tracePlan, CLONE_CODES, type TraceResult, type UnitProfile } from '@kehoach/clone';
export { CORE_CODES, defineCodes, codeTables, diagnosticsToJson, diagnosticsToSarif, formatDiagnostic, formatDiagnostics, hasErrors, type Diagnostic, type Fix, type Severity, type CodeTable, type CodeInfo, type Plan, type Task, type Agency, type LoadResult, type LoadOptions, type TaskLayout } from '@kehoach/core';
// Document kinds: one profile each; a portal registers its own.
export { BUILT_IN_KINDS, defineDocumentKind, documentKind, documentKinds, registerDocumentKind, unregisterDocumentKind, DEFAULT_KIND, type DocumentKindProfile } from '@kehoach/core';
// For portals and editors that write plan YAML: dates quoted, as kehoach's own writers do.
export { quoteDates } from '@kehoach/core';
export { planSchema, checklistSchema, unitSchema, type PlanInput } from '@kehoach/schema';
export { checkPlanText, applyFixes, CHECK_CODES, RULE_IDS, loadRules, type CheckDiagnostic, type CheckResult, type RuleMeta } from '@kehoach/check';
export { parseInline, type Run, type PrintedDocument, type PrintedAppendix, type DocBlock, type DocParagraph, type DocTable, type DocSignature } from '@kehoach/document';
export { setDeflate, RENDER_DOCX_CODES } from '@kehoach/render-docx';
// Received documents (DOCX, PDF, text) read back into plan data, and the edXML message of a plan.
export { importPlan, type ImportResult, type ImportReport } from '@kehoach/import';
export { exportEdxml, type EdxmlOptions, type EdxmlResult } from '@kehoach/edxml';
