import type { PlanInput } from '@kehoach/schema';
import { toPointer } from '../locate.js';

/** A string of the plan that is printed as prose, and where it is. */
export interface Prose {
  path: string;
  text: string;
  /** The key it sits under (`text`, `title`, `items`, `attribution`, `name` …). */
  key: string;
}

// Keys whose strings are machine data (ids, agency references, styles, dates), never printed as they are.
const MACHINE = new Set([
  '$schema', 'schemaVersion', 'kind', 'id', 'lead', 'support', 'requested', 'monitor', 'agency', 'of', 'type',
  'level', 'layout', 'style', 'itemStyle', 'groupStyle', 'role', 'abbreviation', 'date', 'on',
  'before', 'by', 'within', 'every', 'reference', 'focalAgency', 'ownPlans', 'reporters', 'via', 'origin',
  'parent', 'check', 'numbering', 'singleTask', 'attributionStyle', 'columns', 'field', 'align', 'orientation',
  'headerLines', 'hash', 'timeHash', 'lineWidth', 'number', 'symbol', 'aliases', 'shortName', 'joinClosing', 'draft',
]);

/**
 * Every printed string of a plan's input with its JSON pointer, in document order. Agency
 * declarations are data (names are checked by their own rules); `attribution` literals are prose,
 * `attribution: inline` and the other style words are not.
 */
export function proseOf(input: PlanInput): Prose[] {
  const out: Prose[] = [];
  const visit = (value: unknown, path: Array<string | number>, key: string) => {
    if (typeof value === 'string') {
      if (key === 'attribution' && /^[a-z-]+$/.test(value)) return;
      out.push({ path: toPointer(path), text: value, key });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (MACHINE.has(k) || (path.length === 0 && k === 'agencies')) continue;
        // `to`/`from` are dates in a time and a list of recipients in `recipients`.
        if ((k === 'to' || k === 'from') && typeof v === 'string') continue;
        visit(v, [...path, k], k);
      }
    }
  };
  visit(input, [], '');
  return out;
}

/** Every match of a global regular expression in the prose, with the prose it is in. */
export function* matchesIn(prose: readonly Prose[], pattern: RegExp): Generator<{ prose: Prose; match: RegExpMatchArray }> {
  for (const p of prose) for (const match of p.text.matchAll(pattern)) yield { prose: p, match };
}
