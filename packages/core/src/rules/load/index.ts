import type { Rule } from '../rule.js';
import knownAgencies from './known-agencies.js';
import periodShape from './period-shape.js';
import documentKind from './document-kind.js';
import draftNumberDate from './draft-number-date.js';
import draftMarkIssued from './draft-mark-issued.js';
import uniqueIds from './unique-ids.js';
import timeConsistency from './time-consistency.js';
import knownReferences from './known-references.js';
import tableShape from './table-shape.js';
import reportingDays from './reporting-days.js';
import groupHeading from './group-heading.js';
import signatureLines from './signature-lines.js';
import recipientNames from './recipient-names.js';
import typedNumber from './typed-number.js';

/**
 * The load-phase rules, one file each, in the order they run (`loadPlan` is synchronous, so they
 * are imported with core). Add a file and a line here; `test/registries/rules.test.ts` fails when
 * a file is not listed.
 */
export const LOAD_RULES: ReadonlyArray<Rule<'load'>> = [
  knownAgencies,
  periodShape,
  documentKind,
  draftNumberDate,
  draftMarkIssued,
  uniqueIds,
  timeConsistency,
  knownReferences,
  tableShape,
  reportingDays,
  groupHeading,
  signatureLines,
  recipientNames,
  typedNumber,
];
