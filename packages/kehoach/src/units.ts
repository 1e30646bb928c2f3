import { loadUnits, type Commune, type FormerCommune, type UnitRegistry } from '@kehoach/units';

/** What a user's words name among the communes: one commune, several, or none (and the former communes of that name). */
export interface CommuneLookup {
  /** The commune, when the words name exactly one. */
  commune?: Commune;
  /** Every commune the words name (several: ask which, e.g. by code or with the province after a comma). */
  matches: Commune[];
  /** When no current commune matches: the communes before 1 July 2025 of that name or code, with their successors. */
  former: FormerCommune[];
  /** When no current commune matches the kind given: those of that name and another kind (`xã Minh Xuân` → `phường Minh Xuân`). */
  otherKind: Commune[];
}

/** A kind word starting a query, with or without marks. */
const KIND_WORD = /^\s*(?:xã|phường|đặc khu|thị trấn|xa|phuong|dac khu|thi tran)\s+/iu;

/**
 * The commune (xã, phường, đặc khu) a user's words name — a code (`02215`), a name with or without
 * tone marks and kind (`Minh Xuân`, `phường minh xuan`), perhaps with its province after a comma —
 * from the units registry (loaded on first use). For a name that no longer exists, `former` says
 * what it became.
 *
 * @example
 * const { commune, matches } = await findCommune('phường Minh Xuân'); // commune.code === '02215'
 */
export async function findCommune(query: string, options: { province?: string; units?: UnitRegistry } = {}): Promise<CommuneLookup> {
  const units = options.units ?? (await loadUnits());
  const where = options.province ? { province: options.province } : {};
  const communes = (q: string) => units.find(q, where).filter((u): u is Commune => u.level === 'xa');
  const matches = communes(query);
  const otherKind = !matches.length && KIND_WORD.test(query) ? communes(query.replace(KIND_WORD, '')) : [];
  return { ...(matches.length === 1 ? { commune: matches[0]! } : {}), matches, former: matches.length ? [] : units.former(query, where), otherKind };
}
