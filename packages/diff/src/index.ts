// @kehoach/diff: two versions of a plan compared as a reader compares them — duties added, removed,
// moved, their lead, support and time changed, wording word by word, header, bases, Nơi nhận and
// appendices — and the word and sequence comparisons the tracked-changes DOCX and the review import use.

// Comparing plans, and printing the comparison.
export { diffPlans } from './diff-plans.js';
export { formatPlanDiff, planDiffToJson, wordLine, type FormatDiffOptions } from './format-diff.js';
export type { PlanDiff, PlanChange, ChangeKind, ChangePlace, DutyField, HeaderField } from './model.js';

// Comparing words and sequences (paragraphs of two renders, lines of two versions).
export { diffWords, similarity, tokenize, beforeText, afterText, type WordPart } from './words.js';
export { alignSequences, type Aligned, type AlignOptions } from './align.js';
