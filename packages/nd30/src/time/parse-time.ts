import type { TimeInput } from '@kehoach/schema';

/** What a rule may need besides the words: the plan's year (for dates written without one), a way to name references. */
export interface TimeContext {
  /** The year of dates written without one (`trước ngày 30/6`). */
  year?: number;
  /** The id of a cited document from its citation (`Theo thời hạn tại Quyết định số …`); the citation itself when absent. */
  reference?: (citation: string) => string | undefined;
}

/**
 * One way of writing a time, as data: a pattern and what its match means. Tables of rules are tried
 * in order and the first rule whose words mean a time wins, so a caller extends the reading by
 * putting its own rules before (or instead of) the built-in ones, like a style map.
 */
export interface TimeRule {
  /** A name, for tests and for callers that replace one rule. */
  name: string;
  /** The words (not global). Its first match is read. */
  pattern: RegExp;
  /** The group holding the words of the time, for the span (default: the whole match). */
  words?: number;
  /** The time meant; `undefined` to try the next rule (`31/6` is no date), `null` to stop: no time. */
  read: (m: RegExpExecArray, context: TimeContext) => TimeInput | null | undefined;
}

/** A time found in some words, with where they stand (in the NFC form of the text). */
export interface TimeMatch {
  time: TimeInput;
  /** Start and length of the words that were the time. */
  index: number;
  length: number;
  /** The rule that read it. */
  rule: string;
}

const WITH_INDICES = new WeakMap<RegExp, RegExp>();

/** The rule's pattern with match indices (`d`), made once. */
function indexed(p: RegExp): RegExp {
  let r = WITH_INDICES.get(p);
  if (!r) WITH_INDICES.set(p, (r = p.hasIndices ? p : new RegExp(p.source, p.flags.replace(/[gy]/g, '') + 'd')));
  return r;
}

/** The span of the rule's words, without the spaces around them. */
function span(m: RegExpExecArray, group: number): { index: number; length: number } {
  const [start, end] = m.indices?.[group] ?? [m.index, m.index + m[0].length];
  const words = m.input.slice(start, end);
  const lead = words.length - words.trimStart().length;
  return { index: start + lead, length: words.trim().length };
}

/** Runs a table of time rules over `text` (see {@link parseTime}). */
export function readTime(text: string, rules: readonly TimeRule[], context: TimeContext = {}): TimeMatch | undefined {
  const t = text.normalize('NFC');
  for (const rule of rules) {
    const m = indexed(rule.pattern).exec(t);
    if (!m) continue;
    const time = rule.read(m, context);
    if (time === null) return undefined;
    if (time) return { time, ...span(m, rule.words ?? 0), rule: rule.name };
  }
  return undefined;
}
