import type { Plan } from '@kehoach/core';
import { nameKey, parseAttribution, parseTime } from '@kehoach/nd30';
import type { TimeInput } from '@kehoach/schema';

/** A printed paragraph split around the words of its value: the number before, the words, what is generated after. */
export interface Split {
  before: string;
  words: string;
  after: string;
}

/** A sentence's closing mark, which the printed paragraph moves after a generated parenthesis. */
const CLOSING = /[.;]$/;

/**
 * Where `words` stand in the printed paragraph `printed` (without their closing mark when the
 * paragraph prints a parenthesis after them); undefined when they do not.
 */
export function splitAround(printed: string, words: string): (Split & { closing: string }) | undefined {
  if (!words) return undefined;
  for (const [w, closing] of [[words, ''], [words.replace(CLOSING, ''), words.match(CLOSING)?.[0] ?? '']] as const) {
    const at = printed.indexOf(w);
    if (at >= 0 && w) return { before: printed.slice(0, at), words: w, after: printed.slice(at + w.length), closing };
  }
  return undefined;
}

/**
 * The same split of the reviewed paragraph: the number as before; what is generated after as
 * before, or (changed) from the last parenthesis on when the generated part was one.
 */
export function splitLike(base: Split, edited: string): Split | undefined {
  if (!edited.startsWith(base.before)) return undefined;
  const rest = edited.slice(base.before.length);
  if (!base.after) return { before: base.before, words: rest, after: '' };
  if (rest.endsWith(base.after)) return { before: base.before, words: rest.slice(0, rest.length - base.after.length), after: base.after };
  if (!base.after.startsWith(' (')) return undefined;
  const k = rest.lastIndexOf(' (');
  return k < 0 ? undefined : { before: base.before, words: rest.slice(0, k), after: rest.slice(k) };
}

/** A printed number (`1.2.3.`, `II.`, `a)`, `-`) at the start of a paragraph, and the words after it. */
export function withoutLabel(text: string): string {
  return text.replace(/^(?:(?:[IVXLC]+|\d+(?:\.\d+)*)\.|[a-zđ]\)|[-+*•])\s+/u, '');
}

/** The roles and time words of a generated parenthesis `(X chủ trì, phối hợp với Y; thời gian hoàn thành: …)`. */
export function readParenthesis(after: string): { lead: string[]; support: string[]; time?: string } | undefined {
  const inner = after.trim().replace(/^\(/, '').replace(/\)\s*[.;]?$/, '').trim();
  const r = inner ? parseAttribution(inner) : undefined;
  return r ? { lead: r.lead, support: r.support, ...(r.time ? { time: r.time } : {}) } : undefined;
}

/** The declared agency a printed name is (its name, short name or an alias), by id. */
export function agencyId(plan: Plan, name: string): string | undefined {
  const key = nameKey(name);
  return Object.values(plan.agencies).find((a) => [a.name, a.shortName, ...a.aliases].some((n) => n && nameKey(n) === key))?.id;
}

/**
 * Names as agency ids written as the plan writes them (one id, or a list); undefined when one is not
 * declared. Pieces split at commas join again where together they are one body's name (“Ủy ban nhân
 * dân các xã, phường, đặc khu”), the longest first.
 */
export function agencyRefs(plan: Plan, names: readonly string[]): string | string[] | undefined {
  const ids: string[] = [];
  for (let i = 0; i < names.length; ) {
    let found: [string, number] | undefined;
    for (let j = names.length; j > i && !found; j--) {
      const id = agencyId(plan, names.slice(i, j).join(', '));
      if (id) found = [id, j];
    }
    if (!found) return undefined;
    ids.push(found[0]);
    i = found[1];
  }
  if (!ids.length) return undefined;
  return ids.length === 1 ? ids[0]! : ids;
}

/** Time words read back into time data (`trong quý III/2026` → `{ within: { quarter: 3, year: 2026 } }`). */
export function timeOf(plan: Plan, words: string): TimeInput | undefined {
  return parseTime(words, { year: plan.year })?.time;
}
