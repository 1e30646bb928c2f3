import type { HeaderBodyInput, IssuerInput, PeriodInput } from '@kehoach/schema';
import { documentDate } from '@kehoach/nd30';
import { defaultKind, subjectLineKind, typeLineMarkers } from './kind-markers.js';
import type { Flattened, Line } from './lines.js';
import type { UnsureList } from './unsure.js';

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
}

const QUOC_HIEU = /^(CỘNG HÒA|CỘNG HOÀ|Độc lập|ĐỘC LẬP)/u;
const RULE = /^[-_–—*=.·\s]{2,}$/;
const NUMBER = /^Số\s*[:.]?\s*(\d*)\s*\/\s*([\p{L}\d&.-]+)/u;
const PLACE_DATE = /^(.*?),\s*ngày\s*(\S*?)\s*tháng\s*(\S*?)\s*năm\s*(\d{4})/u;

/** `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG` → `Ủy ban nhân dân tỉnh Lâm Đồng` (place names capitalised). */
export function properName(upper: string): string {
  const words = upper.toLocaleLowerCase('vi').split(' ');
  let place = false;
  const out = words.map((w, i) => {
    const cap = w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
    if (place || i === 0) return cap;
    if (/^(tỉnh|huyện|xã|phường|quận|thị|trấn|phố)$/.test(w) && !/^(thành)$/.test(words[i + 1] ?? '')) {
      place = /^(tỉnh|huyện|xã|phường|quận|trấn|phố)$/.test(w) && !(w === 'thị' && words[i + 1] === 'xã');
    }
    return /^[a-zđ]*\d|^[A-ZĐ]{2,}/.test(w) ? w.toUpperCase() : w;
  });
  return out.join(' ').replace(/\b(ubnd|hđnd|bcđ|thpt|thcs)\b/giu, (s) => s.toLocaleUpperCase('vi'));
}

const EXPAND: Record<string, string> = { UBND: 'Ủy ban nhân dân', BCĐ: 'Ban Chỉ đạo', SGDĐT: 'Sở Giáo dục và Đào tạo', SYT: 'Sở Y tế' };

