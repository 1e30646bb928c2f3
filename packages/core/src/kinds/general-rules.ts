/**
 * The rules that apply to every kind of the administrative family, of both phases (load rules such
 * as `typed-number`, the content rules of `@kehoach/check`); a profile lists these and its own. The
 * required load rules (unknown agencies, duplicate ids …) are not listed: they always run. A
 * consistency test checks that every rule that is not required is listed by some built-in kind.
 */
export const GENERAL_RULES = [
  'abbreviation-before-definition',
  'agency-not-recipient',
  'archive-line',
  'attribution-names-lead',
  'citation-conflict',
  'date-outside-period',
  'deadline-before-issue',
  'district-level-body',
  'document-symbol',
  'dossier-reference',
  'doubled-word',
  'draft-mark-issued',
  'draft-number-date',
  'duplicate-paragraph',
  'empty-section',
  'former-commune',
  'former-province-name',
  'heading-agency-spelling',
  'misspelling',
  'mixed-spelling',
  'nhu-dieu-without-articles',
  'recipient-punctuation',
  'recipient-undeclared',
  'reporting-text-mismatch',
  'signature-authority',
  'single-subitem',
  'space-before-punctuation',
  'stale-year',
  'superseded-basis',
  'task-without-lead',
  'text-data-mismatch',
  'typed-number',
  'unbalanced-brackets',
  'weekday-mismatch',
  'window-reversed',
] as const;
