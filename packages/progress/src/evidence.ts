import { formatShortDate, parseShortDate } from '@kehoach/nd30';
import type { ProgressDocument } from './progress-model.js';

/** One piece of evidence as a cell writes it: `số 125/BC-SKHCN ngày 10/3/2026 (Báo cáo kết quả …)`, or the link. */
export function formatEvidence(e: ProgressDocument): string {
  const doc = [e.number ? `số ${e.number}` : '', e.date ? `ngày ${formatShortDate(e.date)}` : ''].filter(Boolean).join(' ');
  const head = e.title ? (doc ? `${doc} (${e.title})` : e.title) : doc;
  return [head, e.link ?? ''].filter(Boolean).join(' ');
}

/** Evidence as a cell writes it, pieces separated by `;` or new lines. */
export const formatEvidenceList = (list: readonly ProgressDocument[] | undefined): string => (list ?? []).map(formatEvidence).join('; ');

const LINK = /\b(?:https?:\/\/|www\.)\S+/u;
const DOCUMENT = /(?:^|\s)số\s+(\S+?)\s+ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/iu;

/**
 * Evidence read back from a cell: each piece (`;` or a new line between) is a link, a document by
 * `số … ngày …` with what follows in parentheses as its subject, or its words as a subject; nothing of
 * the cell is dropped.
 */
export function parseEvidenceList(cell: string): ProgressDocument[] {
  return cell.split(/[;\n]+/).map((s) => s.trim()).filter(Boolean).map((piece) => {
    const out: ProgressDocument = {};
    const link = LINK.exec(piece);
    let rest = piece;
    if (link) {
      out.link = link[0];
      rest = rest.replace(link[0], '').trim();
    }
    const doc = DOCUMENT.exec(rest);
    const date = doc ? parseShortDate(doc[2]!.replace(/\s+/g, '')) : undefined;
    if (doc && date) {
      out.number = doc[1]!;
      out.date = date;
      rest = rest.replace(doc[0], '').trim();
    }
    const title = rest.replace(/^\((.*)\)$/s, '$1').trim();
    if (title) out.title = title;
    return out;
  });
}
