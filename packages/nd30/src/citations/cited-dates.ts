import { findDate } from '../dates/parse-date.js';
import { findCitations } from './find-citations.js';

/**
 * The text with each cited document's date blanked (spaces of the same length, so places stay): the
 * date of “Quyết định số 1441/QĐ-UBND ngày 25/9/2025” is that document's, never a deadline; with a
 * cited subject, its words up to the first comma or semicolon too (“… đến năm 2020 và những năm tiếp
 * theo” is the document's title, not a time of the plan).
 */
export function withoutCitedDates(text: string): string {
  let out = text.normalize('NFC');
  for (const c of findCitations(out)) {
    if (!c.date) continue;
    const from = c.index + c.type.length;
    const d = findDate(out.slice(from, from + 90));
    if (!d) continue;
    const subject = /^[^,;]*/u.exec(out.slice(from + d.index + d.length))![0];
    const end = from + d.index + d.length + (c.subject ? subject.length : 0);
    out = out.slice(0, from + d.index) + ' '.repeat(end - from - d.index) + out.slice(end);
  }
  return out;
}
