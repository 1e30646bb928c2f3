import { loadRule as loadAnyRule, loadRules as loadAllRules, registerRules, ruleIds, type Rule } from '@kehoach/core';

/**
 * The content rules, one file each under `rules/`, registered into core's one registry of rules
 * (where the load-phase rules already are) with a loader each: a rule's module is imported only
 * when it runs. An open set: add a file and a line here.
 */
registerRules(Object.entries({
  'abbreviation-before-definition': () => import('./rules/abbreviation-before-definition.js'),
  'agency-not-recipient': () => import('./rules/agency-not-recipient.js'),
  'archive-line': () => import('./rules/archive-line.js'),
  'attribution-names-lead': () => import('./rules/attribution-names-lead.js'),
  'citation-conflict': () => import('./rules/citation-conflict.js'),
  'date-outside-period': () => import('./rules/date-outside-period.js'),
  'deadline-before-issue': () => import('./rules/deadline-before-issue.js'),
  'document-symbol': () => import('./rules/document-symbol.js'),
  'doubled-word': () => import('./rules/doubled-word.js'),
  'duplicate-paragraph': () => import('./rules/duplicate-paragraph.js'),
  'empty-section': () => import('./rules/empty-section.js'),
  'heading-agency-spelling': () => import('./rules/heading-agency-spelling.js'),
  'misspelling': () => import('./rules/misspelling.js'),
  'mixed-spelling': () => import('./rules/mixed-spelling.js'),
  'nhu-dieu-without-articles': () => import('./rules/nhu-dieu-without-articles.js'),
  'recipient-punctuation': () => import('./rules/recipient-punctuation.js'),
  'recipient-undeclared': () => import('./rules/recipient-undeclared.js'),
  'recipients-present': () => import('./rules/recipients-present.js'),
  'reporting-text-mismatch': () => import('./rules/reporting-text-mismatch.js'),
  'signature-authority': () => import('./rules/signature-authority.js'),
  'single-subitem': () => import('./rules/single-subitem.js'),
  'space-before-punctuation': () => import('./rules/space-before-punctuation.js'),
  'stale-year': () => import('./rules/stale-year.js'),
  'superseded-basis': () => import('./rules/superseded-basis.js'),
  'task-without-lead': () => import('./rules/task-without-lead.js'),
  'text-data-mismatch': () => import('./rules/text-data-mismatch.js'),
  'unbalanced-brackets': () => import('./rules/unbalanced-brackets.js'),
  'weekday-mismatch': () => import('./rules/weekday-mismatch.js'),
  'window-reversed': () => import('./rules/window-reversed.js'),
}).map(([id, load]) => ({ id, phase: 'content' as const, source: 'check', load: async () => (await load()).default as Rule<'content'> })));

/** The ids of the content rules registered (this package's, and any a portal added), sorted. */
export function contentRuleIds(): string[] {
  return ruleIds('content');
}

/** The ids of every rule — load phase (core) and content (this package) — sorted: one list. */
export const RULE_IDS: readonly string[] = ruleIds();

/** Loads one rule by id, of either phase (cached). Throws for an unknown id: check `RULE_IDS` first. */
export async function loadRule(id: string): Promise<Rule> {
  return loadAnyRule(id);
}

/** Loads every rule of both phases, in id order. */
export async function loadRules(): Promise<Rule[]> {
  return loadAllRules();
}
