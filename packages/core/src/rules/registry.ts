import { CORE_CODES } from '../codes.js';
import type { CodeTable } from '../diagnostics/define-codes.js';
import { LOAD_RULES } from './load/index.js';
import type { Rule, RulePhase } from './rule.js';

/**
 * One rule of the registry. Load-phase rules are modules imported with core (`loadPlan` is
 * synchronous); content rules are imported when they first run (`@kehoach/check` registers a loader
 * per rule, so a check that needs three rules fetches three small files).
 */
export type RuleEntry =
  | { id: string; phase: 'load'; source: string; codes?: CodeTable; rule: Rule<'load'> }
  | { id: string; phase: 'content'; source: string; codes?: CodeTable; load: () => Promise<Rule<'content'>> };

const ENTRIES = new Map<string, RuleEntry>();

/**
 * Adds rules to the one registry of every rule, of both phases. Built-in load rules are registered by
 * core, the content rules by `@kehoach/check` when it loads; a portal registers its own the same way.
 * Throws for an id already taken by a rule of another package or phase (ids are unique across phases);
 * the same package registering an id again replaces it.
 *
 * @example
 * registerRules([{ id: 'my-rule', phase: 'content', source: 'my-portal', load: async () => myRule }]);
 */
export function registerRules(entries: readonly RuleEntry[]): void {
  for (const e of entries) {
    const had = ENTRIES.get(e.id);
    if (had && (had.phase !== e.phase || had.source !== e.source)) {
      throw new Error(`rule id ${e.id} is already a ${had.phase} rule of ${had.source}`);
    }
    if (e.phase === 'load' && e.rule.meta.id !== e.id) throw new Error(`rule ${e.id}: its meta says ${e.rule.meta.id}`);
    ENTRIES.set(e.id, e);
  }
}

registerRules(LOAD_RULES.map((rule) => ({ id: rule.meta.id, phase: 'load' as const, source: 'core', codes: CORE_CODES as unknown as CodeTable, rule })));

/** The ids of every registered rule (of one phase, if given), sorted. */
export function ruleIds(phase?: RulePhase): string[] {
  return [...ENTRIES.values()].filter((e) => !phase || e.phase === phase).map((e) => e.id).sort();
}

/** The registry entry of a rule id. */
export function ruleEntry(id: string): RuleEntry | undefined {
  return ENTRIES.get(id);
}

/** The load-phase rules, in the order they run. */
export function loadPhaseRules(): Array<Extract<RuleEntry, { phase: 'load' }>> {
  return [...ENTRIES.values()].filter((e): e is Extract<RuleEntry, { phase: 'load' }> => e.phase === 'load');
}

const loaded = new Map<string, Promise<Rule>>();

/**
 * Loads one rule by id, of either phase (a content rule's module is imported once). Throws for an
 * unknown id: see `ruleIds()`. Checks that the rule's meta names its id and phase.
 */
export async function loadRule(id: string): Promise<Rule> {
  const e = ENTRIES.get(id);
  if (!e) throw new Error(`unknown rule ${id}`);
  if (e.phase === 'load') return e.rule as Rule;
  let p = loaded.get(id);
  if (!p) {
    p = e.load().then((rule) => {
      if (rule.meta.id !== id || rule.meta.phase !== 'content') throw new Error(`rule ${id}: its meta says ${rule.meta.id} (${rule.meta.phase})`);
      return rule as Rule;
    });
    loaded.set(id, p);
    p.catch(() => loaded.delete(id));
  }
  return p;
}

/** Loads every registered rule, in id order. */
export async function loadRules(phase?: RulePhase): Promise<Rule[]> {
  return Promise.all(ruleIds(phase).map(loadRule));
}
