import type { DocumentKindProfile } from '@kehoach/core';
import type { Line } from '../lines.js';
import type { UnsureList } from '../unsure.js';
import { isCapitals } from '../articles.js';
import { defaultKind, subjectLineKind, typeLineMarkers, type TypeLineMarker } from '../kind-markers.js';
import { NUMBER, PLACE_DATE, QUOC_HIEU, RULE, SUBJECT } from './top-lines.js';

/** Where the header ends: the line of a kind's type line, or the count of header lines before the body. */
export interface TypeLine {
  /** Index in `lines` of the type line, or -1. */
  marker: number;
  marked?: TypeLineMarker;
  /** Without a type line: how many lines at the top are header lines. */
  lead: number;
}

/** The title marker: a kind's type line (KẾ HOẠCH, BÁO CÁO …) alone, or followed by the title, near the top. */
export function findTypeLine(lines: readonly Line[]): TypeLine {
  const markers = typeLineMarkers();
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const t = lines[i]!.text;
    // Spaced-out letters only on a line of its own in capitals; the type line as written anywhere.
    const upper = !lines[i]!.label && t === t.toLocaleUpperCase('vi');
    const marked = markers.find((m) => (upper && m.pattern.test(t)) || m.exact.test(t));
    if (marked) return { marker: i, marked, lead: 0 };
  }
  let lead = 0;
  while (lead < Math.min(lines.length, 12)) {
    const t = lines[lead]!.text;
    if (!(NUMBER.test(t) || PLACE_DATE.test(t) || SUBJECT.test(t) || QUOC_HIEU.test(t) || RULE.test(t) || (t === t.toLocaleUpperCase('vi') && t.length < 120))) break;
    lead++;
  }
  return { marker: -1, lead };
}

/** The title after a type line: up to four bold or centred lines, until a rule, a label or the opening. */
function titleAfterTypeLine(lines: readonly Line[], at: TypeLine): { title: string; bodyStart: number; typeLine?: string } {
  const written = lines[at.marker]!.text;
  let rest = written.replace(at.marked!.pattern, '').replace(/^\s*:?\s*/u, '');
  // “KẾ HOẠCH HÀNH ĐỘNG”, “KẾ HOẠCH LIÊN TỊCH”: the type line itself, the title on the lines after
  const variant = TYPE_LINE_VARIANTS.find((v) => v.test(rest));
  const typeLine = variant ? written.replace(/^\*+|\*+$/g, '').trim() : undefined;
  if (variant) rest = '';
  const parts = rest ? [rest] : [];
  let i = at.marker + 1;
  while (i < lines.length && parts.length < 4) {
    const l = lines[i]!;
    const t = l.text;
    if (l.table || l.label || RULE.test(t) || t.split(' ').length > 45) break;
    if (/^(Căn cứ|Thực hiện|Triển khai thực hiện (Kế hoạch|Công văn|Quyết định|Nghị quyết|Chỉ thị))\b/u.test(t) && parts.length) break;
    if (parts.length && !(l.bold || l.align === 'center')) break;
    // A title in sentence case does not go on in capitals: that is the authority line of Mẫu 1.3.
    if (parts.length && !isCapitals(parts[parts.length - 1]!) && isCapitals(t)) break;
    parts.push(t);
    i++;
  }
  while (i < lines.length && RULE.test(lines[i]!.text)) i++;
  return { title: parts.join(' ').replace(/^\*+|\*+$/g, ''), bodyStart: i, ...(typeLine ? { typeLine } : {}) };
}

/** Words that make a longer type line of the same kind (`KẾ HOẠCH HÀNH ĐỘNG`), not the start of its title. */
export const TYPE_LINE_VARIANTS: readonly RegExp[] = [/^HÀNH ĐỘNG$/u, /^LIÊN TỊCH$/u, /^PHỐI HỢP LIÊN NGÀNH$/u];

/**
 * The kind and the title: a type line marks its kind and the title follows it; without one, a V/v
 * subject marks a công văn and is its title, or the first line after the header is taken as the title.
 */
export function recogniseTitle(lines: readonly Line[], top: readonly Line[], at: TypeLine, subject: string | undefined, unsure: UnsureList): { kind: DocumentKindProfile; title: string; bodyStart: number; typeLine?: string } {
  const subjectKind = subjectLineKind();
  if (at.marked) return { kind: at.marked.kind, ...titleAfterTypeLine(lines, at) };
  const kind = subject !== undefined && subjectKind ? subjectKind : defaultKind();
  let i = 0;
  while (i < lines.length && top.includes(lines[i]!)) i++;
  if (!subject && i < lines.length) {
    unsure.add(['title'], 'không thấy dòng “KẾ HOẠCH”: lấy dòng đầu làm tên văn bản', lines[i]!.source);
    return { kind, title: lines[i]!.text, bodyStart: i + 1 };
  }
  return { kind, title: subject ?? '', bodyStart: i };
}

/**
 * The Kính gửi list within three lines of the body's start: its names, and where the body then
 * starts. Kính gửi in a kind that has none (a plan) makes it the kind that has V/v and Kính gửi.
 */
export function recogniseAddressees(lines: readonly Line[], bodyStart: number, kind: DocumentKindProfile): { addressees?: string[]; bodyStart: number; kind: DocumentKindProfile } {
  for (let i = bodyStart; i < Math.min(lines.length, bodyStart + 3); i++) {
    const m = /^Kính gửi\s*:?\s*(.*)$/u.exec(lines[i]!.text);
    if (!m) continue;
    const subjectKind = subjectLineKind();
    const addressees = m[1] ? [m[1].replace(/^[-–]\s*/, '').replace(/[;.,]$/, '')] : [];
    let j = i + 1;
    while (j < lines.length && (lines[j]!.label?.kind === 'dash' || (addressees.length === 0 && j === i + 1)) && lines[j]!.text.length < 160) {
      addressees.push(lines[j]!.text.replace(/[;.,]$/, ''));
      j++;
    }
    return { addressees, bodyStart: j, kind: kind.header.addressees === 'none' && subjectKind ? subjectKind : kind };
  }
  return { bodyStart, kind };
}
