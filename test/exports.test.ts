// Pins each package's public API, values and types: adding or removing a name is a deliberate change
// to this file. A package's index holds what a user of the package needs (its README and its
// documented functions, with the types of their options and results) and what another package of
// ours imports from it; helpers used only inside a package stay in their files (unit tests import
// them from ../src). `kehoach` is the portal's API: what the CLI, the service and the studio use
// (they import nothing else of ours, test/registries/imports.test.ts) and every export documented.
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import * as checklist from '@kehoach/checklist';
import * as cli from '@kehoach/cli';
import * as clone from '@kehoach/clone';
import * as core from '@kehoach/core';
import * as diff from '@kehoach/diff';
import * as review from '@kehoach/review';
import * as document from '@kehoach/document';
import * as renderDocx from '@kehoach/render-docx';
import * as renderText from '@kehoach/render-text';
import * as schema from '@kehoach/schema';
import * as kehoach from 'kehoach';
import * as kehoachNode from 'kehoach/node';
import * as node from '@kehoach/node';
import * as yamlEdit from '@kehoach/yaml-edit';
import * as fidelity from '@kehoach/fidelity';
import * as check from '@kehoach/check';
import * as edxml from '@kehoach/edxml';
import * as imports from '@kehoach/import';
import * as nd30 from '@kehoach/nd30';
import * as progress from '@kehoach/progress';
import * as units from '@kehoach/units';
import * as unitsRegistry from '@kehoach/units/registry';
import { ROOT } from './helpers.js';

/** The types a generated or model file exports, every one of them public (the data model). */
const ALL_TYPES_OF = Symbol('all types of');
type Names = Array<string | { [ALL_TYPES_OF]: string }>;
const allTypesOf = (file: string) => ({ [ALL_TYPES_OF]: file });

