// @kehoach/core: plan data in, a normalised plan and diagnostics out (no file system). Its index
// holds what users of the package call and what the other packages of kehoach build on; helpers
// used only inside core stay in their files (unit tests import them from ../src).

// Loading and validating a plan, the data model it gives, and the limits a load keeps.
export { loadPlan, loadCurrentPlan, type LoadOptions, type LoadResult } from './load-plan.js';
export { validatePlan } from './validate-plan.js';
export { decodeInput } from './decode-input.js';
export { DEFAULT_LIMITS, formatBytes, type Limits } from './limits.js';
export type * from './model.js';

// Steps of the load that other packages reuse: YAML parsing, schema validation, v1 migration, normalisation.
export { parseYaml } from './parse-yaml.js';
export { quoteDates } from './yaml-dates.js';
export { validateAgainstSchema, type Validator } from './validate-schema.js';
export { validateUnitData } from './validate-unit-data.js';
export { validateProgressData } from './validate-progress-data.js';
export { migrateV1, type Migration } from './migrate-v1.js';
export { normalise, findTaskBlock } from './normalise.js';
export { relayout, type TaskLayout } from './relayout.js';

// Document kinds: one profile each; a portal registers its own.
export { BUILT_IN_KINDS, DEFAULT_KIND, GENERAL_RULES, SOURCE_ORDER, citationOf, reportKind, letterKind, composeDossier, defineDocumentKind, documentKind, documentKinds, leadBodies, lowerFirst, registerDocumentKind, unregisterDocumentKind, type ComposeContext, type ComposeHook, type DocumentKindProfile, type DossierDocument } from './kinds/index.js';

// One rule system, two phases: load rules run in loadPlan (rules/load/), content rules (@kehoach/check) in `kehoach check`.
export {
  defineRule, RULE_DOCS, registerRules, ruleIds, ruleEntry, loadRule, loadRules, runRule, effectiveSeverity, isRuleSetting, disabledLines,
  textPlacer, mapPlacer, proseOf, EXAMPLE_BASE, examplePlan,
  type Category, type ExpectedFinding, type InvalidExample, type Report, type ReportEdit, type Rule, type RuleContext, type RuleMeta,
  type RuleRun, type RuleOwner, type RuleConfig, type RuleSetting,
} from './rules/index.js';

// Diagnostics: the one shape, each package's code table, places in the source, and the formatters.
export { CORE_CODES, coreDiagnostic } from './codes.js';
export { hasErrors, sortDiagnostics, type Diagnostic, type Fix, type FixEdit, type Place, type Severity } from './diagnostics/diagnostic.js';
export { defineCodes, codeTables, codeUrl, type CodeInfo, type CodeTable } from './diagnostics/define-codes.js';
export { formatDiagnostic, formatDiagnostics, diagnosticsToJson, type TextFormatOptions } from './diagnostics/format-text.js';
export { diagnosticsToSarif, firstSentence, type SarifOptions } from './diagnostics/sarif.js';
export { locate, pointerSegments, toPointer } from './locate.js';
export { placeIn } from './source-map.js';

// Facts of a plan that printers, the checklist, clone and edXML share.
export { documentNumber, periodYears, valueAt, capitalise } from './plan-facts.js';
export { joinNames } from './attribution.js';

// What a task's words already say of its data (the printer adds the rest; a rule reports where they differ).
export { statedFacts, statedFactsOf, type StatedFacts, type StatedContext, type FactConflict, type TaskData, type TaskFact } from './stated-facts.js';
export { slugify } from './slug.js';

// What each task of a plan is (a duty, a heading, a target, a duty restated), and how much two texts share.
export { taskKinds, namesItsAgencies, type TaskKind } from './task-kinds.js';
export { wordPairs, sharedWordPairs, SAME_WORDS } from './word-pairs.js';
