import type { PrintedDocument } from '@kehoach/document';
import { alignSequences } from './align.js';
import type { ChangeData } from './change-words.js';
import { similarity } from './words.js';

/** The plan's own appendices paired, and those added or removed (their content is not listed line by line). */
export interface AppendixMatch {
  changes: ChangeData[];
  /** Old appendices no longer there, new ones not there before (indices). */
  removed: Set<number>;
  added: Set<number>;
}

/** Pairs the appendices of two versions by title (then alike titles), and says which came and went. */
export function matchAppendices(a: PrintedDocument, b: PrintedDocument): AppendixMatch {
  const out: AppendixMatch = { changes: [], removed: new Set(), added: new Set() };
  for (const s of alignSequences(a.appendices, b.appendices, { key: (x) => x.title, similarity: (x, y) => similarity(x.title, y.title), threshold: 0.5 })) {
    if (s.a !== undefined && s.b !== undefined) {
      const [x, y] = [a.appendices[s.a]!, b.appendices[s.b]!];
      if (x.title !== y.title) out.changes.push({ kind: 'appendix-changed', field: 'title', before: x.title, after: y.title, old: { ref: x.heading }, new: { ref: y.heading } });
    } else if (s.a !== undefined) {
      out.removed.add(s.a);
      out.changes.push({ kind: 'appendix-removed', before: a.appendices[s.a]!.title, old: { ref: a.appendices[s.a]!.heading } });
    } else {
      out.added.add(s.b);
      out.changes.push({ kind: 'appendix-added', after: b.appendices[s.b]!.title, new: { ref: b.appendices[s.b]!.heading } });
    }
  }
  return out;
}
