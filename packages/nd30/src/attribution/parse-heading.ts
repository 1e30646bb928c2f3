import type { AttributionNames } from './format-attribution.js';
import { POSITION_HEAD } from './names.js';
import { readNameList, startsWithBody } from './subject.js';

/** Who a heading of a by-agency layout names, and whether it names a person (`Phó Trưởng ban Võ Việt Dũng`). */
export interface HeadingRoles extends AttributionNames {
  lead: string[];
  support: string[];
  requested: string[];
  /** The heading names one person by position and name (or title and name): the name is the whole heading. */
  person?: boolean;
  form: string;
}

/** Names that fill the words entirely (`Công an tỉnh và các sở, ban, ngành, địa phương`), or `undefined`. */
function wholeNames(words: string): string[] | undefined {
  if (!startsWithBody(words)) return undefined;
  const read = readNameList(words, { needPredicate: false });
  return read && !read.rest.replace(/[\s.:,;]+/g, '') ? read.names : undefined;
}

const roles = (form: string, r: Partial<HeadingRoles>): HeadingRoles => ({ lead: [], support: [], requested: [], form, ...r });

/** A person named by title or position then name: `Thầy Luân`, `Phó Trưởng ban Võ Việt Dũng`, `Hiệu trưởng - Trưởng ban chỉ đạo Ngô Thị Kiều Huệ`. */
const PERSON_NAME = /(?:\s+\p{Lu}[\p{Ll}]*){1,5}$/u;
const TITLE = /^(?:Thầy|Cô|Bà|Ông|Đồng chí|Đ\/c)\s+\p{Lu}/u;

/** One form of heading: how it reads, an example and what the example names (run as a test). */
export interface HeadingForm {
  name: string;
  read: (text: string) => HeadingRoles | undefined;
  example: string;
  names: Partial<HeadingRoles>;
}

/** The headings of by-agency layouts, tried in order. */
export const HEADING_FORMS: readonly HeadingForm[] = [
  {
    name: 'requested',
    read: (t) => {
      const m = /^Đề nghị\s+(.+)$/u.exec(t);
      const names = m && wholeNames(m[1]!);
      return names ? roles('requested', { requested: names }) : undefined;
    },
    example: 'Đề nghị Tòa án nhân dân huyện, Viện Kiểm sát nhân dân huyện',
    names: { requested: ['Tòa án nhân dân huyện', 'Viện Kiểm sát nhân dân huyện'] },
  },
  {
    name: 'assigned',
    read: (t) => {
      const m = /^(?:Giao|Đối với)\s+(.+?)(?:\s+(?:thực hiện|tổ chức thực hiện|chủ trì thực hiện))?$/u.exec(t);
      const names = m && wholeNames(m[1]!);
      return names ? roles('assigned', { lead: names }) : undefined;
    },
    example: 'Giao Phòng Văn hóa - Xã hội thực hiện',
    names: { lead: ['Phòng Văn hóa - Xã hội'] },
  },
  {
    name: 'lead-support',
    read: (t) => {
      const m = /^(.+?)\s+chủ trì(?:\s*,?\s*(?:và\s+)?phối hợp(?: chặt chẽ)?(?: với)?\s+(.+?))?(?:\s+thực hiện)?$/u.exec(t);
      const lead = m && wholeNames(m[1]!);
      if (!lead) return undefined;
      const support = m[2] ? wholeNames(m[2]) : [];
      return support ? roles('lead-support', { lead, support }) : undefined;
    },
    example: 'Công an xã chủ trì, phối hợp với các thôn, tổ dân phố',
    names: { lead: ['Công an xã'], support: ['các thôn, tổ dân phố'] },
  },
  {
    name: 'person',
    read: (t) => ((TITLE.test(t) || POSITION_HEAD.test(t)) && PERSON_NAME.test(t) && t.split(/\s+/).length <= 14 ? roles('person', { lead: [t], person: true }) : undefined),
    example: 'Phó Hiệu trưởng Trần Văn Bình',
    names: { lead: ['Phó Hiệu trưởng Trần Văn Bình'], person: true },
  },
  {
    name: 'names',
    read: (t) => {
      const names = t.split(/\s+/).length <= 40 ? wholeNames(t) : undefined;
      return names ? roles('names', { lead: names }) : undefined;
    },
    example: 'Công an xã và các thôn, tổ dân phố',
    names: { lead: ['Công an xã', 'các thôn, tổ dân phố'] },
  },
];

/**
 * Reads the heading of a group in a by-agency layout — what {@link agencyHeading} prints, and what
 * plans write besides: `Công an tỉnh`, `Sở Tư pháp:`, `Công an tỉnh và các sở, ban, ngành, địa
 * phương` (split into bodies), `Thuế tỉnh`, heads of bodies (`Giám đốc các sở`), a person by
 * position and name, `Đề nghị X, Y` (asked), `Giao X`, `Đối với X`, `X chủ trì, phối hợp Y`. A theme
 * (`Công tác tuyên truyền`, `Phòng, chống ma túy`) gives `undefined`.
 */
export function parseAgencyHeading(text: string, forms: readonly HeadingForm[] = HEADING_FORMS): HeadingRoles | undefined {
  const t = text.normalize('NFC').replace(/^\*+|\*+$/g, '').trim().replace(/\s*[:.]$/u, '').trim();
  if (!t || /[;]/.test(t)) return undefined;
  for (const f of forms) {
    const r = f.read(t);
    if (r) return r;
  }
  return undefined;
}

