import type { Plan, Reference } from '@kehoach/core';
import { alignSequences } from './align.js';
import type { ChangeData } from './change-words.js';
import { excerpt } from './change-words.js';
import { diffWords, similarity } from './words.js';

/** A cited document's identity: its id, else its type and number, else its citation. */
const identity = (r: Reference) => r.id ?? (r.number ? `${r.type} ${r.number}` : r.citation);

/** The bases (Căn cứ …, Thực hiện …) added, removed or changed, by the documents they cite. */
export function basisChanges(a: Plan, b: Plan): ChangeData[] {
  const ra = a.opening.references;
  const rb = b.opening.references;
  const out: ChangeData[] = [];
  const steps = alignSequences(ra, rb, { key: (r) => `${identity(r)}\u0000${r.citation}`, similarity: (x, y) => (identity(x) === identity(y) ? 1 : similarity(x.citation, y.citation)), threshold: 0.6 });
  for (const s of steps) {
    if (s.a !== undefined && s.b !== undefined) {
      if (s.same) continue;
      const before = ra[s.a]!.citation;
      const after = rb[s.b]!.citation;
      if (before !== after) out.push({ kind: 'basis-changed', subject: excerpt(after), before, after, words: diffWords(before, after) });
    } else if (s.a !== undefined) out.push({ kind: 'basis-removed', before: ra[s.a]!.citation });
    else out.push({ kind: 'basis-added', after: rb[s.b]!.citation });
  }
  return out;
}
