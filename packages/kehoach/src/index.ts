// `kehoach`: the one API of the project, for portals, and what the CLI, the HTTP service and the
// studio import (nothing else of ours). Node's file helpers and the `pdf` output: `kehoach/node`.

// Plans: loaded from YAML, JSON or bytes, or validated from data already parsed; rendered as the
// Decree 30 document (DOCX, Markdown, plain text, or the printed model a page previews).
export {
  loadPlan, loadCurrentPlan, loadPlanOrThrow, validatePlan, validatePlanOrThrow, renderDocx, renderDocxOrThrow, renderMarkdown, renderText, printDocument,
  type RenderOptions, type DocxRenderOptions,
} from './api.js';
export { PlanError } from './plan-error.js';

// Checklists: each agency's dated tasks, and the files they are handed out as.
export { deriveChecklist, deriveChecklistOrThrow } from './api.js';
export {
  CHECKLIST_CODES, toCsv, toIcs, toXlsx, toMarkdown as checklistToMarkdown, printChecklist,
  type PrintChecklistOptions, type Checklist, type ChecklistItem, type ChecklistOptions, type ChecklistResult, type Status,
} from '@kehoach/checklist';

// After signing: each duty's progress (the progress file beside the plan), its status as of a date in the
// fixed vocabulary of task tracking, the counts, the duties to chase, and the agencies' workbook round trip.
export { planStatus, type PlanStatusOptions, type PlanStatusResult } from './status.js';
// The documents written from the status: the công văn đôn đốc, the Báo cáo kết quả thực hiện Kế hoạch.
export { composeReminderLetter, reminderLetter, reminderLine, planCitation, type ReminderLetterOptions } from './tracking/reminder-letter.js';
export { deadlineWords } from './tracking/deadline-words.js';
export { composeResultReport, resultReport, reportTableRows, dutyAgency, dutyResult, FOR_THE_WRITER, REPORT_TABLE_COLUMNS, type ResultReportOptions } from './tracking/result-report.js';
export type { ComposedDocument } from './tracking/load-composed.js';
export {
  PROGRESS_CODES, DUTY_STATUSES, DUTY_STATUS_IDS, REPORTED_STATUSES, loadProgress, statusReport, dutyStatus, dueReminders, planSections,
  readProgressXlsx, mergeProgress, progressColumns, itemKey, shortItemId, rollUp, dutyKey,
  type Progress, type ItemProgress, type ProgressUpdate, type ProgressExtension, type ProgressPause, type ProgressDocument, type ReportedStatus,
  type DutyStatus, type DutyStatusId, type StatusReport, type StatusCounts, type AgencyReminder, type PlanSection, type ImportedUpdate,
  type ProgressXlsxOptions, type ProgressXlsxResult, type LoadProgressResult, type RollUp, type RollUpRow,
} from '@kehoach/progress';

// Lower units and next year: clone a plan for a unit, trace what a clone covers, roll a plan on.
export { clonePlan, clonePlanOrThrow, rollPlan, rollPlanOrThrow, type CloneOptions, type RollOptions, type PlanOutput } from './api.js';
export { tracePlan, CLONE_CODES, type TraceResult, type UnitProfile } from '@kehoach/clone';
// The country's units since 1 July 2025 and before it (@kehoach/units, its data loaded on first use): clone --unit by name or code, --province, roll and check after the reform.
export { communeProfile } from '@kehoach/clone';
export { loadUnits, foldName, REFORM_DATE, type UnitRegistry, type FindOptions, type Province, type ProvinceKind, type Commune, type CommuneKind, type Unit, type FormerCommune, type FormerCommuneKind, type FormerProvince, type Resolution } from '@kehoach/units';
export { findCommune, type CommuneLookup } from './units.js';

// Drafts under review: two versions compared as a reader compares them (duties added, removed, moved;
// lead, support, time; wording word by word; header, bases, Nơi nhận, appendices) — `kehoach diff`, the studio's list.
export {
  diffPlans, formatPlanDiff, planDiffToJson, diffWords,
  type PlanDiff, type PlanChange, type ChangeKind, type ChangePlace, type DutyField, type HeaderField, type WordPart, type FormatDiffOptions,
} from '@kehoach/diff';
// The new version's DOCX with tracked changes against the old (accept all: the new, reject all: the old), review notes as Word comments — `kehoach diff -o x.docx`.
export { trackedChangesDocx, REVIEW_CODES, type TrackedDocxOptions, type TrackedDocxResult } from '@kehoach/review';
// The leader's edits back: a DOCX kehoach rendered, edited in Word (tracked or not, with comments), written into the plan's YAML — `kehoach import x.docx --onto plan.yaml`.
export { importReviewedDocx, type ReviewImportOptions, type ReviewImportResult, type ReviewEdit, type ReviewEditKind } from '@kehoach/review';