function periodOf(title: string): PeriodInput | undefined {
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
 * (Kế hoạch, or công văn with V/v and Kính gửi), the title and the addressees.
 */
export function recogniseHeader(f: Flattened, unsure: UnsureList): RecognisedHeader {
  const lines = f.lines;
  // The title marker: a kind's type line (KẾ HOẠCH, BÁO CÁO …) alone, or followed by the title, near the top.
  const markers = typeLineMarkers();
  let marker = -1;
  let marked: (typeof markers)[number] | undefined;
  for (let i = 0; i < Math.min(lines.length, 40) && !marked; i++) {
    const t = lines[i]!.text;
    // Spaced-out letters only on a line of its own in capitals; the type line as written anywhere.
    const upper = !lines[i]!.label && t === t.toLocaleUpperCase('vi');
    marked = markers.find((m) => (upper && m.pattern.test(t)) || m.exact.test(t));
    if (marked) marker = i;
  }
  let lead = 0;
  if (marker < 0) {
    while (lead < Math.min(lines.length, 12)) {
      const t = lines[lead]!.text;
      if (!(NUMBER.test(t) || PLACE_DATE.test(t) || /^V\/v\b/iu.test(t) || QUOC_HIEU.test(t) || RULE.test(t) || (t === t.toLocaleUpperCase('vi') && t.length < 120))) break;
      lead++;
    }
  }
  const top = [...f.header.flat(), ...lines.slice(0, marker >= 0 ? marker : lead)];
  let number: number | undefined;
  let symbol: string | undefined;
  let date: string | undefined;
  let draftDate: RecognisedHeader['draftDate'];
  let place: string | undefined;
  let subject: string | undefined;
  const names: Line[] = [];
  const leftColumn = new Set(f.header[0] ?? []);
  for (const l of top) {
    const t = l.text.replace(/^\*+|\*+$/g, '');
    const n = NUMBER.exec(t);
    const pd = PLACE_DATE.exec(t);
    if (n) {
      if (n[1]) number = Number(n[1]);
      symbol = n[2]!.replace(/[.,;]+$/, '');
    } else if (pd) {
      place = pd[1]!.trim();
      const y = Number(pd[4]);
      const iso = /^\d+$/.test(pd[2]!) && /^\d+$/.test(pd[3]!) ? documentDate(Number(pd[2]), Number(pd[3]), y) : undefined;
      if (iso) date = iso;
      else {
        const month = /^\d+$/.test(pd[3]!) && Number(pd[3]) >= 1 && Number(pd[3]) <= 12 ? Number(pd[3]) : undefined;
        draftDate = { year: y, ...(month ? { month } : {}) };
        unsure.add(['draftDate'], `bản gốc để trống ngày (“${t}”): dự thảo`, l.source);
      }
    } else if (/^V\/v\b/iu.test(t)) subject = t.replace(/^V\/v\s*:?\s*/iu, '');
    else if (subject !== undefined && leftColumn.has(l) && !QUOC_HIEU.test(t) && t !== t.toLocaleUpperCase('vi')) subject += ` ${t}`;
    else if (QUOC_HIEU.test(t) || RULE.test(t)) continue;
    else if ((leftColumn.size === 0 || leftColumn.has(l)) && t === t.toLocaleUpperCase('vi') && /\p{Lu}/u.test(t) && t.length < 120) names.push(l);
  }
  // Parent body and issuer from the upper-case lines of the left column.
  const upperNames = names.map((l) => l.text.replace(/^\*+|\*+$/g, '').trim()).filter(Boolean);
  let parentLines: string[] = [];
  let issuerLines = upperNames;
  const boldFrom = names.findIndex((l) => l.bold);
  // “ỦY BAN NHÂN DÂN” over “TỈNH LÂM ĐỒNG”: one name on two lines, not a parent body and its issuer.
  const oneName = names.length === 2 && /^(ỦY|UỶ) BAN NHÂN DÂN$|^HỘI ĐỒNG NHÂN DÂN$/u.test(upperNames[0] ?? '') && /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)\s/u.test(upperNames[1] ?? '');
  if (names.length >= 2 && !oneName) {
    const split = boldFrom > 0 ? boldFrom : 1;
    parentLines = upperNames.slice(0, split);
    issuerLines = upperNames.slice(split);
  }
  const abbreviation = symbol ? (symbol.split('-').slice(-1)[0] ?? symbol) : 'UBND';
  const issuerName = issuerLines.length ? properName(issuerLines.join(' ')) : EXPAND[abbreviation] ?? abbreviation;
  if (!issuerLines.length) unsure.add(['issuer', 'name'], 'bản gốc không có tên cơ quan ban hành ở đầu văn bản: tên này được đoán từ ký hiệu', top[0]?.source ?? {});
  else unsure.add(['issuer', 'name'], 'tên cơ quan ban hành được viết lại từ chữ in hoa: kiểm tra chữ hoa, chữ thường', names[0]!.source);
  if (!place) unsure.add(['issuer', 'place'], 'không thấy địa danh, ngày tháng ở đầu văn bản', top[0]?.source ?? {});
  const issuer: IssuerInput = {
    name: issuerName,
    ...(issuerLines.length ? { headerLines: issuerLines } : {}),
    abbreviation,
    place: place ?? (/(tỉnh|thành phố|huyện|xã)\s+(.+)$/u.exec(issuerName)?.[2] ?? 'Chưa rõ'),
  };
  if (parentLines.length) {
    const parent: HeaderBodyInput = { name: properName(parentLines.join(' ')), headerLines: parentLines };
    issuer.parent = parent;
  }

  // Title, and for a công văn the addressees.
  let title = subject ?? '';
  let bodyStart = 0;
  const subjectKind = subjectLineKind();
  let kind = (subject !== undefined && subjectKind ? subjectKind : defaultKind()).id;
  if (marked) {
    kind = marked.kind.id;
    const rest = lines[marker]!.text.replace(marked.pattern, '').replace(/^\s*:?\s*/u, '');
    const parts = rest ? [rest] : [];
    let i = marker + 1;
    while (i < lines.length && parts.length < 4) {
      const l = lines[i]!;
      const t = l.text;
      if (l.table || l.label || RULE.test(t) || t.split(' ').length > 45) break;
      if (/^(Căn cứ|Thực hiện|Triển khai thực hiện (Kế hoạch|Công văn|Quyết định|Nghị quyết|Chỉ thị))\b/u.test(t) && parts.length) break;
      if (parts.length && !(l.bold || l.align === 'center')) break;
      parts.push(t);
      i++;
    }
    while (i < lines.length && RULE.test(lines[i]!.text)) i++;
    title = parts.join(' ').replace(/^\*+|\*+$/g, '');
    bodyStart = i;
  } else {
    // No KẾ HOẠCH line: a công văn (V/v in the header), or a text with a title on its first line.
    let i = 0;
    while (i < lines.length && top.includes(lines[i]!)) i++;
    if (!title && i < lines.length) {
      title = lines[i]!.text;
      unsure.add(['title'], 'không thấy dòng “KẾ HOẠCH”: lấy dòng đầu làm tên văn bản', lines[i]!.source);
      i++;
    }
    bodyStart = i;
  }
  let addressees: string[] | undefined;
  for (let i = bodyStart; i < Math.min(lines.length, bodyStart + 3); i++) {
    const m = /^Kính gửi\s*:?\s*(.*)$/u.exec(lines[i]!.text);
    if (!m) continue;
    // Kính gửi in a kind that has none (a plan) makes it the kind that has V/v and Kính gửi.
    if ((!marked || marked.kind.header.addressees === 'none') && subjectKind) kind = subjectKind.id;
    addressees = m[1] ? [m[1].replace(/^[-–]\s*/, '').replace(/[;.,]$/, '')] : [];
    let j = i + 1;
    while (j < lines.length && (lines[j]!.label?.kind === 'dash' || (addressees.length === 0 && j === i + 1)) && lines[j]!.text.length < 160) {
      addressees.push(lines[j]!.text.replace(/[;.,]$/, ''));
      j++;
    }
    bodyStart = j;
    break;
  }
  if (!title) {
    title = 'Chưa rõ tên văn bản';
    unsure.add(['title'], 'không tìm thấy tên văn bản');
  }
  const out: RecognisedHeader = { kind, issuer, title, bodyStart };
  if (number !== undefined) out.number = number;
  if (symbol) out.symbol = symbol;
  if (date) out.date = date;
  if (draftDate) out.draftDate = draftDate;
  const period = periodOf(title) ?? (date ? { year: Number(date.slice(0, 4)) } : undefined);
  if (period) out.period = period;
  if (addressees?.length) out.addressees = addressees;
  return out;
}