const API: Array<[entry: string, source: string, mod: Record<string, unknown>, names: Names]> = [
  ['kehoach', 'packages/kehoach/src/index.ts', kehoach, [
    // Plans loaded, validated and rendered, each with its …OrThrow twin (README): the portal's first calls.
    'loadPlan', 'loadCurrentPlan', 'loadPlanOrThrow', 'validatePlan', 'validatePlanOrThrow', 'renderDocx', 'renderDocxOrThrow', 'renderMarkdown', 'renderText', 'printDocument',
    'RenderOptions', 'DocxRenderOptions', 'PlanError',
    // Checklists and their files (the checklist outputs, the service's /checklist, the studio's checklist tab).
    'deriveChecklist', 'deriveChecklistOrThrow', 'CHECKLIST_CODES', 'toCsv', 'toIcs', 'toXlsx', 'checklistToMarkdown', 'printChecklist',
    'PrintChecklistOptions', 'Checklist', 'ChecklistItem', 'ChecklistOptions', 'ChecklistResult', 'Status',
    // Clone, roll and trace (kehoach clone/roll/trace, the studio's clone form).
    'clonePlan', 'clonePlanOrThrow', 'rollPlan', 'rollPlanOrThrow', 'CloneOptions', 'RollOptions', 'PlanOutput', 'tracePlan', 'CLONE_CODES', 'TraceResult', 'UnitProfile',
    // Drafts under review: two versions compared (kehoach diff, the studio's list of changes beside its merge view).
    'diffPlans', 'formatPlanDiff', 'planDiffToJson', 'diffWords', 'PlanDiff', 'PlanChange', 'ChangeKind', 'ChangePlace', 'DutyField', 'HeaderField', 'WordPart', 'FormatDiffOptions',
    // The tracked-changes DOCX of two versions, review notes as Word comments (kehoach diff -o x.docx), and its codes.
    'trackedChangesDocx', 'TrackedDocxOptions', 'TrackedDocxResult', 'REVIEW_CODES',
    // The leader's edits back into the YAML (kehoach import x.docx --onto plan.yaml, the studio).
    'importReviewedDocx', 'ReviewImportOptions', 'ReviewImportResult', 'ReviewEdit', 'ReviewEditKind',
    // The country's units after the 2025 reform (clone --unit by name or code, --province; roll; a portal's unit picker).
    'loadUnits', 'foldName', 'findCommune', 'communeProfile', 'REFORM_DATE', 'CommuneLookup', 'UnitRegistry', 'FindOptions', 'Province', 'ProvinceKind', 'Commune', 'CommuneKind', 'Unit',
    'FormerCommune', 'FormerCommuneKind', 'FormerProvince', 'Resolution',
    // Plan files rewritten: v1 → v2 (kehoach migrate) and dates quoted (the studio's editor).
    'migratePlan', 'MigrateOptions', 'MigrateResult', 'quoteDates',
    // The output registry: the CLI's --format, the service's routes and the studio's buttons read it; portals add to it.
    'defineOutput', 'registerOutput', 'unregisterOutput', 'outputs', 'findOutput', 'output', 'renderOutput', 'renderAs', 'BUILT_IN_OUTPUTS',
    'Output', 'AnyOutput', 'OutputInput', 'OutputInputs', 'ChecklistInput', 'OutputOptions', 'OutputResult', 'OutputConversion', 'RegisterOutputOptions', 'OutputFormatId',
    // A blank plan for a unit (kehoach new; the studio's “Kế hoạch mới”).
    'newPlan', 'missingNewPlanOptions', 'UNIT_KINDS', 'NewPlanOptions', 'NewPlanResult', 'UnitKind', 'UnitKindId', 'UnitFacts', 'UnitBodies',
    // The output a file name asks for (the CLI's -o kh.pdf, a portal naming its downloads).
    'outputForFile', 'outputExtensions', 'OutputForFileOptions',
    // The content checker, its configuration and fixes (kehoach check, the studio's findings).
    'checkPlanText', 'checkLoadedPlan', 'applyFixes', 'parseRc', 'rulesList', 'CHECK_CODES', 'RULE_IDS', 'loadRules',
    'CheckDiagnostic', 'CheckOptions', 'CheckResult', 'FixResult', 'RuleConfig', 'RuleMeta',
    // Diagnostics: the one shape, code tables, text/JSON/SARIF (every command prints them; portals show them).
    'CORE_CODES', 'RENDER_DOCX_CODES', 'defineCodes', 'codeTables', 'diagnosticsToJson', 'diagnosticsToSarif', 'formatDiagnostic', 'formatDiagnostics', 'hasErrors', 'sortDiagnostics',
    'Diagnostic', 'Fix', 'Severity', 'CodeTable', 'CodeInfo', 'TextFormatOptions', 'SarifOptions',
    // Input as a plan reads it, and the facts portals show or name files by (the CLI's checks, clone headers, --split).
    'decodeInput', 'isIsoDate', 'documentNumber', 'slugify',
    // A task's time in the printed words (the studio's duty form shows them beside its time fields).
    'formatTime',
    // The data: the plan model, the input type and the JSON Schemas (editors, forms).
    'Plan', 'Task', 'Agency', 'LoadResult', 'LoadOptions', 'TaskLayout', 'PlanInput', 'planSchema', 'checklistSchema', 'unitSchema',
    // Document kinds: one profile each, a portal registers its own.
    'BUILT_IN_KINDS', 'DEFAULT_KIND', 'GENERAL_RULES', 'defineDocumentKind', 'documentKind', 'documentKinds', 'registerDocumentKind', 'unregisterDocumentKind', 'DocumentKindProfile',
    // A plan's dossier (kehoach dossier): the composed kinds' hook a portal implements for its own (a công văn đôn đốc), the
    // composition and its DOCX (the CLI writes the files), the lead bodies a composed document names.
    'composeDossier', 'leadBodies', 'SOURCE_ORDER', 'ComposeContext', 'ComposeHook', 'DossierDocument', 'renderDossier', 'DossierFile', 'DossierResult',
    // The printed document a preview lays out (the studio's preview).
    'parseInline', 'Run', 'PrintedDocument', 'PrintedAppendix', 'DocBlock', 'DocParagraph', 'DocTable', 'DocSignature',
    // Received documents imported, plans exported to edXML (kehoach import/export, the studio's import).
    'importPlan', 'ImportResult', 'ImportReport', 'PdfjsModule', 'IMPORT_LIMITS', 'ImportLimits', 'exportEdxml', 'EdxmlOptions', 'EdxmlResult',
    // A faster deflate where the platform has one (the service, the CLI).
    'setDeflate',
    // After signing (kehoach status, kehoach progress import, kehoach checklist --progress; a portal's tracking view): the
    // progress file, each duty's status as of a date, counts, the duties to chase, the agencies' workbook round trip.
    'planStatus', 'PlanStatusOptions', 'PlanStatusResult', 'StatusInput', 'progressSchema',
    // The documents written from a plan's status (docs/tracking.md).
    'composeReminderLetter', 'reminderLetter', 'reminderLine', 'planCitation', 'ReminderLetterOptions', 'deadlineWords', 'ComposedDocument',
    'composeResultReport', 'resultReport', 'reportTableRows', 'dutyAgency', 'dutyResult', 'FOR_THE_WRITER', 'REPORT_TABLE_COLUMNS', 'ResultReportOptions',
    'PROGRESS_CODES', 'DUTY_STATUSES', 'DUTY_STATUS_IDS', 'REPORTED_STATUSES', 'loadProgress', 'statusReport', 'dutyStatus', 'dueReminders', 'planSections',
    'readProgressXlsx', 'mergeProgress', 'progressColumns', 'itemKey', 'shortItemId',
    'Progress', 'ItemProgress', 'ProgressUpdate', 'ProgressExtension', 'ProgressPause', 'ProgressDocument', 'ReportedStatus',
    'DutyStatus', 'DutyStatusId', 'StatusReport', 'StatusCounts', 'AgencyReminder', 'PlanSection', 'ImportedUpdate',
    'ProgressXlsxOptions', 'ProgressXlsxResult', 'LoadProgressResult',
    // The province over its communes: each duty handed down and how many units have done it.
    'rollUp', 'dutyKey', 'RollUp', 'RollUpRow',
  ]],
  ['kehoach/node', 'packages/kehoach/src/node.ts', kehoachNode, [
    // The pdf output it registers, and a user's template read within its limit (kehoach render --template).
    'pdfOutput', 'readTemplate',
    // Node's file helpers, PDF, deflate and interrupt clean-up, for the CLI, the service and Node portals.
    'readInput', 'writeAtomic', 'NODE_CODES', 'ReadResult', 'WriteOptions', 'convertToPdf', 'convertManyToPdf', 'PdfResult', 'PdfOptions', 'nativeDeflate',
    'onInterrupt', 'runInterruptCleanups', 'installInterruptHandlers',
  ]],
  ['@kehoach/schema', 'packages/schema/src/index.ts', schema, [
    // The JSON Schemas (README; editors, validators, kehoach).
    'planSchema', 'planSchemaV1', 'checklistSchema', 'unitSchema', 'progressSchema',
    // The plan's input types generated from the schema (`V1`: the v1 types core's migration reads).
    allTypesOf('packages/schema/src/plan-input.ts'),
  ]],
  ['@kehoach/nd30', 'packages/nd30/src/index.ts', nd30, [
    // Numbering: format and parse (README), and the letters and Roman numerals core numbers with.
    'VIETNAMESE_LETTERS', 'vietnameseLetter', 'roman', 'romanValue', 'formatLabel', 'LabelStyle', 'isUnnumbered', 'parseLabel', 'readLabel', 'ParsedLabel',
    // Dates: real days, the header's and the short form, both ways (core, check, import, checklist).
    'daysInMonth', 'isRealDate', 'isoDate', 'isIsoDate', 'documentDate', 'weekdayOf', 'nd30Parts', 'formatHeaderDate', 'formatShortDate', 'parseDate', 'parseHeaderDate', 'parseShortDate',
    // The days some words name (core: which reports a section's words already state).
    'findNamedDays', 'NamedDay',
    // Time words both ways (core prints, import parses, checklist dates, check compares).
    'spokenPeriodWords', 'spokenPeriodRange', 'pointWords', 'pointDay', 'parsePeriod', 'TimePoint', 'formatTime', 'hourWords', 'WEEKDAYS', 'REPORT_PERIODS',
    'weekdayNumber', 'upperFirst', 'parseTime', 'TimeRule', 'RECEIVED_TIME_RULES', 'RECEIVED_TIME_IN_TEXT',
    // The days a recurrence falls due on (checklist dates them, formatTime names them); every time some words state (core compares them with the data).
    'dueMonths', 'findTimes', 'TimeMatch',
    // The reporting section's sentence both ways, and a report's due day in words (core prints it, the checklist shows it);
    // the reports a received sentence lists with their due days (import reads them).
    'formatReporting', 'parseReporting', 'formatReportDue', 'readReportDues', 'ReportingWords', 'ReportWords', 'ReportYears',
    // Citations both ways (README; core cites, import finds).
    'formatCitation', 'Citation', 'citeShort', 'parseCitation', 'findCitations', 'FoundCitation',
    // The line under an attached document's title both ways (document prints it, import reads a received decision's plan).
    'formatAttachedLine', 'parseAttachedLine',
    // Attribution wording both ways (core prints, import reads).
    'AGENCY_HEAD', 'splitNames', 'joinNames', 'joinLabelled', 'formatAttribution', 'AttributionNames', 'agencyHeading', 'withTrailingParenthesis',
    'parseAttribution', 'ParsedRoles', 'findAttribution', 'FoundAttribution', 'formatLabelledLines', 'LabelledLinesInput', 'parseLabelledLine', 'LabelledField',
    // The time clause after the names, both ways, and the coordinating bodies words name (core prints and compares).
    'formatTimeClause', 'splitTimeClause', 'joinClauses', 'findSupport',
    // Agency names in words: one key per spelling, a name found in a sentence or read from one (core compares, check reports).
    'nameKey', 'namesAgency', 'isAgencyName',
    // Tone-mark placement (README; check detects, clone and import rewrite).
    'canonicalSpelling', 'canonicalTones', 'oldTones', 'spellingVariantsPattern', 'tonePlacement', 'toneVowels',
    // What a heading is about (the checker's target lists, clone's goals, the importer's sections).
    'HEADING_RULES', 'headingRole', 'HeadingRole', 'HeadingRule',
    // Who a received plan names (the importer): the sentence's subject, its partners, a by-agency heading, a table's doers,
    // a head of a body, a cited document's date left out, names in capitals as Vietnamese writes them.
    'POSITION_HEAD', 'startsWithBody', 'readNameList', 'findSubject', 'findPartners', 'FoundSubject', 'parseAgencyHeading', 'HeadingRoles', 'findDoers',
    'withoutCitedDates', 'properCase',
    // The head of a body both ways (a Quyết định's Điều 3 prints it; its test reads it back).
    'formatHeadOf', 'parseHeadOf',
    // Độ mật, độ khẩn and the draft indication both ways (document prints them, import reads them).
    'MARKS', 'DRAFT_MARK', 'formatMarks', 'parseMark', 'formatDraftMark', 'parseDraftMark', 'Marks',
  ]],
  ['@kehoach/core', 'packages/core/src/index.ts', core, [
    // Loading and validating a plan (README; every package), its limits and its model.
    'loadPlan', 'loadCurrentPlan', 'LoadOptions', 'LoadResult', 'validatePlan', 'decodeInput', 'DEFAULT_LIMITS', 'formatBytes', 'Limits', allTypesOf('packages/core/src/model.ts'),
    // Steps of the load that clone, import and yaml-edit reuse.
    'parseYaml', 'quoteDates', 'validateAgainstSchema', 'Validator', 'validateUnitData', 'validateProgressData', 'migrateV1', 'Migration', 'normalise', 'findTaskBlock', 'relayout', 'TaskLayout',
    // What each task is (a duty, a heading, a target, a duty restated) and how much two texts share: check, clone and trace read one definition.
    'taskKinds', 'namesItsAgencies', 'TaskKind', 'wordPairs', 'sharedWordPairs', 'SAME_WORDS',
    // Document kinds (every consumer reads the profile; kehoach re-exports).
    'BUILT_IN_KINDS', 'DEFAULT_KIND', 'GENERAL_RULES', 'defineDocumentKind', 'documentKind', 'documentKinds', 'registerDocumentKind', 'unregisterDocumentKind', 'DocumentKindProfile',
    // Kinds composed from a plan's data (its dossier): the hook, the composition, and what composers share (kehoach re-exports).
    'SOURCE_ORDER', 'citationOf', 'composeDossier', 'leadBodies', 'lowerFirst', 'ComposeContext', 'ComposeHook', 'DossierDocument',
    // The Báo cáo and công văn profiles, for what writes a report or a đôn đốc letter from a plan's status (kehoach's resultReport, reminderLetter).
    'reportKind', 'letterKind',
    // The one rule system, on which @kehoach/check's rules and runner are built.
    'defineRule', 'RULE_DOCS', 'registerRules', 'ruleIds', 'ruleEntry', 'loadRule', 'loadRules', 'runRule', 'effectiveSeverity', 'isRuleSetting', 'disabledLines',
    'textPlacer', 'mapPlacer', 'proseOf', 'EXAMPLE_BASE', 'examplePlan', 'Category', 'ExpectedFinding', 'InvalidExample', 'Report', 'ReportEdit', 'Rule', 'RuleContext', 'RuleMeta',
    'RuleRun', 'RuleOwner', 'RuleConfig', 'RuleSetting',
    // The one diagnostic shape, code tables, places and formatters (README; every package reports with them).
    'CORE_CODES', 'coreDiagnostic', 'hasErrors', 'sortDiagnostics', 'Diagnostic', 'Fix', 'FixEdit', 'Place', 'Severity', 'defineCodes', 'codeTables', 'codeUrl', 'CodeInfo', 'CodeTable',
    'formatDiagnostic', 'formatDiagnostics', 'diagnosticsToJson', 'TextFormatOptions', 'diagnosticsToSarif', 'firstSentence', 'SarifOptions',
    'locate', 'pointerSegments', 'toPointer', 'placeIn',
    // Facts of a plan the printers, the checklist, clone and edXML share.
    'documentNumber', 'periodYears', 'valueAt', 'capitalise', 'joinNames', 'slugify',
    // What a task's words already say of its data: the printer adds the rest, check's text-data-mismatch reports conflicts.
    'statedFacts', 'statedFactsOf', 'StatedFacts', 'StatedContext', 'FactConflict', 'TaskData', 'TaskFact',
  ]],
  ['@kehoach/document', 'packages/document/src/index.ts', document, [
    // The printed document built from a plan (README; the renderers and the checklist build on it), and its model.
    'buildDocument', 'BuildOptions', 'NATION', 'MOTTO', 'taskAppendix', 'TaskAppendixOptions',
    'PrintedDocument', 'PrintedAppendix', 'DocParagraph', 'DocTable', 'DocBlock', 'DocSignature', 'DocumentMeta', 'ParagraphRole',
    // Inline Markdown of its text (the renderers, the checklist, the studio's preview).
    'parseInline', 'runsToPlain', 'runsToMarkdown', 'Run',
  ]],
  ['@kehoach/diff', 'packages/diff/src/index.ts', diff, [
    // Two versions of a plan compared, and printed (README; kehoach diff, the studio).
    'diffPlans', 'formatPlanDiff', 'planDiffToJson', 'wordLine', 'FormatDiffOptions', 'PlanDiff', 'PlanChange', 'ChangeKind', 'ChangePlace', 'DutyField', 'HeaderField',
    // Words and sequences compared (README; the tracked-changes DOCX and the review import build on them).
    'diffWords', 'similarity', 'tokenize', 'beforeText', 'afterText', 'WordPart', 'alignSequences', 'Aligned', 'AlignOptions',
  ]],
  ['@kehoach/review', 'packages/review/src/index.ts', review, [
    // The tracked-changes DOCX of two versions (README; kehoach diff -o x.docx), its diagnostics.
    'trackedChangesDocx', 'TrackedDocxOptions', 'TrackedDocxResult', 'REVIEW_CODES', 'ReviewCode',
    // Every tracked change accepted or rejected, a part's paragraphs as text (README: how its tests compare a DOCX with a render).
    'applyRevisions', 'partParagraphs', 'RevisionChoice',
    // A reviewed DOCX read back into the plan's YAML (README; kehoach import --onto).
    'importReviewedDocx', 'ReviewImportOptions', 'ReviewImportResult', 'ReviewEdit', 'ReviewEditKind',
    // The review notes of a plan's input, with where they are (README; the studio lists them).
    'reviewNotes', 'ReviewNote', 'PlacedNote',
  ]],
  ['@kehoach/render-text', 'packages/render-text/src/index.ts', renderText, [
    // A plan as plain text or Markdown (README; kehoach's txt and md outputs).
    'renderText', 'renderMarkdown',
  ]],
  ['@kehoach/render-docx', 'packages/render-docx/src/index.ts', renderDocx, [
    // Rendering a plan or any printed document (README), the checklist's DOCX, the bundled template.
    'renderDocx', 'renderPrintedDocx', 'defaultTemplate', 'DocxOptions', 'DocxResult', 'renderAppendixDocx', 'RENDER_DOCX_CODES',
    // What kehoach needs around a template of one's own and its characters, and its faster deflate.
    'TEMPLATE_LIMITS', 'invalidCharPlace', 'setDeflate',
  ]],
  ['@kehoach/checklist', 'packages/checklist/src/index.ts', checklist, [
    // The checklist, its model and its files (README; kehoach's checklist outputs).
    'deriveChecklist', 'ChecklistOptions', 'ChecklistResult', 'Checklist', 'ChecklistItem', 'DueKind', 'Status', 'CHECKLIST_CODES',
    'toMarkdown', 'toCsv', 'toIcs', 'IcsOptions', 'toXlsx', 'XlsxOptions', 'printChecklist', 'PrintChecklistOptions',
    // Columns a tracking system adds to the workbook, with their validation (@kehoach/progress's fill-in columns), and the one
    // reading of a deadline (“trước ngày 25” excludes the day) that progress's statuses share.
    'XlsxColumn', 'XlsxValidation', 'XlsxValue', 'meets',
  ]],
  ['@kehoach/progress', 'packages/progress/src/index.ts', progress, [
    // The progress file: its model, loading it (kehoach status, kehoach's planStatus), ids as it writes them, its codes.
    'Progress', 'ItemProgress', 'ProgressUpdate', 'ProgressExtension', 'ProgressPause', 'ProgressDocument', 'ReportedStatus',
    'loadProgress', 'LoadProgressOptions', 'LoadProgressResult', 'itemKey', 'shortItemId', 'PROGRESS_CODES', 'ProgressCode',
    // Statuses as of a date: the vocabulary, one duty's, a checklist's with counts, sections, the duties to chase, text and JSON.
    'DUTY_STATUSES', 'DUTY_STATUS_IDS', 'REPORTED_STATUSES', 'DutyStatusId', 'StatusTerm', 'TermSource', 'dutyStatus', 'DutyStatus', 'DutyStatusOptions',
    'statusReport', 'emptyCounts', 'StatusReport', 'StatusReportOptions', 'StatusCounts', 'planSections', 'PlanSection',
    'dueReminders', 'AgencyReminder', 'DueRemindersOptions', 'statusToText', 'statusToJson', 'countsLine', 'ROLE_WORDS',
    // The agencies' round trip (kehoach's status and checklist XLSX, kehoach progress import).
    'progressColumns', 'FILL_COLUMNS', 'ID_COLUMN', 'readProgressXlsx', 'ProgressXlsxOptions', 'ProgressXlsxResult', 'ImportedUpdate',
    'mergeProgress', 'PROGRESS_SCHEMA_URL', 'MergeProgressOptions', 'formatEvidence', 'parseEvidenceList',
    // Many units at once (the bench's roll-up over 3,321 communes, a province's portal).
    'rollUp', 'dutyKey', 'RollUp', 'RollUpRow', 'UnitOutcome',
  ]],
  ['@kehoach/clone', 'packages/clone/src/index.ts', clone, [
    // Clone, trace and roll (README; kehoach's clonePlan, tracePlan, rollPlan), and the YAML writer the README uses.
    'clonePlan', 'CloneResult', 'loadUnit', 'UnitProfile', 'tracePlan', 'TraceResult', 'Drift', 'rollPlan', 'staleYears', 'RollOptions', 'CLONE_CODES', 'planToYaml',
    // A commune's bodies (shared/docs/agency-levels.md), which kehoach's newPlan lists too.
    'unitAgencies',
    // A registry commune's profile (kehoach's communeProfile) and a roll's finding about a commune that no longer exists (kehoach's rollPlan).
    'communeProfile', 'successionDiagnostic', 'Succession',
  ]],
  ['@kehoach/units', 'packages/units/src/index.ts', units, [
    // The registry, loaded lazily, its model and the reform's facts (README; kehoach re-exports the registry; check's rules read the district bodies).
    'loadUnits', 'UnitRegistry', 'FindOptions', 'Province', 'ProvinceKind', 'Commune', 'CommuneKind', 'Unit', 'FormerCommune', 'FormerCommuneKind', 'FormerProvince', 'Resolution',
    'foldName', 'REFORM_DATE', 'PROVINCES_RESOLUTION', 'DISTRICT_BODIES', 'districtBodies', 'DistrictBody',
    // Whether a text may name a merged province, without loading the registry (check's former-province-name prepares by it).
    'MERGED_PROVINCE_NAMES', 'mayNameMergedProvince',
  ]],
  ['@kehoach/units/registry', 'packages/units/src/registry.ts', unitsRegistry, [
    // The registry built synchronously, for code loaded lazily itself that must answer at once.
    'UnitRegistry', 'FindOptions', 'unitRegistry',
  ]],
  ['@kehoach/yaml-edit', 'packages/yaml-edit/src/index.ts', yamlEdit, [
    // Migration, text edits and the YAML writer (README; kehoach migrate, check --fix, clone).
    'migrateYaml', 'MigrateResult', 'planToYaml', 'editText', 'TextEdit', 'EditResult',
    // The writer's options: comments and one-line maps (kehoach's newPlan).
    'PlanToYamlOptions',
  ]],
  ['@kehoach/check', 'packages/check/src/index.ts', check, [
    // The checker on YAML text, its rules, configuration and fixes (README; kehoach re-exports them all).
    'checkPlanText', 'checkLoadedPlan', 'CheckOptions', 'CheckResult', 'CheckDiagnostic', 'CHECK_CODES', 'RULE_IDS', 'loadRules', 'Rule', 'RuleMeta', 'rulesList',
    'parseRc', 'RuleConfig', 'applyFixes', 'FixResult',
  ]],
  ['@kehoach/edxml', 'packages/edxml/src/index.ts', edxml, [
    // The message of a plan (README; kehoach export), its namespace for readers, its codes.
    'exportEdxml', 'EdxmlOptions', 'EdxmlResult', 'EDXML_NS', 'EDXML_CODES',
  ]],
  ['@kehoach/import', 'packages/import/src/index.ts', imports, [
    // Importing a plan, its report and places in the original (README; kehoach import, the studio).
    'importPlan', 'ImportResult', 'ImportReport', 'UnsureSpot', 'RecognisedCounts', 'OriginalPlace', 'ImportDiagnostic', 'IMPORT_CODES', 'IMPORT_LIMITS',
    // Reading a received document as it is (README), and its model.
    'readReceived', 'ReadOptions', 'ReadReceivedResult', 'ImportLimits', 'PdfjsModule', 'receivedToText', allTypesOf('packages/import/src/model.ts'),
  ]],
  ['@kehoach/node', 'packages/node/src/index.ts', node, [
    // Node's file helpers, PDF, deflate and interrupt clean-up (README; re-exported by kehoach/node).
    'readInput', 'ReadResult', 'writeAtomic', 'WriteOptions', 'NODE_CODES', 'convertToPdf', 'convertManyToPdf', 'PdfResult', 'PdfOptions', 'nativeDeflate',
    'onInterrupt', 'runInterruptCleanups', 'installInterruptHandlers',
  ]],
  ['@kehoach/fidelity', 'packages/fidelity/src/index.ts', fidelity, [
    // Private: the measures the render, edXML and import tests and `pnpm fidelity` use.
    'measureFidelity', 'words', 'labels', 'slice', 'compareWords', 'docxText',
  ]],
  ['@kehoach/cli', 'packages/cli/src/index.ts', cli, [
    // The commands run from code as the command runs them (README).
    'runCli', 'VERSION', 'processIo', 'Io',
  ]],
];

