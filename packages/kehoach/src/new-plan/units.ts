import { unitAgencies } from '@kehoach/clone';
import type { AgencyInput, IssuerInput, PeriodInput, RecipientInput, SignatureInput } from '@kehoach/schema';
import { PROVINCE_AGENCIES } from './province-agencies.js';

/** The kinds of unit a blank plan is written for. */
export type UnitKindId = 'xa' | 'phuong' | 'tinh' | 'so' | 'truong';

/** What a blank plan is told about its unit (the options of `newPlan` that describe it). */
export interface UnitFacts {
  /** The unit's own name: `Minh Xuân` (xã, phường, tỉnh), `Sở Y tế`, `Trường THCS Hòa Khánh`. */
  name: string;
  /** The province: a sở's (printed above it in the header); a commune's, for its scope. */
  province?: string;
  /** The body above a school, printed above it in the header: `Ủy ban nhân dân phường Hòa Khánh`. */
  parent?: string;
  /** The place name before the date (`Minh Xuân, ngày … tháng … năm …`); by default the unit's or its province's. */
  place?: string;
  /** The issuer's abbreviation in the symbol (`KH-UBND`); by default the unit's usual one. */
  abbreviation?: string;
  /** The year of the plan (a school's: the first year of the school year). */
  year: number;
}

/** The bodies of a unit a blank plan names, and which of them its example task and report use. */
export interface UnitBodies {
  /** The unit itself, among `agencies`. */
  self: string;
  agencies: Record<string, AgencyInput>;
  /** The body that follows up and sums up (`facts.focalAgency`); it leads the example task. */
  focal: string;
  /** The bodies that support the example task and report every month. */
  support: string[];
  /** A công văn's Kính gửi. */
  addressees: string[];
  /** Nơi nhận, before the bodies of the plan. */
  recipients: RecipientInput[];
}

/**
 * One kind of unit: how its issuer block, bodies, signature and period are written. An entry of
 * `UNIT_KINDS`; `newPlan` reads nothing else about the unit.
 */
export interface UnitKind {
  id: UnitKindId;
  /** In Vietnamese, for help texts: `xã`, `sở`. */
  name: string;
  /** The options besides `name` this kind needs. */
  needs: ReadonlyArray<'province' | 'parent'>;
  issuer(u: UnitFacts): IssuerInput;
  bodies(u: UnitFacts): UnitBodies;
  signature: SignatureInput;
  period(u: UnitFacts): PeriodInput;
  /** The period in words, for the default title: `năm 2026`, `năm học 2026 - 2027`. */
  periodWords(u: UnitFacts): string;
  /** `trên địa bàn xã Minh Xuân`, for units with a territory. */
  scope?(u: UnitFacts): string;
}

/** A name without the level word it may have been given with (`xã Minh Xuân` → `Minh Xuân`). */
export function bareName(name: string, words: readonly string[]): string {
  const t = name.trim().replace(/\s+/g, ' ');
  for (const w of words) if (t.toLocaleLowerCase('vi').startsWith(w + ' ')) return t.slice(w.length + 1);
  return t;
}

/**
 * The usual abbreviation of a body: the initials of its words, a word written in capitals kept
 * whole, “và” left out (`Sở Y tế` → `SYT`, `Sở Giáo dục và Đào tạo` → `SGDĐT`, `Trường THCS Hòa
 * Khánh` without its first word → `THCSHK`).
 */
export function abbreviate(name: string, dropFirst = false): string {
  const words = name.split(/[\s,]+/).filter((w) => w && w !== 'và' && w !== '-');
  return (dropFirst ? words.slice(1) : words).map((w) => (w.length > 1 && w === w.toLocaleUpperCase('vi') ? w : w.charAt(0).toLocaleUpperCase('vi'))).join('');
}

const upper = (s: string) => s.toLocaleUpperCase('vi');
const TM_UBND: SignatureInput = { authority: [{ type: 'TM', of: 'ỦY BAN NHÂN DÂN' }], titles: ['CHỦ TỊCH'], name: '(họ và tên)' };

