import { COMMUNES, DISTRICTS, FORMER, OLD_PROVINCES, PROVINCES, SOURCE } from './data/units-data.js';
import { foldName, modernTones } from './fold.js';
import type { Commune, CommuneKind, FormerCommune, FormerCommuneKind, FormerProvince, Province, ProvinceKind, Unit } from './model.js';
import { parseQuery, splitKind, type UnitQuery } from './query.js';
import { resolutionOf } from './resolution.js';

const COMMUNE_KIND: Record<string, CommuneKind> = { x: 'xa', p: 'phuong', d: 'dac-khu' };
const FORMER_KIND: Record<string, FormerCommuneKind> = { x: 'xa', p: 'phuong', t: 'thi-tran' };
/** The words of each kind, as running text writes them. */
const KIND_WORD: Record<CommuneKind | FormerCommuneKind | ProvinceKind, string> = {
  xa: 'xã', phuong: 'phường', 'dac-khu': 'đặc khu', 'thi-tran': 'thị trấn', tinh: 'tỉnh', 'thanh-pho': 'thành phố',
};
/** Folded kind words → the kinds they name. */
const KIND_OF: Record<string, string> = { xa: 'xa', phuong: 'phuong', 'dac khu': 'dac-khu', 'thi tran': 'thi-tran', tinh: 'tinh', 'thanh pho': 'thanh-pho' };

const rows = (text: string) => text.split('\n').map((l) => l.split('|'));
const lower = (s: string) => modernTones(s).toLowerCase();

/** `tỉnh Tuyên Quang`, `THÀNH PHỐ HÀ NỘI`: a province's kind word and the capitalised words after it. */
const PROVINCE_WORDS = /(?<![\p{L}])(?:tỉnh|thành phố)\s+((?:\p{Lu}[\p{L}]*)(?:\s*-\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*)*)/giu;

/** The body and kind words before a name, as typed (`UBND phường `). */
const LEADING_WORDS = /^(?:(?:ủy|uỷ|uy) ban nhân dân\s+|ubnd\s+|hđnd và ubnd\s+)?(?:xã|phường|đặc khu|thị trấn|tỉnh|thành phố|xa|phuong|dac khu|thi tran|tinh|thanh pho)?\s*/iu;

/**
 * Words typed with tone marks name a unit spelled so (`Tân Thành` is not `Tân Thanh`; the old and new
 * placements of a tone are one); words typed without marks name any unit of those letters.
 */
function spelledAsTyped<T extends { name: string }>(found: T[], text: string): T[] {
  const typed = text.split(',')[0]!.trim().replace(LEADING_WORDS, '');
  if (foldName(typed) === typed.toLowerCase().replace(/\s+/g, ' ')) return found;
  const words = lower(typed);
  return found.filter((u) => words.endsWith(lower(u.name)));
}

/** Options of a search: within one province (its code or name). */
export interface FindOptions {
  province?: string;
}

/**
 * The country's units since 1 July 2025 and the communes and provinces before it, from the
 * committed data (docs/units.md says where it comes from). Given by `loadUnits()` (or, from
 * `@kehoach/units/registry`, `unitRegistry()`).
 */
export class UnitRegistry {
  /** The package the data was built from, its version and licence. */
  readonly source = SOURCE;
  readonly #provinces: Province[];
  readonly #communes: Commune[];
  readonly #byCode = new Map<string, Unit>();
  readonly #byName = new Map<string, Unit[]>();
  #former?: { list: FormerCommune[]; byName: Map<string, FormerCommune[]>; byCode: Map<string, FormerCommune[]> };
  #formerProvinces?: Map<string, FormerProvince>;

