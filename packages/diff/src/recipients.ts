import type { Plan } from '@kehoach/core';
import { alignSequences } from './align.js';
import type { ChangeData } from './change-words.js';
import { similarity } from './words.js';

type Recipient = { name: string; purpose?: string };

/** Nơi nhận: recipients added, removed, their purpose (`báo cáo`) and the Lưu line changed. */
export function recipientChanges(a: Plan, b: Plan): ChangeData[] {
  const ta: Recipient[] = a.recipients?.to ?? [];
  const tb: Recipient[] = b.recipients?.to ?? [];
  const out: ChangeData[] = [];
  for (const s of alignSequences(ta, tb, { key: (r) => r.name, similarity: (x, y) => similarity(x.name, y.name), threshold: 0.75 })) {
    if (s.a !== undefined && s.b !== undefined) {
      const x = ta[s.a]!;
      const y = tb[s.b]!;
      if (x.name !== y.name) {
        out.push({ kind: 'recipient-removed', before: x.name }, { kind: 'recipient-added', after: y.name });
      }
      if ((x.purpose ?? '') !== (y.purpose ?? '')) out.push({ kind: 'recipient-changed', field: 'purpose', subject: y.name, before: x.purpose ?? '', after: y.purpose ?? '' });
    } else if (s.a !== undefined) out.push({ kind: 'recipient-removed', before: ta[s.a]!.name });
    else out.push({ kind: 'recipient-added', after: tb[s.b]!.name });
  }
  const archive = [a.recipients?.archive ?? '', b.recipients?.archive ?? ''] as const;
  if (archive[0] !== archive[1]) out.push({ kind: 'recipient-changed', field: 'archive', before: archive[0], after: archive[1] });
  return out;
}