/** Xã and phường: the commune's bodies of the two-tier government (shared/docs/agency-levels.md). */
function commune(id: 'xa' | 'phuong', word: string): UnitKind {
  const own = (u: UnitFacts) => bareName(u.name, [word]);
  return {
    id,
    name: word,
    needs: [],
    issuer: (u) => ({ name: `Ủy ban nhân dân ${word} ${own(u)}`, headerLines: ['ỦY BAN NHÂN DÂN', upper(`${word} ${own(u)}`)], abbreviation: u.abbreviation ?? 'UBND', place: u.place ?? own(u), agency: 'ubnd-xa' }),
    bodies(u) {
      const scope = `trên địa bàn ${word} ${own(u)}`;
      const { self, agencies } = unitAgencies({ unit: { name: `Ủy ban nhân dân ${word} ${own(u)}`, abbreviation: 'UBND', place: own(u), level: 'xa', scope, kind: id }, self: 'ubnd-xa' });
      return {
        self,
        agencies,
        focal: 'van-phong',
        support: ['phong-vhxh', 'cong-an-xa'],
        addressees: ['Các cơ quan, đơn vị thuộc Ủy ban nhân dân ' + word, 'Trưởng thôn, tổ trưởng tổ dân phố'],
        recipients: [{ name: `Thường trực Đảng ủy ${word}`, purpose: 'báo cáo' }, { name: `Thường trực HĐND ${word}` }, { name: `Chủ tịch, các Phó Chủ tịch UBND ${word}` }],
      };
    },
    signature: TM_UBND,
    period: (u) => ({ year: u.year }),
    periodWords: (u) => `năm ${u.year}`,
    scope: (u) => `trên địa bàn ${word} ${own(u)}`,
  };
}

