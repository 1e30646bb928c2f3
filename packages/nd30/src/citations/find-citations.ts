import { findDate } from '../dates/parse-date.js';
import { DOCUMENT_TYPES, citationFamily } from './types.js';

/** A document cited in a paragraph ("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của … về …"). */
export interface FoundCitation {
  /** Document type as written: `Nghị quyết`, `Kế hoạch`, `Công văn`… */
  type: string;
  /** The words of the citation as written. */
  text: string;
  /** Number and symbol (số, ký hiệu): `202/2025/QH15`. */
  number?: string;
  /** ISO date. */
  date?: string;
  /** Issuing body: `Ủy ban Thường vụ Quốc hội`. */
  issuer?: string;
  /** Subject (trích yếu) after `về`/`về việc`, or a law's own title. */
  subject?: string;
  /** Where the citation starts in the paragraph. */
  index: number;
}

const TYPE_RE = new RegExp(`(?<![\\p{L}])(${DOCUMENT_TYPES.join('|')})(?![\\p{L}])`, 'gu');
const NUMBER_RE = /^\s*(?:số\s*:?\s*)?(\d[\w/.-]*[\p{Lu}\d][\p{L}\d/.-]*|\d+)/u;
const ISSUER_RE = /^\s*,?\s*của\s+(.+?)(?=\s+(?:về việc|về|ban hành|phê duyệt|quy định|hướng dẫn)\s|[,;(]|\s+và\s+(?:Công văn|Quyết định|Kế hoạch|Nghị quyết)|$)/u;
const SUBJECT_RE = /^\s*(?:về việc|về)\s+(.+?)(?=[;]|\.\s|$|,\s*(?:Ủy ban|UBND|Ban|Sở|Chủ tịch)\s)/u;
const LAW_TITLE_RE = /^\s*([^;,(]+?)(?=\s+ngày|[;,(]|$)/u;

/** Every place a type word stands, with the words up to the next one. */
function chunks(paragraph: string): Array<{ index: number; type: string; chunk: string }> {
  const starts = [...paragraph.matchAll(TYPE_RE)].map((m) => ({ index: m.index, type: m[1]! }));
  return starts.map((s, i) => ({ ...s, chunk: paragraph.slice(s.index + s.type.length, starts[i + 1]?.index ?? paragraph.length) }));
}

/** The citation a type word starts, when a number or a date follows it (or it is a law, cited by title). */
function citationAt(index: number, type: string, chunk: string): FoundCitation | undefined {
  const num = NUMBER_RE.exec(chunk);
  const date = findDate(chunk.slice(0, 60));
  const isLaw = citationFamily(type) === 'law';
  if (!num && !date && !isLaw) return undefined;
  if (num && !/[/-]/.test(num[1]!) && !date) return undefined; // "Kế hoạch 2026": a year, not a number
  const ref: FoundCitation = { type, text: '', index };
  if (num) ref.number = num[1]!.replace(/[.,;]$/, '');
  if (date) ref.date = date.iso;
  const headEnd = date ? date.index + date.length : num ? num.index + num[0].length : 0;
  const rest = chunk.slice(headEnd);
  const issuer = ISSUER_RE.exec(rest);
  if (issuer) ref.issuer = issuer[1]!.trim();
  const afterIssuer = issuer ? rest.slice(issuer.index + issuer[0].length) : rest;
  const subject = SUBJECT_RE.exec(afterIssuer);
  if (subject) ref.subject = subject[1]!.trim().replace(/[.,]$/, '');
  else if (isLaw && !num) {
    const title = LAW_TITLE_RE.exec(chunk);
    if (title) ref.subject = title[1]!.trim();
  }
  const issuerEnd = issuer ? issuer.index + issuer[0].length : 0;
  const textEnd = subject ? issuerEnd + subject.index + subject[0].length : issuerEnd;
  ref.text = (type + chunk.slice(0, headEnd + textEnd)).trim();
  return ref;
}

/**
 * Finds every cited document in a paragraph: type, number/symbol, date, issuer and subject, and the
 * words of each. A type word counts only when a number or a date follows it (or it is a law, cited
 * by title).
 */
export function findCitations(paragraph: string): FoundCitation[] {
  return chunks(paragraph).flatMap(({ index, type, chunk }) => citationAt(index, type, chunk) ?? []);
}
