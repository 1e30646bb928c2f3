import { parse, stringify } from 'yaml';
import { EXAMPLE_BASE } from './example-base.js';

function merge(base: unknown, over: unknown): unknown {
  if (over === null) return undefined;
  if (base && over && typeof base === 'object' && typeof over === 'object' && !Array.isArray(base) && !Array.isArray(over)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(over)) {
      const m = merge(out[k], v);
      if (m === undefined) delete out[k];
      else out[k] = m;
    }
    return out;
  }
  return over;
}

/** A rule example as a whole plan: the fragment merged over `EXAMPLE_BASE` (`key: null` removes a key). */
export function examplePlan(fragment: string): string {
  return stringify(merge(parse(EXAMPLE_BASE), parse(fragment)), { lineWidth: 0 });
}