let program: ts.Program;
let checker: ts.TypeChecker;

beforeAll(() => {
  const files = [...API.map(([, source]) => source), 'packages/schema/src/plan-input.ts', 'packages/core/src/model.ts', 'packages/import/src/model.ts'];
  program = ts.createProgram(files.map((f) => ROOT + f), {
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
    customConditions: ['source'], noEmit: true, skipLibCheck: true, resolveJsonModule: true, types: [],
  });
  checker = program.getTypeChecker();
}, 60_000);

/** Whether an export reaches its declaration through an `export type` (then it has no runtime value). */
function typeOnly(symbol: ts.Symbol): boolean {
  for (let s: ts.Symbol | undefined = symbol; s && s.flags & ts.SymbolFlags.Alias; s = checker.getImmediateAliasedSymbol(s)) {
    for (const d of s.declarations ?? []) {
      if ((ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) || (ts.isNamespaceExport(d) && d.parent.isTypeOnly)) return true;
    }
  }
  return false;
}

/** The exports of a source file as TypeScript sees them, each with whether it has a runtime value. */
function exportsOf(file: string): Array<{ name: string; value: boolean; symbol: ts.Symbol }> {
  const sf = program.getSourceFile(ROOT + file);
  if (!sf) throw new Error(`${file} is not in the program`);
  return checker.getExportsOfModule(checker.getSymbolAtLocation(sf)!).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    return { name: s.name, value: (target.flags & ts.SymbolFlags.Value) !== 0 && !typeOnly(s), symbol: target };
  });
}

