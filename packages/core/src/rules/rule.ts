import type { Severity } from '../diagnostics/diagnostic.js';
import type { Plan } from '../model.js';
import type { PlanIndex } from './index-plan.js';
import type { Prose } from './prose.js';

/**
 * When a rule runs. `load`: inside `loadPlan`/`validatePlan`, on the input before it is normalised
 * (an error refuses the plan, so `kehoach validate` and `render` show it); `content`: in
 * `kehoach check`, on the loaded plan.
 */
export type RulePhase = 'load' | 'content';

/** What a rule is about; the rule table and `--rules` group by it. */
export type Category = 'nd30' | 'consistency' | 'dates' | 'structure' | 'language';

/** One finding an example must give: its message (vi), its JSON pointer and the exact source text its range covers. */
export interface ExpectedFinding {
  message: string;
  path: string;
  /** The text of the example plan (the fragment merged over `EXAMPLE_BASE`) from the finding's start to its end. */
  text: string;
}

/** An example the rule reports: the YAML fragment, exactly its findings, and for a fixable rule the fragment once fixed. */
export interface InvalidExample {
  /** A YAML fragment merged over `EXAMPLE_BASE` (mappings merged, lists replaced, `key: null` removes a key). */
  code: string;
  /** Every finding of this rule on it, in source order. */
  errors: ExpectedFinding[];
  /** The fragment after `--fix` (merged over `EXAMPLE_BASE` it equals the fixed plan), for a rule that offers fixes. */
  output?: string;
}

/** A rule's examples, run as tests (like eslint's RuleTester) and printed in its documentation. */
export interface RuleExamples {
  /** Fragments this rule reports nothing on. */
  valid: string[];
  invalid: InvalidExample[];
}

/** The description of a rule, as data: docs, the README table and SARIF are generated from it. */
export interface RuleMeta {
  /** Kebab-case id, stable: configuration, disable comments and kind profiles name it. */
  id: string;
  phase: RulePhase;
  /** Severity when nothing configures the rule (for a rule with `codes`, theirs). */
  severity: Severity;
  category: Category;
  /**
   * The rule's short name (`title`: “Năm cũ còn sót” — Stale year), shown beside its id in the studio,
   * the text output and its page; then its description, one line in Vietnamese, then more if needed.
   */
  docs: { title?: { vi: string; en: string }; vi: string; en: string };
  /** The provision of Nghị định 30/2020/NĐ-CP the rule enforces, when it enforces one. */
  article?: string;
  /** True when the rule offers safe fixes (`kehoach check --fix`). */
  fixable?: boolean;
  /**
   * Why the rule offers no fix (or none in the cases it names): what the finding cannot know. Every
   * rule of ours either is `fixable` with examples showing the fixed fragment, or says why not here.
   */
  notFixable?: { vi: string; en: string };
  /**
   * An integrity rule of the load phase: its errors guard normalisation (an unknown agency, a
   * duplicate id, an invalid time), so it always runs, whatever the document kind lists or the
   * configuration says. Every other rule runs when the kind's profile lists it and configuration
   * does not turn it off.
   */
  required?: boolean;
  /**
   * The codes of the package's code table (`CORE_CODES`) the rule reports its findings as: tools
   * match on them. Without, a finding's code is the rule id.
   */
  codes?: readonly string[];
  examples: RuleExamples;
}

/** A finding worded by the rule itself: its code is the rule id. */
interface WordedReport {
  code?: undefined;
  message: string;
  messageEn: string;
}

/** A finding reported as a code of the package's table (one of `meta.codes`): the table words it from `params`. */
interface CodedReport {
  code: string;
  message?: undefined;
  messageEn?: undefined;
}

/** One finding, as a rule reports it: where (a JSON pointer, and optionally a span of the string there) and what. */
export type Report = (WordedReport | CodedReport) & {
  path: string;
  /** A span of the string value at `path`: its start index and length (UTF-16 units). */
  span?: { index: number; length: number };
  /** Structured values of the message (the word found, the expected form …) for tools. */
  params?: Record<string, string | number>;
  /** What to do, in words. */
  suggestion?: string;
  /** A safe fix: the span's text is replaced by this (needs `span`). */
  fix?: string;
  /**
   * Edits of the fix besides (or instead of) `fix`: another value's words, a value replaced, an item
   * added to a list, a key to a mapping. They are applied with `fix`, all or none.
   */
  edits?: readonly ReportEdit[];
  /** What the fix does, in words, when the replacement alone does not say it (“Thêm Sở Y tế vào Nơi nhận”). */
  fixLabel?: { vi: string; en: string };
};

/**
 * One edit of a fix, on the value at `path`: a string's span (or the whole string) replaced by
 * `text`; the value replaced by `set`; `append` added at the end of a list; `key` added to a mapping
 * with `value` (the key must be absent).
 */
export type ReportEdit =
  | { path: string; span?: { index: number; length: number }; text: string }
  | { path: string; set: unknown }
  | { path: string; append: unknown }
  | { path: string; key: string; value: unknown };

/**
 * What a load-phase rule sees: the input as parsed — possibly invalid against the schema, so every
 * part may be malformed — and the index of it built in one walk, shared by every load rule.
 */
export interface LoadRuleContext {
  phase: 'load';
  input: Readonly<Record<string, unknown>>;
  index: PlanIndex;
  report(report: Report): void;
}

/** What a content rule sees: the loaded plan, every prose string of it, and a way to report. */
export interface ContentRuleContext {
  phase: 'content';
  plan: Plan;
  /** Every string of the input that is printed as prose, with its pointer, in document order. */
  prose: readonly Prose[];
  /** What the rule's `prepare` gave for this plan (undefined for a rule without one). */
  prepared?: unknown;
  report(report: Report): void;
}

/** What a content rule's `prepare` sees: the loaded plan and its prose. */
export type PrepareContext = Pick<ContentRuleContext, 'plan' | 'prose'>;

/** The context of a rule of phase `P`. */
export type RuleContext<P extends RulePhase = RulePhase> = P extends 'load' ? LoadRuleContext : ContentRuleContext;

/** A rule: its meta and a function over the input (load phase) or the loaded plan (content phase). */
export interface Rule<P extends RulePhase = RulePhase> {
  meta: RuleMeta & { phase: P };
  /**
   * Content rules only: loads what `check` needs for this plan, when it needs it — data too large to load
   * for every plan (the units registry, for a plan that names a commune) — and gives it to `check` as
   * `prepared`. Runs before `check`, once per plan.
   */
  prepare?(context: PrepareContext): Promise<unknown>;
  check(context: RuleContext<P>): void;
}

/**
 * Types a rule definition — the one way to write a rule, of either phase.
 *
 * @example
 * export default defineRule({
 *   meta: { id: 'doubled-word', phase: 'content', severity: 'warning', category: 'language', docs: { vi: '…', en: '…' },
 *     examples: { valid: ['…'], invalid: [{ code: '…', errors: [{ message: '…', path: '/title', text: 'với với' }] }] } },
 *   check({ prose, report }) { … },
 * });
 */
export function defineRule<P extends RulePhase>(rule: Rule<P>): Rule<P> {
  return rule;
}

/** Where each rule is documented (`docs/rules/<id>.md`, generated from its meta). */
export const RULE_DOCS = 'https://github.com/kehoach/kehoach/blob/main/docs/rules/';