  constructor() {
    this.#provinces = rows(PROVINCES).map(([code, k, name]) => {
      const kind: ProvinceKind = k === 'c' ? 'thanh-pho' : 'tinh';
      return { level: 'tinh', code: code!, name: name!, kind, fullName: `${KIND_WORD[kind]} ${name}` };
    });
    const province = new Map(this.#provinces.map((p) => [p.code, p]));
    this.#communes = rows(COMMUNES).map(([code, p, k, name]) => {
      const kind = COMMUNE_KIND[k!]!;
      return { level: 'xa', code: code!, name: name!, kind, fullName: `${KIND_WORD[kind]} ${name}`, province: province.get(p!)! };
    });
    for (const u of [...this.#provinces, ...this.#communes]) {
      this.#byCode.set(u.code, u);
      const key = foldName(u.name);
      this.#byName.set(key, [...(this.#byName.get(key) ?? []), u]);
    }
  }

  /** The 34 provinces, by code. */
  provinces(): Province[] {
    return [...this.#provinces];
  }

  /** A province by its code (`08`, `8`) or name (`Tuyên Quang`, `tỉnh tuyen quang`). */
  province(codeOrName: string): Province | undefined {
    const found = this.find(codeOrName).filter((u): u is Province => u.level === 'tinh');
    return found.length === 1 ? found[0] : undefined;
  }

  /** The communes of a province (its code, name or object), by code; every commune without one. */
  communes(province?: string | Province): Commune[] {
    if (province === undefined) return [...this.#communes];
    const p = typeof province === 'string' ? this.province(province) : province;
    return p ? this.#communes.filter((c) => c.province.code === p.code) : [];
  }

  /** A unit by its code: two digits a province, five a commune (leading zeros may be left out). */
  byCode(code: string): Unit | undefined {
    const c = code.trim();
    if (!/^\d{1,5}$/.test(c)) return undefined;
    return this.#byCode.get(c.length <= 2 ? c.padStart(2, '0') : c.padStart(5, '0')) ?? this.#byCode.get(c.padStart(5, '0'));
  }

  /**
   * The units a user's words name: a code (`02215`), a name with or without tone marks and kind
   * (`Minh Xuân`, `phường minh xuan`, `UBND phường Minh Xuân`), perhaps with its province after a comma
   * (`xã Tân Thành, Tuyên Quang`). Several when the name is shared; none when nothing matches.
   * Words typed with tone marks must match the unit's marks (old or new placement: `Thuỷ` is `Thủy`);
   * words typed without marks match any.
   */
  find(text: string, options: FindOptions = {}): Unit[] {
    const q = parseQuery(text);
    if (q.code) {
      const u = this.byCode(q.code);
      return u && this.#within(u, options.province) ? [u] : [];
    }
    const found = (this.#byName.get(q.name ?? '') ?? []).filter((u) => this.#kindMatches(u, q) && this.#within(u, options.province ?? q.province));
    return spelledAsTyped(found, text);
  }

  /**
   * Communes (xã, phường, thị trấn) before 1 July 2025 by their old code or name, each with its
   * successor(s) and the resolution: `former('xã Trung Môn', { province: 'Tuyên Quang' })`. The province
   * may be the former one (`Hà Giang`) or the one it is part of now.
   */
  former(text: string, options: FindOptions = {}): FormerCommune[] {
    const idx = this.#formerIndex();
    const q = parseQuery(text);
    const list = q.code ? (idx.byCode.get(q.code.padStart(5, '0')) ?? []) : (idx.byName.get(q.name ?? '') ?? []);
    const kind = q.kind ? KIND_OF[q.kind] : undefined;
    const where = options.province ?? q.province;
    const found = list.filter((f) => (!kind || f.kind === kind) && (!where || this.#formerWithin(f, where)));
    return q.code ? found : spelledAsTyped(found, text);
  }

  /** Every commune before 1 July 2025 that the data knows (10,823 rows: some communes appear once per successor district). */
  formerCommunes(): FormerCommune[] {
    return [...this.#formerIndex().list];
  }

  /** A province before 1 July 2025 by its name (`Hà Giang`, `tỉnh ha giang`), with the province it is part of now. */
  formerProvince(name: string): FormerProvince | undefined {
    return this.#formerProvinceIndex().get(splitKind(foldName(name)).name);
  }

  /**
   * The first province the texts name (`… tỉnh Tuyên Quang`, `THÀNH PHỐ HÀ NỘI`): a current one, or the
   * province a former one is part of now (`tỉnh Hà Giang` → Tuyên Quang). Undefined when none is named.
   */
  provinceIn(texts: readonly string[]): Province | undefined {
    for (const t of texts) {
      for (const m of t.matchAll(PROVINCE_WORDS)) {
        const words = m[1]!.split(/\s+/);
        for (let n = words.length; n > 0; n--) {
          const name = words.slice(0, n).join(' ');
          const p = this.province(name) ?? this.formerProvince(name)?.successor;
          if (p) return p;
        }
      }
    }
    return undefined;
  }

  /** The 63 provinces before 1 July 2025. */
  formerProvinces(): FormerProvince[] {
    return [...this.#formerProvinceIndex().values()];
  }

  #kindMatches(u: Unit, q: UnitQuery): boolean {
    return !q.kind || u.kind === KIND_OF[q.kind];
  }

  #within(u: Unit, province: string | undefined): boolean {
    if (!province || u.level === 'tinh') return true;
    const p = this.#provinceLoose(province);
    return p !== undefined && u.province.code === p.code;
  }

  #provinceLoose(text: string): Province | undefined {
    const key = splitKind(foldName(text)).name;
    return /^\d{1,2}$/.test(key) ? this.#byCode.get(key.padStart(2, '0')) as Province | undefined : this.#provinces.find((p) => foldName(p.name) === key);
  }

  #formerWithin(f: FormerCommune, province: string): boolean {
    const key = splitKind(foldName(province)).name;
    if (foldName(f.formerProvince) === key) return true;
    const p = this.#provinceLoose(province);
    return p !== undefined && f.successors.some((s) => s.province.code === p.code);
  }

  #formerIndex() {
    if (this.#former) return this.#former;
    const districts = DISTRICTS.split('\n');
    const oldProvinces = rows(OLD_PROVINCES).map((r) => r[1]!);
    const list = rows(FORMER).map(([code, k, name, d, p, next]): FormerCommune => {
      const kind = FORMER_KIND[k!]!;
      const successors = next!.split(',').map((c) => this.#byCode.get(c) as Commune);
      return {
        ...(code ? { code } : {}),
        name: name!,
        kind,
        fullName: `${KIND_WORD[kind]} ${name}`,
        district: districts[Number(d)]!,
        formerProvince: oldProvinces[Number(p)]!,
        successors,
        resolution: resolutionOf(successors[0]!.province),
      };
    });
    const byName = new Map<string, FormerCommune[]>();
    const byCode = new Map<string, FormerCommune[]>();
    for (const f of list) {
      const key = foldName(f.name);
      byName.set(key, [...(byName.get(key) ?? []), f]);
      if (f.code) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    }
    return (this.#former = { list, byName, byCode });
  }

  #formerProvinceIndex(): Map<string, FormerProvince> {
    if (this.#formerProvinces) return this.#formerProvinces;
    const out = new Map<string, FormerProvince>();
    for (const [k, name, code] of rows(OLD_PROVINCES)) {
      const kind: ProvinceKind = k === 'c' ? 'thanh-pho' : 'tinh';
      const successor = this.#byCode.get(code!) as Province;
      out.set(foldName(name!), { name: name!, kind, fullName: `${KIND_WORD[kind]} ${name}`, successor, merged: foldName(name!) !== foldName(successor.name), resolution: resolutionOf(successor) });
    }
    return (this.#formerProvinces = out);
  }
}

let shared: UnitRegistry | undefined;

/**
 * The registry, built on the first call (the data is this module's import): for code that is itself
 * loaded lazily and must answer synchronously (the check rules of the 2025 reform). Elsewhere use
 * `loadUnits()` of `@kehoach/units`, which imports this module on first use.
 *
 * @example unitRegistry().communes('08').length === 124
 */
export function unitRegistry(): UnitRegistry {
  shared ??= new UnitRegistry();
  return shared;
}
