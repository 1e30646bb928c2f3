import type { Rule } from './rule.js';

/**
 * Every rule, by id, and how to load it: one file per rule under `rules/`, imported only when
 * the rule runs (an open set: add a file and a line here).
 */
const LOADERS: Record<string, () => Promise<{ default: Rule }>> = {
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
  'typed-number': () => import('./rules/typed-number.js'),
  'unbalanced-brackets': () => import('./rules/unbalanced-brackets.js'),
  'weekday-mismatch': () => import('./rules/weekday-mismatch.js'),
  'window-reversed': () => import('./rules/window-reversed.js'),
};

/** The ids of every rule, sorted. */
export const RULE_IDS: readonly string[] = Object.keys(LOADERS).sort();

const cache = new Map<string, Rule>();

/** Loads one rule by id (cached). Throws for an unknown id: check `RULE_IDS` first. */
export async function loadRule(id: string): Promise<Rule> {
  const hit = cache.get(id);
  if (hit) return hit;
  const load = LOADERS[id];
  if (!load) throw new Error(`unknown rule ${id}`);
  const rule = (await load()).default;
  cache.set(id, rule);
  return rule;
}

/** Loads every rule, in id order. */
export async function loadRules(): Promise<Rule[]> {
  return Promise.all(RULE_IDS.map(loadRule));
}
