import { importDiagnostic, type ImportDiagnostic } from './diagnostic.js';
import { repairGlyphs } from './glyphs.js';
import { paragraphsOf } from './layout-role.js';
import type { ReceivedDocument, ReceivedParagraph } from './model.js';

function where(p: ReceivedParagraph): { page?: number; line?: number; paragraph?: number } {
  return { ...p.source };
}

/**
 * Repairs lookalike glyphs and TCVN3 debris in every paragraph of a document (in place), and
 * says so: one warning for lookalikes, one for legacy-encoded paragraphs, each placed at the first
 * paragraph concerned.
 */
export function repairDocument(doc: ReceivedDocument, file: string): ImportDiagnostic[] {
  let lookalikes = 0;
  let lookalikeSample: string | undefined;
  let firstLookalike: ReceivedParagraph | undefined;
  const legacy: { p: ReceivedParagraph; encoding: string; sample: string }[] = [];
  for (const block of doc.blocks) {
    for (const p of paragraphsOf(block)) {
      const plain = repairGlyphs(p.plain);
      if (plain.text === p.plain && !plain.vni) continue;
      p.plain = plain.text;
      p.text = repairGlyphs(p.text).text;
      if (plain.lookalikes > 0) {
        lookalikes += plain.lookalikes;
        lookalikeSample ??= plain.sample;
        firstLookalike ??= p;
      }
      if (plain.tcvn3 || plain.vni) legacy.push({ p, encoding: plain.tcvn3 ? 'TCVN3' : 'VNI', sample: plain.sample ?? '' });
    }
  }
  const out: ImportDiagnostic[] = [];
  if (firstLookalike) {
    out.push(importDiagnostic('IMPORT_GLYPHS_REPAIRED', file, { count: lookalikes, sample: lookalikeSample ?? '' }, where(firstLookalike)));
  }
  if (legacy.length > 0) {
    const first = legacy[0]!;
    const encodings = [...new Set(legacy.map((l) => l.encoding))].join(', ');
    out.push(importDiagnostic('IMPORT_LEGACY_ENCODING', file, { count: legacy.length, encoding: encodings, sample: first.sample }, where(first.p)));
  }
  return out;
}
