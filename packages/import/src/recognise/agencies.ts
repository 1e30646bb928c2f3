import { AGENCY_HEAD, splitNames } from '@kehoach/nd30';
import { agencyId, agencyKey, agencyKind, agencyLevel, canonicalSpelling } from './agency-names.js';

/** An agency as the importer declares it. */
export interface ImportedAgency {
  id: string;
  name: string;
  shortName?: string;
  level: 'trung-uong' | 'tinh' | 'huyen' | 'xa' | 'thon';
  kind: string;
  /** Every spelling met in the original. */
  spellings: string[];
  /** Other spellings met, longer than the name (or a second shorter one). */
  aliases?: string[];
  /** A person's position (Hiệu trưởng) and role (Trưởng ban). */
  position?: string;
  role?: string;
}

/** What the context says of a body that its name does not: a person (`ca-nhan`) with position and role. */
export interface AgencyHint {
  kind?: 'ca-nhan';
  position?: string;
  role?: string;
}

/** Words an agency name starts with; a list piece that starts otherwise belongs to the name before it (@kehoach/nd30). */
export const HEAD = AGENCY_HEAD;

/**
 * Splits a list of agencies as written ("Sở Tư pháp, Công an tỉnh và các sở, ban, ngành, địa
 * phương") into names, keeping names that contain commas or "và" whole ("Sở Văn hóa, Thể thao và
 * Du lịch", "các sở, ban, ngành"): `splitNames` of @kehoach/nd30.
 */
export const splitAgencies: (list: string) => string[] = splitNames;

/**
 * Whether words read as a body's name can be one: not a sentence (at most 20 words, no `;`, no sentence
 * end inside), no date or time (`trước ngày 30/6`, `hằng tuần`): a time sentence is never swallowed into
 * an agency. A name that is not is left out, and the place marked to check.
 */
export function plausibleName(name: string): boolean {
  const t = name.normalize('NFC').trim();
  if (!t || t.split(/\s+/).length > 20 || /;|\.\s+\p{Lu}|(?<![\p{L}])(?:và|với|của)$|(?<![\p{L}])số\s+\d/u.test(t)) return false;
  return !/\d{1,2}\s*\/\s*\d{1,2}|(?<![\p{L}])ngày\s+\d|(?<![\p{L}])(?:trước ngày|chậm nhất|hằng tuần|hằng tháng|hằng năm|hàng tuần|hàng tháng|hàng năm|thời gian|thời hạn|thường xuyên)(?![\p{L}])/iu.test(t);
}

/**
 * The agencies table built while recognising a plan: one entry per body whatever its spelling,
 * with a readable id (unique: a second body with the same slug gets `-2`).
 */
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export class AgencyTable {
  private readonly byKey = new Map<string, ImportedAgency>();
  private readonly ids = new Set<string>();
  /** How often each spelling of an agency (by id) was met. */
  private readonly counts = new Map<string, Map<string, number>>();

  /** Declares (or finds) the agency named `name`; returns its id. */
  add(name: string, hint: AgencyHint = {}): string {
    const spelling = canonicalSpelling(name).replace(/^(Đề nghị|đề nghị)\s+/, '');
    const key = agencyKey(spelling);
    const known = this.byKey.get(key);
    const count = (a: ImportedAgency) => {
      const counts = (this.counts.get(a.id) ?? new Map<string, number>()).set(capital(spelling), (this.counts.get(a.id)?.get(capital(spelling)) ?? 0) + 1);
      this.counts.set(a.id, counts);
    };
    if (known) {
      if (!known.spellings.includes(name)) known.spellings.push(name);
      count(known);
      return known.id;
    }
    let id = agencyId(spelling) || 'co-quan';
    for (let n = 2; this.ids.has(id); n++) id = `${agencyId(spelling)}-${n}`;
    this.ids.add(id);
    const agency: ImportedAgency = {
      id,
      name: capital(spelling),
      level: agencyLevel(spelling),
      kind: hint.kind ?? agencyKind(spelling),
      spellings: [name],
      ...(hint.position ? { position: hint.position } : {}),
      ...(hint.role ? { role: hint.role } : {}),
    };
    this.byKey.set(key, agency);
    count(agency);
    return id;
  }

  /**
   * Every agency declared, in the order first met. Its `name` is the spelling met most often (the
   * plan prints it in tables, headings and generated wording: the original's usual form), the longer
   * on a tie; a shorter spelling is the `shortName`, longer ones are `aliases`.
   */
  list(): ImportedAgency[] {
    return [...this.byKey.values()].map((a) => {
      const counts = [...(this.counts.get(a.id) ?? new Map([[a.name, 1]])).entries()];
      if (counts.length < 2) return a;
      counts.sort((x, y) => y[1] - x[1] || y[0].length - x[0].length);
      const name = counts[0]![0];
      const others = counts.slice(1).map(([n]) => n);
      const shorter = others.filter((n) => n.length < name.length).sort((x, y) => x.length - y.length);
      const longer = others.filter((n) => n.length >= name.length);
      const { shortName: _s, aliases: _a, ...rest } = a;
      return { ...rest, name, ...(shorter[0] ? { shortName: shorter[0] } : {}), ...(longer.length || shorter.length > 1 ? { aliases: [...longer, ...shorter.slice(1)] } : {}) };
    });
  }
}
