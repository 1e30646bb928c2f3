import type { ReferenceInput } from '@kehoach/schema';
import { formatHeaderDate, formatShortDate } from '../dates/format-date.js';
import { citationFamily } from './types.js';

/** The fields of a citation (a plan's reference without its id and prefix). */
export type Citation = Pick<ReferenceInput, 'type' | 'number' | 'date' | 'issuer' | 'subject' | 'name'>;

/** A law's name: its `name`, or (older data) its `subject`. */
const lawName = (r: Citation) => r.name ?? r.subject;

/** `Luật Phòng cháy, chữa cháy ngày 29 tháng 11 năm 2024`: the name, then the date of adoption in words. */
function lawCitation(r: Citation): string {
  let s = r.type;
  const name = lawName(r);
  if (name) s += ` ${name}`;
  if (r.date) s += ` ${formatHeaderDate(r.date)}`;
  return s;
}

/** `Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về …`. */
function documentCitation(r: Citation): string {
  let s = r.type;
  if (r.number) s += ` số ${r.number}`;
  if (r.date) s += ` ngày ${formatShortDate(r.date)}`;
  if (r.issuer) s += ` của ${r.issuer}`;
  if (r.subject) s += ` ${r.subject}`;
  return s;
}

/**
 * The full citation of a document, each type family in its own form: the law family (Hiến pháp, Bộ
 * luật, Luật, Pháp lệnh) by name and date of adoption, with no number and no issuer (`Luật Phòng
 * cháy, chữa cháy ngày 29 tháng 11 năm 2024`: its `name`, or its `subject` in older data; `number` and
 * `issuer` stay data); every other type by number, date, issuer and subject
 * (`Quyết định số 193/QĐ-TTg ngày 09/02/2021 của Thủ tướng Chính phủ về …`). {@link parseCitation}
 * reads both back.
 */
export function formatCitation(r: Citation): string {
  return (citationFamily(r.type) === 'law' ? lawCitation(r) : documentCitation(r)).normalize('NFC');
}

/** The short citation used after the first: `Quyết định số 193/QĐ-TTg`; a law by its name (`Luật Đất đai`). */
export function citeShort(r: Citation): string {
  if (citationFamily(r.type) === 'law') return lawName(r) ? `${r.type} ${lawName(r)}` : r.type;
  return r.number ? `${r.type} số ${r.number}` : r.type;
}
