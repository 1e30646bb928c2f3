import { documentKinds } from '@kehoach/core';
import { parseAttachedLine } from '@kehoach/nd30';
import type { ReceivedBlock, ReceivedDocument } from '../model.js';
import { typeLineMarkers } from './kind-markers.js';

/** The document that promulgates a received plan, as the line under the plan's title cites it. */
export interface Promulgation {
  /** The dossier key of the promulgating kind (`decision`). */
  key: string;
  number?: number;
  date?: string;
}

const plainOf = (b: ReceivedBlock | undefined) => (b?.kind === 'paragraph' ? b.plain.trim() : '');

/**
 * A received plan promulgated by another document — a Quyết định with its plan attached in the same
 * file, or the attached plan alone — is the plan, with its promulgation as data: the line under its
 * title (`(Ban hành kèm theo Quyết định số 312/QĐ-UBND ngày 20/02/2026 của …)`, read by nd30) names a
 * kind whose profile promulgates (`compose.promulgates`). What comes before the plan's own header
 * (the decision: its header, articles, signature) is left out, and so is that line.
 */
export function attachedPlan(doc: ReceivedDocument): { doc: ReceivedDocument; promulgation: Promulgation } | undefined {
  const promulgating = documentKinds().filter((k) => k.compose?.promulgates);
  for (const [i, b] of doc.blocks.entries()) {
    const line = b.kind === 'paragraph' ? parseAttachedLine(b.plain) : undefined;
    const kind = line && promulgating.find((k) => k.name === line.citation.type);
    if (!line || !kind) continue;
    const start = ownStart(doc.blocks, i);
    const n = /^(\d+)\//.exec(line.citation.number ?? '')?.[1];
    const promulgation: Promulgation = { key: kind.compose!.from, ...(n ? { number: Number(n) } : {}), ...(line.citation.date ? { date: line.citation.date } : {}) };
    return { doc: { ...doc, blocks: doc.blocks.filter((_, k) => k >= start && k !== i) }, promulgation };
  }
  return undefined;
}

/**
 * Where the attached document starts: its header table (or, in text and PDF, its “CỘNG HÒA …” lines and
 * the issuer's above them) before its type line, else its type line.
 */
function ownStart(blocks: readonly ReceivedBlock[], attachedLineAt: number): number {
  const markers = typeLineMarkers();
  let typeAt = attachedLineAt - 1;
  while (typeAt > 0 && !markers.some((m) => m.exact.test(plainOf(blocks[typeAt])))) typeAt--;
  for (let k = typeAt - 1; k >= 0 && k >= typeAt - 8; k--) {
    const b = blocks[k]!;
    if (b.kind === 'table' && b.role === 'header') return k;
    if (/^CỘNG HO[AÀ] XÃ HỘI CHỦ NGHĨA VIỆT NAM/iu.test(plainOf(b))) {
      // The issuer's lines above the national motto, back to the decision's last line.
      let top = k;
      while (top > 0 && blocks[top - 1]!.kind === 'paragraph' && plainOf(blocks[top - 1]) === plainOf(blocks[top - 1]).toLocaleUpperCase('vi') && plainOf(blocks[top - 1]) !== '') top--;
      return top;
    }
  }
  return Math.max(typeAt, 0);
}
