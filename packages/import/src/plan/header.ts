import type { IssuerInput, PeriodInput } from '@kehoach/schema';
import { parseDraftMark, parseMark, type Marks } from '@kehoach/nd30';
import { recogniseIssuer } from './header/issuer.js';
import { findTypeLine, recogniseAddressees, recogniseTitle } from './header/title.js';
import { PLACE_DATE, readTopLines } from './header/top-lines.js';
import type { Flattened, Line } from './lines.js';
import type { UnsureList } from './unsure.js';

export { properName } from './header/issuer.js';

/** What the header and title say. */
export interface RecognisedHeader {
  /** The document kind's id: marked by its type line, or by a V/v subject and Kính gửi. */
  kind: string;
  issuer: IssuerInput;
  number?: number;
  symbol?: string;
  date?: string;
  /** A draft's month and year (“ngày [blank] tháng 12 năm 2025”). */
  draftDate?: { year: number; month?: number };
  title: string;
  period?: PeriodInput;
  addressees?: string[];
  /** Index in `lines` of the first line after the title (and Kính gửi). */
  bodyStart: number;
  /** A longer type line of the kind (`KẾ HOẠCH HÀNH ĐỘNG`). */
  typeLine?: string;
  /** Độ mật, độ khẩn printed under the number, the draft indication above the header (Phụ lục I). */
  marks?: Marks;
}

/**
 * Takes độ mật, độ khẩn and the draft indication out of the header's columns (nd30 `parseMark`): they
 * are marks, not the issuer's name. The draft indication (`DỰ THẢO`, `Dự thảo lần 2`) stands in its own
 * frame above the header too: among the lines before the first numbered one, it is a mark, not a title.
 */
function takeMarks(f: Flattened): Marks | undefined {
  let marks: Marks | undefined;
  const take = (l: Line, parse: (text: string) => Marks | undefined): boolean => {
    const m = parse(l.text);
    if (m) marks = { ...marks, ...m };
    return !m;
  };
  f.header = f.header.map((col) => col.filter((l) => take(l, parseMark)));
  const firstLabel = f.lines.findIndex((l) => l.label !== undefined);
  const lead = firstLabel < 0 ? f.lines.length : firstLabel;
  const draftOnly = (text: string): Marks | undefined => {
    const draft = parseDraftMark(text);
    return draft === undefined ? undefined : { draft };
  };
  const at = f.signatureAt;
  let before = 0;
  f.lines = f.lines.filter((l, i) => {
    const kept = i >= lead || l.table !== undefined || take(l, draftOnly);
    if (!kept && at !== undefined && i < at) before++;
    return kept;
  });
  if (at !== undefined) f.signatureAt = at - before;
  return marks;
}

/**
 * A place and date set down after the body instead of in the header (`Tân Thành, ngày … tháng … năm
 * 2021` under a school's table): read into the header, and its line taken out of the body. Returns the
 * index of the line taken, or -1.
 */
export function placeDateBelow(lines: readonly Line[], from: number, header: RecognisedHeader, unsure: UnsureList): number {
  if (header.date || header.draftDate) return -1;
  const at = lines.findIndex((l, i) => i >= from && !l.label && !l.table && PLACE_DATE.test(l.text) && l.text.split(/\s+/).length <= 14);
  if (at < 0) return -1;
  const facts = readTopLines([lines[at]!], new Set(), unsure);
  if (facts.date) header.date = facts.date;
  if (facts.draftDate) header.draftDate = facts.draftDate;
  if (facts.place && header.issuer.place === 'Chưa rõ') header.issuer.place = facts.place;
  if (!header.period && facts.date) header.period = { year: Number(facts.date.slice(0, 4)) };
  return at;
}

/** The plan's period from its title: a school year, a span of years, a month, a year. */
export function periodOf(title: string): PeriodInput | undefined {
  let m = /năm học\s+(\d{4})\s*[-–]\s*(\d{4})/u.exec(title);
  if (m) return { schoolYear: Number(m[1]) };
  m = /(?:giai đoạn|đến năm|từ năm)?\s*(\d{4})\s*[-–]\s*(\d{4})/u.exec(title);
  if (m && Number(m[2]) > Number(m[1])) return { from: Number(m[1]), to: Number(m[2]) };
  m = /tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/u.exec(title);
  if (m) return { year: Number(m[2]), month: Number(m[1]) };
  m = /năm\s+(\d{4})/u.exec(title);
  if (m) return { year: Number(m[1]) };
  return undefined;
}

/**
 * Reads the header (parent body, issuer, số/ký hiệu, place and date or draft blanks), the kind
 * (by its type line — KẾ HOẠCH, BÁO CÁO … from the kinds' profiles — or a công văn by V/v and
 * Kính gửi), the title and the addressees. The steps are in `header/`: where the header ends
 * (`findTypeLine`), the header lines read by a handler table (`readTopLines`), the issuer, the
 * title, the Kính gửi list.
 */
export function recogniseHeader(f: Flattened, unsure: UnsureList): RecognisedHeader {
  const marks = takeMarks(f);
  const lines = f.lines;
  const at = findTypeLine(lines);
  const top = [...f.header.flat(), ...lines.slice(0, at.marker >= 0 ? at.marker : at.lead)];
  const facts = readTopLines(top, new Set(f.header[0] ?? []), unsure);
  const issuer = recogniseIssuer(facts, top, unsure);
  const titled = recogniseTitle(lines, top, at, facts.subject, unsure);
  const { addressees, bodyStart, kind } = recogniseAddressees(lines, titled.bodyStart, titled.kind);
  let title = titled.title;
  if (!title) {
    title = 'Chưa rõ tên văn bản';
    unsure.add(['title'], 'không tìm thấy tên văn bản');
  }
  const out: RecognisedHeader = { kind: kind.id, issuer, title, bodyStart, ...(titled.typeLine ? { typeLine: titled.typeLine } : {}) };
  if (facts.number !== undefined) out.number = facts.number;
  if (facts.symbol) out.symbol = facts.symbol;
  if (facts.date) out.date = facts.date;
  if (facts.draftDate) out.draftDate = facts.draftDate;
  const period = periodOf(title) ?? (facts.date ? { year: Number(facts.date.slice(0, 4)) } : undefined);
  if (period) out.period = period;
  if (addressees?.length) out.addressees = addressees;
  if (marks) out.marks = marks;
  return out;
}