const expand = (names: Names): string[] =>
  names.flatMap((n) => (typeof n === 'string' ? [n] : exportsOf(n[ALL_TYPES_OF]).filter((e) => !e.value).map((e) => e.name))).sort();

describe.each(API)('%s exports', (_entry, source, mod, names) => {
  test('exactly the curated names, values and types', () => {
    const listed = expand(names);
    expect(new Set(listed).size, 'a name listed twice').toBe(listed.length);
    expect(exportsOf(source).map((e) => e.name).sort()).toEqual(listed);
  });
  test('the runtime values are those of the curated names', () => {
    expect(Object.keys(mod).sort()).toEqual(exportsOf(source).filter((e) => e.value).map((e) => e.name).sort());
  });
});

test.each(['packages/kehoach/src/index.ts', 'packages/kehoach/src/node.ts'])('every export of %s is documented (JSDoc)', (source) => {
  const doc = (e: { symbol: ts.Symbol }) => ts.displayPartsToString(e.symbol.getDocumentationComment(checker)).trim();
  const all = exportsOf(source);
  expect(doc(all.find((e) => e.name === (source.endsWith('node.ts') ? 'readTemplate' : 'loadPlan'))!)).toMatch(/^Reads|^Loads/);
  expect(all.filter((e) => !doc(e)).map((e) => e.name)).toEqual([]);
});