// Plan files: schema v1 rewritten as v2, and dates quoted as kehoach's own writers quote them.
export { migratePlan, type MigrateOptions } from './migrate-plan.js';
export type { MigrateResult } from '@kehoach/yaml-edit';
export { quoteDates } from '@kehoach/core';

// A blank plan for a unit (xã, phường, tỉnh, sở, trường) in any registered kind, with comments saying what to write where (kehoach new, the studio's “Kế hoạch mới”).
export { newPlan, missingNewPlanOptions, UNIT_KINDS, type NewPlanOptions, type NewPlanResult, type UnitKind, type UnitKindId, type UnitFacts, type UnitBodies } from './new-plan/index.js';

// Output formats: one registry entry each (outputs/); the CLI, the service and the studio list them from here.
export {
  defineOutput, registerOutput, unregisterOutput, outputs, findOutput, output, renderOutput, renderAs, outputForFile, outputExtensions, BUILT_IN_OUTPUTS,
  type Output, type AnyOutput, type OutputInput, type OutputInputs, type ChecklistInput, type StatusInput, type OutputOptions, type OutputResult, type OutputConversion, type RegisterOutputOptions, type OutputFormatId, type OutputForFileOptions,
} from './outputs/index.js';

// The content checker (`kehoach check`): its rules, their configuration (`.kehoachrc.yaml`, `check:`) and safe fixes.
export {
  checkPlanText, checkLoadedPlan, applyFixes, parseRc, rulesList, CHECK_CODES, RULE_IDS, loadRules,
  type CheckDiagnostic, type CheckOptions, type CheckResult, type FixResult, type RuleConfig, type RuleMeta,
} from '@kehoach/check';

// Diagnostics: one shape for every package, each package's code table, and three ways to print them.
export {
  CORE_CODES, defineCodes, codeTables, diagnosticsToJson, diagnosticsToSarif, formatDiagnostic, formatDiagnostics, hasErrors, sortDiagnostics,
  type Diagnostic, type Fix, type Severity, type CodeTable, type CodeInfo, type TextFormatOptions, type SarifOptions,
} from '@kehoach/core';
export { RENDER_DOCX_CODES } from '@kehoach/render-docx';

// Input: bytes checked as UTF-8 as a plan is read, and dates as a plan writes them.
export { decodeInput } from '@kehoach/core';
export { isIsoDate } from '@kehoach/nd30';
// A task's time in the words the plan prints (“Trong quý III/2026”, “Trước ngày 25 hằng tháng”): the studio's duty form shows them beside its fields.
export { formatTime } from '@kehoach/nd30';

// The plan's data: its model, the schemas (JSON Schema objects), and facts portals show or name files by.
export { documentNumber, slugify, type Plan, type Task, type Agency, type LoadResult, type LoadOptions, type TaskLayout } from '@kehoach/core';
export { planSchema, checklistSchema, unitSchema, progressSchema, type PlanInput } from '@kehoach/schema';

// Document kinds: one profile each; a portal registers its own (its `rules` most often GENERAL_RULES and its own).
export {
  BUILT_IN_KINDS, defineDocumentKind, documentKind, documentKinds, registerDocumentKind, unregisterDocumentKind, DEFAULT_KIND, GENERAL_RULES,
  type DocumentKindProfile,
} from '@kehoach/core';
// A plan's dossier (Tờ trình, Quyết định, the plan attached, công văn): kinds composed from its data (kehoach dossier),
// and the hook a portal's own composed kind implements (a công văn đôn đốc, a Báo cáo of the plan's duties).
export { composeDossier, leadBodies, SOURCE_ORDER, type ComposeContext, type ComposeHook, type DossierDocument } from '@kehoach/core';
export { renderDossier, type DossierFile, type DossierResult } from './dossier.js';

// The printed document: the model every renderer lays out, and the inline Markdown of its text.
export { parseInline, type Run, type PrintedDocument, type PrintedAppendix, type DocBlock, type DocParagraph, type DocTable, type DocSignature } from '@kehoach/document';

// Received documents (DOCX, PDF, text) read back into plan data, and the edXML message of a plan.
export { importPlan, IMPORT_LIMITS, type ImportLimits, type ImportResult, type ImportReport, type PdfjsModule } from '@kehoach/import';
export { exportEdxml, type EdxmlOptions, type EdxmlResult } from '@kehoach/edxml';

// DOCX compression: a faster deflate where the platform has one (Node: `nativeDeflate` of `kehoach/node`).
export { setDeflate } from '@kehoach/render-docx';