/** The kinds of unit, in the order help texts list them. A new kind of unit is one entry here. */
export const UNIT_KINDS: readonly UnitKind[] = [
  commune('xa', 'xã'),
  commune('phuong', 'phường'),
  {
    id: 'tinh',
    name: 'tỉnh',
    needs: [],
    issuer: (u) => {
      const own = bareName(u.name, ['tỉnh']);
      return { name: `Ủy ban nhân dân tỉnh ${own}`, headerLines: ['ỦY BAN NHÂN DÂN', upper(`tỉnh ${own}`)], abbreviation: u.abbreviation ?? 'UBND', place: u.place ?? own, agency: 'ubnd-tinh' };
    },
    bodies: (u) => ({
      self: 'ubnd-tinh',
      agencies: { 'ubnd-tinh': { name: `Ủy ban nhân dân tỉnh ${bareName(u.name, ['tỉnh'])}`, shortName: 'UBND tỉnh', level: 'tinh', kind: 'ubnd' }, ...PROVINCE_AGENCIES },
      focal: 'van-phong-ubnd',
      support: ['so-tai-chinh', 'ubnd-xa-phuong'],
      addressees: ['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường'],
      recipients: [{ name: 'Thường trực Tỉnh ủy', purpose: 'báo cáo' }, { name: 'Thường trực HĐND tỉnh' }, { name: 'Chủ tịch, các Phó Chủ tịch UBND tỉnh' }],
    }),
    signature: TM_UBND,
    period: (u) => ({ year: u.year }),
    periodWords: (u) => `năm ${u.year}`,
    scope: (u) => `trên địa bàn tỉnh ${bareName(u.name, ['tỉnh'])}`,
  },
  {
    id: 'so',
    name: 'sở',
    needs: ['province'],
    issuer: (u) => {
      const name = soName(u.name);
      const province = bareName(u.province ?? '', ['tỉnh']);
      return {
        name,
        headerLines: [upper(name)],
        abbreviation: u.abbreviation ?? abbreviate(name),
        place: u.place ?? province,
        agency: 'so',
        parent: { name: `Ủy ban nhân dân tỉnh ${province}`, headerLines: [upper(`UBND tỉnh ${province}`)] },
      };
    },
    bodies: (u) => ({
      self: 'so',
      agencies: {
        so: { name: soName(u.name), level: 'tinh', kind: 'chuyen-mon' },
        'van-phong-so': { name: 'Văn phòng Sở', level: 'tinh', kind: 'chuyen-mon' },
        'cac-phong-so': { name: 'các phòng, đơn vị thuộc Sở', shortName: 'Các phòng, đơn vị thuộc Sở', level: 'tinh', kind: 'nhom' },
        'ubnd-tinh': { name: `Ủy ban nhân dân tỉnh ${bareName(u.province ?? '', ['tỉnh'])}`, shortName: 'UBND tỉnh', level: 'tinh', kind: 'ubnd' },
        'ubnd-xa-phuong': { name: 'Ủy ban nhân dân các xã, phường', shortName: 'UBND các xã, phường', level: 'xa', kind: 'ubnd' },
      },
      focal: 'van-phong-so',
      support: ['cac-phong-so'],
      addressees: ['Các phòng, đơn vị thuộc Sở', 'Ủy ban nhân dân các xã, phường'],
      recipients: [{ agency: 'ubnd-tinh', purpose: 'báo cáo' }, { name: 'Giám đốc, các Phó Giám đốc Sở' }],
    }),
    signature: { titles: ['GIÁM ĐỐC'], name: '(họ và tên)' },
    period: (u) => ({ year: u.year }),
    periodWords: (u) => `năm ${u.year}`,
  },
  {
    id: 'truong',
    name: 'trường',
    needs: ['parent'],
    issuer: (u) => {
      const name = schoolName(u.name);
      return {
        name,
        headerLines: [upper(name)],
        abbreviation: u.abbreviation ?? abbreviate(name, true),
        place: u.place ?? placeOf(u.parent ?? ''),
        agency: 'truong',
        parent: { name: u.parent ?? '' },
      };
    },
    bodies: (u) => ({
      self: 'truong',
      agencies: {
        truong: { name: schoolName(u.name), level: 'xa', kind: 'truong-hoc' },
        'ban-giam-hieu': { name: 'Ban Giám hiệu', kind: 'nhom' },
        'to-chuyen-mon': { name: 'các tổ chuyên môn', shortName: 'Các tổ chuyên môn', kind: 'nhom' },
        'to-van-phong': { name: 'Tổ Văn phòng', kind: 'nhom' },
      },
      focal: 'ban-giam-hieu',
      support: ['to-chuyen-mon', 'to-van-phong'],
      addressees: ['Các tổ chuyên môn', 'Tổ Văn phòng'],
      recipients: [{ name: u.parent ?? '', purpose: 'báo cáo' }, { agency: 'ban-giam-hieu' }],
    }),
    signature: { titles: ['HIỆU TRƯỞNG'], name: '(họ và tên)' },
    period: (u) => ({ schoolYear: u.year }),
    periodWords: (u) => `năm học ${u.year} - ${u.year + 1}`,
  },
];

/** `Y tế` or `Sở Y tế` → `Sở Y tế`. */
function soName(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  return /^sở\s/iu.test(t) ? 'Sở' + t.slice(2) : `Sở ${t}`;
}

/** `THCS Hòa Khánh` or `Trường THCS Hòa Khánh` → `Trường THCS Hòa Khánh`. */
function schoolName(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  return /^trường\s/iu.test(t) ? 'Trường' + t.slice(6) : `Trường ${t}`;
}

/** The place a body's name ends with: `Ủy ban nhân dân phường Hòa Khánh` → `Hòa Khánh`; the name itself otherwise. */
function placeOf(name: string): string {
  const m = /(?:^|\s)(?:xã|phường|đặc khu|tỉnh|thành phố)\s+(.+)$/u.exec(name.trim());
  return m ? m[1]! : name.trim();
}

/** The kind of unit with this id, if there is one. */
export function unitKind(id: string): UnitKind | undefined {
  return UNIT_KINDS.find((k) => k.id === id);
}
