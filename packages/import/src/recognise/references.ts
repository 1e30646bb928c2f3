import { findDate } from './dates.js';

/** A document cited in the opening ("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của … về …"). */
export interface ParsedReference {
  /** Document type as written: `Nghị quyết`, `Kế hoạch`, `Công văn`… */
  type: string;
  /** Number and symbol (số, ký hiệu): `202/2025/QH15`. */
  number?: string;
  /** ISO date. */
  date?: string;
  /** Issuing body: `Ủy ban Thường vụ Quốc hội`. */
  issuer?: string;
  /** Subject (trích yếu) after `về`/`về việc`, or a law's own title. */
  subject?: string;
  /** The words of the citation as written. */
  text: string;
}

const TYPES = [
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết liên tịch', 'Nghị quyết', 'Nghị định', 'Quyết định',
  'Chỉ thị', 'Thông tư liên tịch', 'Thông tư', 'Kế hoạch', 'Công văn', 'Công điện', 'Chương trình', 'Đề án',
  'Hướng dẫn', 'Kết luận', 'Thông báo', 'Tờ trình', 'Báo cáo', 'Quy chế', 'Quy định', 'Văn bản',
];
const TYPE_RE = new RegExp(`(?<![\\p{L}])(${TYPES.join('|')})(?![\\p{L}])`, 'gu');
const NUMBER_RE = /^\s*(?:số\s*:?\s*)?(\d[\w/.-]*[\p{Lu}\d][\p{L}\d/.-]*|\d+)/u;

/**
 * Finds every cited document in a paragraph: type, number/symbol, date, issuer and subject.
 * A type word counts only when a number or a date follows it (or it is a law, cited by title).
 */
export function parseReferences(paragraph: string): ParsedReference[] {
  const out: ParsedReference[] = [];
  const starts: { index: number; type: string }[] = [];
  for (let m = TYPE_RE.exec(paragraph); m; m = TYPE_RE.exec(paragraph)) starts.push({ index: m.index, type: m[1]! });
  TYPE_RE.lastIndex = 0;
  for (let i = 0; i < starts.length; i++) {
    const { index, type } = starts[i]!;
    const end = starts[i + 1]?.index ?? paragraph.length;
    const chunk = paragraph.slice(index + type.length, end);
    const num = NUMBER_RE.exec(chunk);
    const date = findDate(chunk.slice(0, 60));
    const isLaw = /^(Luật|Bộ luật|Pháp lệnh|Hiến pháp)$/.test(type);
    if (!num && !date && !isLaw) continue;
    if (num && !/[/-]/.test(num[1]!) && !date) continue; // "Kế hoạch 2026": a year, not a number
    const ref: ParsedReference = { type, text: '' };
    if (num) ref.number = num[1]!.replace(/[.,;]$/, '');
    if (date) ref.date = date.iso;
    const rest = chunk.slice(date ? date.index + date.length : num ? num.index + num[0].length : 0);
    const issuer = /^\s*,?\s*của\s+(.+?)(?=\s+(?:về việc|về|ban hành|phê duyệt|quy định|hướng dẫn)\s|[,;(]|\s+và\s+(?:Công văn|Quyết định|Kế hoạch|Nghị quyết)|$)/u.exec(rest);
    if (issuer) ref.issuer = issuer[1]!.trim();
    const afterIssuer = issuer ? rest.slice(issuer.index + issuer[0].length) : rest;
    const subject = /^\s*(?:về việc|về)\s+(.+?)(?=[;]|\.\s|$|,\s*(?:Ủy ban|UBND|Ban|Sở|Chủ tịch)\s)/u.exec(afterIssuer);
    if (subject) ref.subject = subject[1]!.trim().replace(/[.,]$/, '');
    else if (isLaw && !num) {
      const title = /^\s*([^;,(]+?)(?=\s+ngày|[;,(]|$)/u.exec(chunk);
      if (title) ref.subject = title[1]!.trim();
    }
    const textEnd = subject ? (issuer ? issuer.index + issuer[0].length : 0) + subject.index + subject[0].length : issuer ? issuer.index + issuer[0].length : 0;
    ref.text = (type + chunk.slice(0, (date ? date.index + date.length : num ? num.index + num[0].length : 0) + textEnd)).trim();
    out.push(ref);
  }
  return out;
}

/** The lead words of an opening paragraph (`Căn cứ`, `Thực hiện`, `Xét`, `Theo đề nghị`), if any. */
export function openingLead(paragraph: string): string | undefined {
  return /^(Căn cứ|Thực hiện|Triển khai|Xét|Theo đề nghị|Theo)\b/u.exec(paragraph.trim())?.[1];
}
