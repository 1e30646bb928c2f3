/**
 * The content rules (`@kehoach/check`) that apply to every kind of the administrative family; a
 * profile lists these and its own. A consistency test keeps this list and the rule registry equal.
 */
export const GENERAL_RULES = [
  'abbreviation-before-definition',
  'agency-not-recipient',
  'archive-line',
  'attribution-names-lead',
  'citation-conflict',
  'date-outside-period',
  'deadline-before-issue',
  'document-symbol',
  'doubled-word',
  'duplicate-paragraph',
  'empty-section',
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
  'typed-number',
  'unbalanced-brackets',
  'weekday-mismatch',
  'window-reversed',
] as const;
