export { loadPlan, type LoadOptions, type LoadResult } from './load-plan.js';
export { parseYaml, type ParsedYaml } from './parse-yaml.js';
export { quoteDates, YAML11_TIMESTAMP } from './yaml-dates.js';
export { prescan, type ScanProblem } from './prescan-depth.js';
export { toPlainData, type PlainData } from './plain-data.js';
export { quoteLimited, MAX_QUOTED } from './diagnostics/quote-limited.js';
export { validateAgainstSchema, pruneAnyOf, type SourceContext, type SchemaError, type Validator } from './validate-schema.js';
export { validateUnitData } from './validate-unit-data.js';
export { checkPlan, refList } from './check-plan.js';
// One rule system, two phases: load rules run in loadPlan (rules/load/), content rules in `kehoach check`.
export {
  defineRule, RULE_DOCS, registerRules, ruleIds, ruleEntry, loadRule, loadRules, runRule, effectiveSeverity, isRuleSetting, disabledLines,
  textPlacer, mapPlacer, proseOf, EXAMPLE_BASE, examplePlan,
  type Category, type ContentRuleContext, type ExpectedFinding, type InvalidExample, type LoadRuleContext, type Report, type Rule, type RuleContext,
  type RuleExamples, type RuleMeta, type RulePhase, type RuleEntry, type RuleRun, type RuleRunOptions, type RuleOwner, type RuleConfig, type RuleSetting,
  type Placer, type Placed, type PlanIndex, type Prose,
} from './rules/index.js';
export { normalise, citeReference, citeShort, findTaskBlock } from './normalise.js';
export { migrateV1, movePointer, type Migration } from './migrate-v1.js';
export { isV1, loadV1, type V1Load } from './load-v1.js';
export { BUILT_IN_KINDS, DEFAULT_KIND, GENERAL_RULES, defineDocumentKind, documentKind, documentKinds, hasDocumentKind, registerDocumentKind, unregisterDocumentKind, type DocumentKindProfile } from './kinds/index.js';
export { spokenPeriodWords, spokenPeriodRange, pointWords, pointDay } from '@kehoach/nd30';
export { labelledLines } from './build-tasks.js';
export { toGrid } from './build-table.js';
export { decodeInput, firstInvalidUtf8 } from './decode-input.js';
export { locate, locateRange, pointerSegments, toPointer, type Position, type Range } from './locate.js';
export { CORE_CODES, coreDiagnostic, type Code } from './codes.js';
export { hasErrors, sortDiagnostics, type Diagnostic, type Fix, type Place, type Severity } from './diagnostics/diagnostic.js';
export { defineCodes, fillTemplate, codeTables, codeInfo, codeUrl, DIAGNOSTICS_DOCS, type CodeInfo, type CodeTable, type DiagnosticOptions } from './diagnostics/define-codes.js';
export { formatDiagnostic, formatDiagnostics, diagnosticsToJson, type TextFormatOptions } from './diagnostics/format-text.js';
export { diagnosticsToSarif, firstSentence, type SarifOptions, type SarifRule } from './diagnostics/sarif.js';
export { DEFAULT_LIMITS, formatBytes, type Limits } from './limits.js';
export { VIETNAMESE_LETTERS, vietnameseLetter, roman, assignNumbers, childStyle, type NodeStyle } from './numbering.js';
// The Nghị định 30 wording core prints with (@kehoach/nd30), under the names core has always exported.
export { formatHeaderDate, formatShortDate, nd30Parts, formatTime as timeInWords } from '@kehoach/nd30';
export { attributionPhrase, agencyHeading, joinNames, joinLabelled } from './attribution.js';
export { slugify } from './slug.js';
export { closest, editDistance } from './suggest.js';
export type * from './model.js';
export { relayout, type TaskLayout } from './relayout.js';
export { buildSourceMap, placeIn, type SourceMap, type SourcePosition } from './source-map.js';
export { validatePlan } from './validate-plan.js';
export { documentNumber, periodYears, valueAt, capitalise } from './plan-facts.js';
// What each task of a plan is (a duty, a heading, a target, a duty restated), and how much two texts share.
export { taskKinds, namesItsAgencies, type TaskKind } from './task-kinds.js';
export { wordPairs, sharedWordPairs, SAME_WORDS } from './word-pairs.js';
