import type { DocumentKindProfile } from '@kehoach/core';
import { parseLabel } from '@kehoach/nd30';
import type { BodyEntryInput } from '@kehoach/schema';
import type { Line } from './lines.js';

/** A line all in capitals, of two words or more (`ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`). */
export function isCapitals(text: string): boolean {
  const t = text.replace(/[*:]/g, '').trim();
  return t.split(/\s+/).length >= 2 && /\p{L}/u.test(t) && t === t.toLocaleUpperCase('vi');
}

/**
 * The enacting formula of a kind whose profile has one (Mẫu 1.3) taken out of the body lines: the
 * authority line in capitals right after the title, and the line after the bases (`QUYẾT ĐỊNH:`) —
 * they are printed from the profile, not data. Returns the lines left.
 */
export function withoutEnacting(lines: readonly Line[], bodyStart: number, kind: DocumentKindProfile): Line[] {
  const enacting = kind.enacting;
  if (!enacting) return [...lines];
  const line = enacting.line.replace(/\s+/g, ' ').trim();
  return lines.filter((l, i) => {
    if (i < bodyStart) return true;
    if (enacting.authority && i === bodyStart && isCapitals(l.text) && !l.label) return false;
    return l.text.replace(/\*/g, '').replace(/\s+/g, ' ').trim() !== line;
  });
}

/**
 * A body of articles (`body: articles`): each `Điều N.` paragraph (nd30 `parseLabel`) and the
 * paragraphs after it are one article; what comes before the first is the opening. Undefined when
 * the lines have no article.
 */
export function articlesOf(lines: readonly Line[]): { opening: Line[]; body: BodyEntryInput[] } | undefined {
  const first = lines.findIndex((l) => parseLabel(l.text)?.style === 'article');
  if (first < 0) return undefined;
  const body: Array<{ text: string[] }> = [];
  for (const l of lines.slice(first)) {
    const label = parseLabel(l.text);
    if (label?.style === 'article') body.push({ text: [label.rest] });
    else if (l.text.trim()) body[body.length - 1]!.text.push(l.text);
  }
  return { opening: lines.slice(0, first), body: body.map((a) => ({ text: a.text.length === 1 ? a.text[0]! : a.text })) };
}
