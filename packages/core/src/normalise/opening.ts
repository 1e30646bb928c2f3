import { citeShort as shortCitation, formatCitation } from '@kehoach/nd30';
import type { BasisInput, OpeningInput, PlanInput, ReferenceInput } from '@kehoach/schema';
import type { Reference } from '../model.js';
import { paragraphs } from '../text-paragraphs.js';

/**
 * The full citation of a reference, each type family in its own form (@kehoach/nd30): `Quyết định số
 * 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về …`, `Luật Phòng cháy, chữa cháy ngày 29 tháng
 * 11 năm 2024`.
 */
export function citeReference(r: ReferenceInput): string {
  return formatCitation(r);
}

/** The short citation used after the first: `Quyết định số 193/QĐ-TTg`. */
export function citeShort(r: ReferenceInput): string {
  return shortCitation(r);
}

/** The documents a plan cites: in its bases (`references`), and all of them with the plan's own list (`cited`); short citations by id. */
export function citedDocuments(input: PlanInput): { references: Reference[]; cited: Reference[]; byId: Map<string, string> } {
  const references: Reference[] = (input.opening?.bases ?? []).flatMap((b) => b.references ?? []).map((r) => ({ ...r, citation: citeReference(r) }));
  const cited: Reference[] = [...references, ...(input.references ?? []).map((r) => ({ ...r, citation: citeReference(r) }))];
  return { references, cited, byId: new Map(cited.filter((r) => r.id).map((r) => [r.id!, citeShort(r)])) };
}

/** One basis as printed: `Căn cứ Luật …; Căn cứ Quyết định …` joined, or one paragraph each (`each`). */
export function basisParagraphs(b: BasisInput): string[] {
  const lead = b.lead ?? 'Căn cứ';
  const refs = (b.references ?? []).map((r) => (r.prefix ? `${r.prefix} ${citeReference(r)}` : citeReference(r)));
  const tail = b.text ? ` ${b.text}` : '';
  if (!refs.length) return [(b.text ?? lead).normalize('NFC')];
  if (b.each) return refs.map((r, i) => `${lead} ${r}${i === refs.length - 1 ? tail : ';'}`.normalize('NFC'));
  return [`${lead} ${refs.join(b.separator ?? '; ')}${tail}`.normalize('NFC')];
}

/** The opening paragraphs after the situation: each basis paragraph, then the enacting formula. */
export function openingParagraphs(o: OpeningInput): string[] {
  if (o.text) return paragraphs(o.text);
  const out = (o.bases ?? []).flatMap(basisParagraphs);
  // A basis paragraph followed by another opening paragraph ends with “;” (Căn cứ …; / Thực hiện …;),
  // unless its own text ends with punctuation; the last one before a joined formula is left as it is.
  const last = o.closing !== undefined && o.joinClosing === undefined ? out.length : out.length - 1;
  for (let i = 0; i < last; i++) if (!/[.;:,!?]$/.test(out[i]!)) out[i] += ';';
  if (o.closing !== undefined) {
    if (o.joinClosing !== undefined && out.length) out[out.length - 1] = (out[out.length - 1] + o.joinClosing + o.closing).normalize('NFC');
    else out.push(o.closing.normalize('NFC'));
  }
  return out;
}
