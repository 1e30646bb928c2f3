/**
 * Who a node of the outline names: a heading of a by-agency layout (`Công an tỉnh`, `Đề nghị X`, a
 * person), an inline heading (`Các sở, ban, ngành, địa phương: Căn cứ …`), a lead-in paragraph
 * (`Trưởng phòng GDĐT, hiệu trưởng … thực hiện:`), and the subject and partners of a duty's own
 * sentence — read with @kehoach/nd30's forms (parseAgencyHeading, findSubject, findPartners).
 */
import { POSITION_HEAD, findPartners, findSubject, parseAgencyHeading, type HeadingRoles } from '@kehoach/nd30';

/** Roles by name, and whether the heading names a person. */
export interface NamedRoles {
  lead: string[];
  support: string[];
  requested: string[];
  /** A person by title and name (`Bà Lê Thị Thu, Hiệu trưởng`): name, position and role apart. */
  person?: { name: string; position?: string; role?: string };
  /** The heading names one person as the whole heading (`Phó Trưởng ban Võ Việt Dũng`). */
  personHeading?: boolean;
}

/** `Bà Lê Thị Thu, Hiệu trưởng, Trưởng ban`: a person named by title, then position and role (school plans). */
const PERSON = /^(?:Bà|Ông|Đồng chí|Đ\/c|Thầy|Cô)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})(?:\s*[,–-]\s*([^,]{2,60}))?(?:\s*,\s*([^,]{2,60}))?$/u;

const clean = (text: string) => text.replace(/^\*+|\*+$/g, '').replace(/[:.]$/, '').trim();

/**
 * The roles a heading names (a group's title in a by-agency layout), or `undefined` for a theme.
 * Names are split into bodies (`Công an tỉnh và các địa phương` is two).
 */
export function headingRoles(text: string): NamedRoles | undefined {
  const t = clean(text);
  const p = PERSON.exec(t);
  if (p) return { lead: [p[1]!], support: [], requested: [], person: { name: p[1]!, ...(p[2] ? { position: p[2].trim() } : {}), ...(p[3] ? { role: p[3].trim() } : {}) } };
  if (t.split(/\s+/).length > 40 || /\(/.test(t.replace(/\([^()]*\)\s*$/, ''))) return undefined;
  const h: HeadingRoles | undefined = parseAgencyHeading(t);
  if (!h) return undefined;
  return { lead: h.lead, support: h.support, requested: h.requested, ...(h.person ? { personHeading: true } : {}) };
}

/**
 * An inline heading: `Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng: Phối hợp …`, `Các
 * sở, ban, ngành, địa phương: Căn cứ …`, `Thời gian thực hiện: Các đơn vị gửi …` — the words before the
 * colon (a heading, or a sentence whose subject acts) and the duty after it, with who it names.
 */
export function inlineHeading(text: string): { title: string; rest: string; roles: NamedRoles } | undefined {
  const at = text.indexOf(':');
  if (at < 3 || at > 200) return undefined;
  const title = text.slice(0, at).trim();
  const rest = text.slice(at + 1).trim();
  if (!rest || title.split(/\s+/).length > 40) return undefined;
  const heading = headingRoles(title);
  if (heading && !heading.person) return { title, rest, roles: heading };
  const subject = findSubject(title);
  if (subject && !/[.;]/.test(title)) return { title, rest, roles: { lead: subject.lead, support: [], requested: subject.requested } };
  const own = findSubject(rest);
  if (own && /^(?:Thời gian|Thời hạn|Tiến độ|Hạn)/u.test(title)) return { title, rest, roles: { lead: own.lead, support: [], requested: own.requested } };
  return undefined;
}

/** The sentences of a paragraph (a full stop, `?`, `!` or `;` followed by a capital letter). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=\p{Lu})/u).map((s) => s.trim()).filter(Boolean);
}

/**
 * Who a duty's own words name as doing it: the subject of its first sentence (“Sở Y tế tham mưu …”,
 * “Đề nghị X …”, “Đối với X, …”, “Căn cứ …, X chủ động …”), else — when the duty inherits no lead —
 * the subject of a later sentence (“Tiếp tục … . Các đơn vị, cơ sở giáo dục tiếp tục cập nhật …”).
 */
export function sentenceRoles(text: string, inherits: boolean): NamedRoles | undefined {
  const all = sentences(text.replace(/^\*+|\*+$/g, ''));
  const list = inherits ? all.slice(0, 1) : all;
  for (const s of list) {
    const found = findSubject(s);
    if (!found) continue;
    // under a body's heading, “Thủ trưởng cơ sở …” is that body's head: the duty stays the body's
    if (inherits && found.lead.length && found.lead.every((n) => POSITION_HEAD.test(n))) return undefined;
    return { lead: found.lead, support: [], requested: found.requested };
  }
  // a basis that lists documents between “;” (“Căn cứ Kế hoạch …; Công văn số … , các sở … chủ động …”): its whole sentence
  const basis = /^(?:Căn cứ|Trên cơ sở)\s/u.test(all[0] ?? '') ? /^.*?[.!?](?=\s+\p{Lu}|\s*$)/su.exec(text.replace(/^\*+|\*+$/g, ''))?.[0] : undefined;
  const found = basis ? findSubject(basis) : undefined;
  return found ? { lead: found.lead, support: [], requested: found.requested } : undefined;
}

/** The partners a duty's words name after “phối hợp (với)” (not an instrument, nor words that name no body). */
export function partnerNames(text: string): string[] {
  return findPartners(text.replace(/^\*+|\*+$/g, ''));
}

/**
 * A lead-in paragraph: a sentence ending in a colon whose subject acts on the items that follow
 * (`Trưởng phòng GDĐT, hiệu trưởng, giám đốc các đơn vị trực thuộc thực hiện:`).
 */
export function leadIn(text: string): NamedRoles | undefined {
  const t = text.replace(/^\*+|\*+$/g, '').trim();
  if (!/:$/.test(t) || t.split(/\s+/).length > 60) return undefined;
  const found = findSubject(t.replace(/:$/, ''));
  return found ? { lead: found.lead, support: [], requested: found.requested } : undefined;
}
