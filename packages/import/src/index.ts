export { IMPORT_CODES, type ImportCode } from './codes.js';
export { importDiagnostic, type ImportDiagnostic } from './diagnostic.js';
export { DEFAULT_LIMITS, type ImportLimits } from './limits.js';
export type {
  Alignment,
  ReceivedBlock,
  ReceivedCell,
  ReceivedDocument,
  ReceivedFormat,
  ReceivedParagraph,
  ReceivedRow,
  ReceivedTable,
  SectionBreak,
  SourcePlace,
  TableRole,
} from './model.js';
export { readReceived, type ReadOptions, type ReadReceivedResult } from './read-received.js';
export { receivedToText } from './to-text.js';
export { repairGlyphs, type GlyphRepair } from './glyphs.js';
export { garbageScore, isGarbage, type GarbageScore } from './garbage.js';
export { sniffFormat, type Sniffed } from './sniff.js';
export type { PdfjsModule } from './pdf/load-pdfjs.js';
export { parseReferences, openingLead, type ParsedReference } from './recognise/references.js';
export { AgencyTable, splitAgencies, type ImportedAgency } from './recognise/agencies.js';
export { agencyId, agencyKey, agencyKind, agencyLevel, canonicalSpelling } from './recognise/agency-names.js';
export { parseAttribution, parseLabelledLine, type ParsedAttribution } from './recognise/attribution.js';
export { importPlan, type ImportReport, type ImportResult, type UnsureSpot } from './import-plan.js';
export { recognisePlan, type RecognisedCounts, type RecognisedPlan } from './plan/recognise-plan.js';
export { planToYaml } from './plan/write-yaml.js';
export { parseTime } from './plan/time.js';
export type { OriginalPlace } from './locate.js';
