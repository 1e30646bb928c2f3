import { expect, test } from 'vitest';
import * as checklist from '@kehoach/checklist';
import * as cli from '@kehoach/cli';
import * as clone from '@kehoach/clone';
import * as core from '@kehoach/core';
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
import * as nd30 from '@kehoach/nd30';

// Pins each package's public runtime exports: adding or removing one is a deliberate change.
test.each([
  ['@kehoach/schema', schema, ['checklistSchema', 'planSchema', 'planSchemaV1', 'unitSchema']],
  ['@kehoach/nd30', nd30, [
    'AGENCY_HEAD', 'ANY_DATE', 'DOCUMENT_TYPES', 'LABEL_RULES', 'LAW_FAMILY', 'PERIOD_WORDS', 'RECEIVED_TIME_IN_TEXT', 'RECEIVED_TIME_RULES', 'REPORT_PERIODS', 'TIME_RULES',
    'TONE_PAIRS', 'VIETNAMESE_LETTERS', 'WEEKDAYS', 'agencyHeading', 'canonicalSpelling', 'canonicalTones', 'citationFamily', 'citeShort', 'daysInMonth', 'documentDate',
    'findAttribution', 'findCitations', 'findDate', 'formatAttribution', 'formatCitation', 'formatHeaderDate', 'formatLabel', 'formatLabelledLines', 'formatShortDate', 'formatTime',
    'hourWords', 'isIsoDate', 'isPrintedForm', 'isRealDate', 'isUnnumbered', 'isoDate', 'joinLabelled', 'joinNames', 'nd30Parts', 'parseAttribution',
    'parseCitation', 'parseDate', 'parseHeaderDate', 'parseLabel', 'parseLabelledLine', 'parsePeriod', 'parseShortDate', 'parseTime', 'pointDay', 'pointWords',
    'readLabel', 'readTime', 'roman', 'romanValue', 'spellingVariantsPattern', 'splitNames', 'spokenPeriodRange', 'spokenPeriodWords', 'tonePlacement', 'toneVowels',
    'upperFirst', 'vietnameseLetter', 'weekdayNumber', 'weekdayOf', 'withTrailingParenthesis',
    // issue 20: what a heading is about (the checker's target lists, clone's goals)
    'HEADING_RULES', 'headingRole',
  ]],
  ['kehoach', kehoach, [
    'BUILT_IN_KINDS', 'CHECKLIST_CODES', 'importPlan', 'exportEdxml', 'CHECK_CODES', 'CLONE_CODES', 'CORE_CODES', 'DEFAULT_KIND', 'PlanError', 'RENDER_DOCX_CODES', 'RULE_IDS', 'applyFixes',
    'checkPlanText', 'checklistSchema', 'checklistToMarkdown', 'clonePlan', 'clonePlanOrThrow', 'codeTables', 'defineCodes', 'defineDocumentKind', 'deriveChecklist', 'deriveChecklistOrThrow',
    'diagnosticsToJson', 'diagnosticsToSarif', 'documentKind', 'documentKinds', 'formatDiagnostic', 'formatDiagnostics', 'hasErrors', 'loadPlan', 'loadPlanOrThrow', 'loadRules',
    'parseInline', 'planSchema', 'printDocument', 'quoteDates', 'registerDocumentKind', 'renderAs', 'renderDocx', 'renderDocxOrThrow', 'renderMarkdown', 'renderText',
    'rollPlan', 'rollPlanOrThrow', 'setDeflate', 'toCsv', 'toIcs', 'toXlsx', 'tracePlan', 'unitSchema', 'unregisterDocumentKind', 'validatePlan',
    'validatePlanOrThrow',
    // issue 19: the output registry (outputs/), and a checklist as a printed document
    'BUILT_IN_OUTPUTS', 'defineOutput', 'findOutput', 'output', 'outputs', 'printChecklist', 'registerOutput', 'renderOutput', 'unregisterOutput',
  ]],
  // What Node programs need beside `kehoach`, and the PDF output it registers.
  ['kehoach/node', kehoachNode, [
    'NODE_CODES', 'convertManyToPdf', 'convertToPdf', 'installInterruptHandlers', 'nativeDeflate', 'onInterrupt', 'pdfFilter', 'pdfOutput', 'processAlive', 'readBounded',
    'readBoundedStream', 'readInput', 'runInterruptCleanups', 'writeAtomic',
  ]],
  ['@kehoach/node', node, [
    'NODE_CODES', 'convertManyToPdf', 'convertToPdf', 'installInterruptHandlers', 'nativeDeflate', 'onInterrupt', 'pdfFilter', 'processAlive', 'readBounded',
    'readBoundedStream', 'readInput', 'runInterruptCleanups', 'writeAtomic',
  ]],
  ['@kehoach/yaml-edit', yamlEdit, ['editText', 'graft', 'migrateYaml', 'nodeAt', 'planToYaml']],
  ['@kehoach/check', check, [
    'CHECK_CODES', 'EXAMPLE_BASE', 'RULE_DOCS', 'RULE_IDS', 'applyFixes', 'checkDiagnostic', 'checkLoadedPlan', 'checkPlanText', 'defineRule', 'disabledLines',
    'effectiveSeverity', 'exampleFindings', 'examplePlan', 'loadRule', 'loadRules', 'parseRc', 'proseOf', 'ruleDoc', 'rulesList', 'rulesTable',
  ]],
  ['@kehoach/edxml', edxml, [
    'ATTACHMENT_FIELDS', 'DOCX_TYPE', 'EDXML_CODES', 'EDXML_FIELDS', 'EDXML_NS', 'PRIORITIES', 'checkFields', 'contentIdOf', 'edxmlDate', 'escapeText',
    'exportEdxml', 'fieldsTable', 'group', 'leaf', 'messageHeader', 'toBase64', 'writeNode',
  ]],
  ['@kehoach/fidelity', fidelity, ['compareWords', 'docxText', 'labels', 'measureFidelity', 'slice', 'words']],
  ['@kehoach/clone', clone, [
    'CLONE_CODES', 'COMMUNE_AGENCIES', 'DEFAULT_RULES', 'canonicalJson', 'clonePlan', 'contentHash', 'defaultTarget', 'loadUnit', 'lowerFirst', 'planToYaml',
    'rewrite', 'rewriteDeep', 'rewriteText', 'rollPlan', 'shortHash', 'staleYears', 'taskHashes', 'tracePlan',
  ]],
  ['@kehoach/core', core, [
    'BUILT_IN_KINDS', 'CORE_CODES', 'DEFAULT_KIND', 'DEFAULT_LIMITS', 'DIAGNOSTICS_DOCS', 'GENERAL_RULES', 'MAX_QUOTED', 'VIETNAMESE_LETTERS', 'YAML11_TIMESTAMP', 'agencyHeading',
    'assignNumbers', 'attributionPhrase', 'buildSourceMap', 'capitalise', 'checkPlan', 'childStyle', 'citeReference', 'citeShort', 'closest', 'codeInfo',
    'codeTables', 'codeUrl', 'coreDiagnostic', 'decodeInput', 'defineCodes', 'defineDocumentKind', 'diagnosticsToJson', 'diagnosticsToSarif', 'documentKind', 'documentKinds',
    'documentNumber', 'editDistance', 'fillTemplate', 'findTaskBlock', 'firstInvalidUtf8', 'firstSentence', 'formatBytes', 'formatDiagnostic', 'formatDiagnostics', 'formatHeaderDate',
    'formatShortDate', 'hasDocumentKind', 'hasErrors', 'isV1', 'joinLabelled', 'joinNames', 'labelledLines', 'loadPlan', 'loadV1', 'locate',
    'migrateV1', 'movePointer', 'nd30Parts', 'normalise', 'parseYaml', 'periodYears', 'placeIn', 'pointDay', 'pointWords', 'pointerSegments',
    'prescan', 'pruneAnyOf', 'quoteDates', 'quoteLimited', 'refList', 'registerDocumentKind', 'relayout', 'roman', 'slugify', 'sortDiagnostics',
    'spokenPeriodRange', 'spokenPeriodWords', 'timeInWords', 'toGrid', 'toPlainData', 'toPointer', 'unregisterDocumentKind', 'validateAgainstSchema', 'validatePlan', 'validateUnitData',
    'valueAt', 'vietnameseLetter',
    // issue 19: one rule system (load and content phases) in core
    'EXAMPLE_BASE', 'RULE_DOCS', 'defineRule', 'disabledLines', 'effectiveSeverity', 'examplePlan', 'isRuleSetting', 'loadRule', 'loadRules', 'locateRange',
    'mapPlacer', 'proseOf', 'registerRules', 'ruleEntry', 'ruleIds', 'runRule', 'textPlacer',
    // issue 20: what each task is (duty, heading, target, restated), read by check, clone and trace
    'SAME_WORDS', 'namesItsAgencies', 'sharedWordPairs', 'taskKinds', 'wordPairs',
  ]],
  ['@kehoach/document', document, [
    'DRAFT_BLANK', 'MOTTO', 'NATION', 'attachedTo', 'buildAppendices', 'buildDocument', 'dateLine', 'documentMeta', 'escapeForInline', 'numberLine', 'parseInline', 'parseWithRemark',
    'runsToMarkdown', 'runsToPlain', 'signatureLines', 'walkOutline', 'TASK_COLUMNS', 'taskAppendix', 'taskTable',
  ]],
  ['@kehoach/render-docx', renderDocx, [
    'HEADER_COLUMN_PT', 'LANDSCAPE_WIDTH', 'PORTRAIT_WIDTH', 'RENDER_DOCX_CODES', 'STYLE_IDS', 'TEMPLATE_LIMITS', 'TEMPLATE_TAGS', 'appendixXml', 'blockXml', 'bodyXml',
    'checkTemplateTags', 'continued', 'defaultTemplate', 'escapeXml', 'fitHeaderLines', 'invalidCharPlace', 'landscape', 'openTemplate', 'openTemplateCached', 'outputXmlProblem',
    'paragraphXml', 'renderAppendixDocx', 'renderDocx', 'renderPrintedDocx', 'runsXml', 'setDeflate', 'setRenderCache', 'signaturesXml', 'stripInvalidXml', 'tableXml',
    'tagRecorder', 'textWidth', 'unsafeEntryName', 'listTableXml', 'withoutDoctype', 'xmlProblem',
  ]],
  ['@kehoach/checklist', checklist, [
    'CHECKLIST_CODES', 'CSV_COLUMNS', 'STATUSES', 'byAgency', 'deriveChecklist', 'dueKindText', 'dueText', 'escapeIcsText', 'foldLine', 'icsText',
    'isoDate', 'meets', 'occurrences', 'paddedDate', 'planCitation', 'planKey', 'refold', 'reportText', 'safeCell', 'statusOf',
    'toCsv', 'toIcs', 'toMarkdown', 'toXlsx', 'unitKey', 'viDate', 'printChecklist',
  ]],
  ['@kehoach/render-text', renderText, ['blockText', 'documentToMarkdown', 'documentToText', 'paragraphText', 'renderMarkdown', 'renderText', 'tableToMarkdown', 'tableToText']],
  ['@kehoach/cli', cli, [
    'USAGE', 'VERSION', 'checkCommand', 'checklistCommand', 'cloneCommand', 'exportCommand', 'listRulesCommand', 'loadFile', 'migrateCommand', 'processIo', 'renderCommand', 'rollCommand', 'runCli', 'traceCommand', 'validateCommand',
    // issue 14: the command registry, generated help, globs, suggestions, batch clone
    'COMMANDS', 'UsageError', 'cloneBatchCommand', 'commandHelp', 'expandGlobs', 'findCommand', 'globalHelp', 'suggestName',
  ]],
])('%s exports', (_name, mod, names) => {
  expect(Object.keys(mod).sort()).toEqual([...names].sort());
});
