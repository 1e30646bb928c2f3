import type { Plan, Severity } from '@kehoach/core';
import type { Prose } from './prose.js';

/** What a rule is about; the rule table and `--rules` group by it. */
export type Category = 'nd30' | 'consistency' | 'dates' | 'structure' | 'language';

/** The description of a rule, as data: docs, the README table and SARIF are generated from it. */
export interface RuleMeta {
  /** Kebab-case id, stable: configuration and disable comments name it. */
  id: string;
  /** Severity when nothing configures the rule. */
  severity: Severity;
  category: Category;
  /** One line in Vietnamese, then more if needed. */
  docs: { vi: string; en: string };
  /** The provision of Nghị định 30/2020/NĐ-CP the rule enforces, when it enforces one. */
  article?: string;
  /** True when the rule offers safe fixes (`kehoach check --fix`). */
  fixable?: boolean;
  /**
   * Codes of the loader (`@kehoach/core`) this rule reports better (with a range and a fix): when the
   * rule reports the same pointer, `kehoach check` drops the loader's diagnostic.
   */
  supersedes?: string[];
  /**
   * YAML fragments, each merged over `EXAMPLE_BASE` (mappings merged, lists replaced): `valid`
   * must give no finding of this rule, `invalid` at least one. They run as tests and are printed in the docs.
   */
  examples: { valid: string[]; invalid: string[] };
}

/** One finding, as a rule reports it: where (a JSON pointer, and optionally a span of the string there) and what. */
export interface Report {
  path: string;
  /** A span of the string value at `path`: its start index and length (UTF-16 units). */
  span?: { index: number; length: number };
  message: string;
  messageEn: string;
  /** Structured values of the message (the word found, the expected form …) for tools. */
  params?: Record<string, string | number>;
  /** A safe fix: the span's text is replaced by this (needs `span`). */
  fix?: string;
}

/** What a rule sees: the loaded plan, every prose string of it, and a way to report. */
export interface RuleContext {
  plan: Plan;
  /** Every string of the input that is printed as prose, with its pointer, in document order. */
  prose: readonly Prose[];
  report(report: Report): void;
}

/** A rule: its meta and a function over the loaded plan. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity helper that types a rule definition. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
