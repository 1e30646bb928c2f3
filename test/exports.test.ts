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
import * as node from '@kehoach/node';
import * as yamlEdit from '@kehoach/yaml-edit';
import * as fidelity from '@kehoach/fidelity';
import * as check from '@kehoach/check';
import * as edxml from '@kehoach/edxml';

// Pins each package's public runtime exports: adding or removing one is a deliberate change.
test.each([
  ['@kehoach/schema', schema, ['checklistSchema', 'planSchema', 'planSchemaV1', 'unitSchema']],
  ['kehoach', kehoach, [
    'CODES', 'PlanError', 'RULE_IDS', 'applyFixes', 'checkPlanText', 'loadRules', 'toSarif', 'checklistSchema', 'checklistToMarkdown', 'clonePlan', 'clonePlanOrThrow', 'deriveChecklist', 'deriveChecklistOrThrow',
    'formatDiagnostic', 'formatDiagnostics', 'loadPlan', 'loadPlanOrThrow', 'parseInline', 'planSchema', 'printDocument', 'renderDocx', 'renderDocxOrThrow', 'renderMarkdown',
    'renderText', 'rollPlan', 'rollPlanOrThrow', 'toCsv', 'toIcs', 'toXlsx', 'tracePlan', 'unitSchema', 'validatePlan', 'validatePlanOrThrow',
    // issue 14: formats registered once (CLI, service, portals), and what a caller needs to check results
    'OUTPUT_FORMATS', 'renderAs', 'hasErrors', 'setDeflate',
    // dates quoted in YAML written by portals and the studio (YAML 1.1 readers)
    'quoteDates',
  ]],
  ['@kehoach/node', node, ['convertManyToPdf', 'convertToPdf', 'installInterruptHandlers', 'loadPlanFile', 'onInterrupt', 'pdfFilter', 'processAlive', 'readBounded', 'readBoundedStream', 'readInput', 'runInterruptCleanups', 'writeAtomic', 'nativeDeflate']],
  ['@kehoach/yaml-edit', yamlEdit, ['editText', 'graft', 'migrateYaml', 'nodeAt', 'planToYaml']],
  ['@kehoach/check', check, [
    'CHECK_CODES', 'EXAMPLE_BASE', 'RULE_IDS', 'applyFixes', 'checkDiagnostic', 'checkLoadedPlan', 'checkPlanText', 'defineRule', 'disabledLines',
    'effectiveSeverity', 'examplePlan', 'firstSentence', 'formatJson', 'formatText', 'loadRule', 'loadRules', 'parseRc', 'proseOf',
    'ruleDoc', 'rulesList', 'rulesTable', 'toSarif',
  ]],
  ['@kehoach/edxml', edxml, [
    'ATTACHMENT_FIELDS', 'DOCUMENT_TYPE_CODES', 'DOCX_TYPE', 'EDXML_CODES', 'EDXML_FIELDS', 'EDXML_NS', 'PRIORITIES', 'checkFields', 'contentIdOf',
    'edxmlDate', 'escapeText', 'exportEdxml', 'fieldsTable', 'group', 'leaf', 'messageHeader', 'toBase64', 'writeNode',
  ]],
  ['@kehoach/fidelity', fidelity, ['compareWords', 'docxText', 'labels', 'measureFidelity', 'slice', 'words']],
  ['@kehoach/clone', clone, [
    'COMMUNE_AGENCIES', 'DEFAULT_RULES', 'canonicalJson', 'clonePlan', 'contentHash', 'defaultTarget', 'loadUnit', 'lowerFirst',
    'planToYaml', 'rewrite', 'rewriteDeep', 'rewriteText', 'rollPlan', 'shortHash', 'staleYears', 'taskHashes', 'tracePlan',
  ]],
  ['@kehoach/core', core, [
    'CODES', 'DEFAULT_LIMITS', 'fillTemplate', 'VIETNAMESE_LETTERS', 'formatBytes', 'prescan', 'toPlainData', 'quoteLimited', 'MAX_QUOTED', 'agencyHeading', 'assignNumbers', 'attributionPhrase', 'checkPlan',
    'childStyle', 'citeReference', 'closest', 'decodeInput', 'editDistance', 'firstInvalidUtf8',
    'formatDiagnostic', 'formatDiagnostics', 'formatHeaderDate', 'formatShortDate', 'hasErrors', 'joinNames', 'loadPlan',
    'locate', 'makeDiagnostic', 'nd30Parts', 'normalise', 'parseYaml', 'pointerSegments', 'pruneAnyOf', 'refList', 'relayout', 'roman', 'slugify',
    'sortDiagnostics', 'toPointer', 'validateAgainstSchema', 'vietnameseLetter', 'buildSourceMap', 'placeIn', 'validateUnitData', 'validatePlan', 'timeInWords', 'documentNumber', 'periodYears', 'valueAt', 'capitalise',
    'DOCUMENT_KINDS', 'citeShort', 'documentKind', 'findTaskBlock', 'isV1', 'joinLabelled', 'labelledLines', 'loadV1', 'migrateV1', 'movePointer',
    'pointDay', 'pointWords', 'spokenPeriodRange', 'spokenPeriodWords', 'toGrid',
    // issue 14: writers quote date-like strings for YAML 1.1 readers (js-yaml, ajv-cli)
    'quoteDates', 'YAML11_TIMESTAMP',
  ]],
  ['@kehoach/document', document, [
    'DRAFT_BLANK', 'MOTTO', 'NATION', 'attachedTo', 'buildAppendices', 'buildDocument', 'dateLine', 'documentMeta', 'escapeForInline', 'numberLine', 'parseInline', 'parseWithRemark',
    'runsToMarkdown', 'runsToPlain', 'signatureLines', 'walkOutline',
  ]],
  ['@kehoach/render-docx', renderDocx, [
    'HEADER_COLUMN_PT', 'LANDSCAPE_WIDTH', 'PORTRAIT_WIDTH', 'STYLE_IDS', 'TEMPLATE_TAGS', 'fitHeaderLines', 'textWidth', 'TEMPLATE_LIMITS', 'checkTemplateTags', 'invalidCharPlace', 'openTemplate', 'outputXmlProblem', 'unsafeEntryName', 'withoutDoctype', 'xmlProblem', 'appendixXml', 'blockXml', 'bodyXml', 'continued', 'defaultTemplate', 'escapeXml', 'landscape', 'paragraphXml',
    'renderAppendixDocx', 'renderDocx', 'renderPrintedDocx', 'runsXml', 'signaturesXml', 'stripInvalidXml', 'tableXml', 'tagRecorder', 'userAppendixXml',
    // issue 14: a template opened once per process; a faster deflate where the runtime has one
    'openTemplateCached', 'setDeflate',
    // docxtemplater's render kept per shape of the data (same bytes; off to compare)
    'setRenderCache',
  ]],
  ['@kehoach/checklist', checklist, [
    'CSV_COLUMNS', 'STATUSES', 'byAgency', 'deriveChecklist', 'dueText', 'foldLine', 'icsText', 'escapeIcsText', 'safeCell', 'isoDate', 'meets', 'occurrences',
    'planCitation', 'planKey', 'unitKey', 'refold', 'reportText', 'statusOf', 'toCsv', 'toIcs', 'toMarkdown', 'toXlsx', 'viDate', 'paddedDate', 'dueKindText',
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
