// @kehoach/review: drafts under review — the new version's DOCX with tracked changes against the old
// (and its review notes as Word comments), and a reviewed DOCX read back into the plan's YAML.

// The tracked-changes DOCX.
export { trackedChangesDocx, type TrackedDocxOptions, type TrackedDocxResult } from './track/tracked-docx.js';
// Accepting or rejecting every tracked change of a part, and a part's paragraphs as text: what tests of a reviewed or tracked DOCX compare.
export { applyRevisions, partParagraphs, type RevisionChoice } from './ooxml/apply-revisions.js';
// Review notes of a plan's input, with where they are.
export { reviewNotes, type ReviewNote, type PlacedNote } from './comments/review-notes.js';
// Diagnostics.
export { REVIEW_CODES, type ReviewCode } from './codes.js';
// A reviewed DOCX (kehoach's render edited in Word, tracked or not, with comments) read back into the plan's YAML.
export { importReviewedDocx, type ReviewImportOptions, type ReviewImportResult, type ReviewEdit, type ReviewEditKind } from './onto/import-onto.js';
