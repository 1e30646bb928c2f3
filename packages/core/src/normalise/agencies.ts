import type { PlanInput } from '@kehoach/schema';
import type { Agency } from '../model.js';

/** The plan's agencies by id, and how references to them resolve. */
export interface AgencyTable {
  agencies: Record<string, Agency>;
  /** The declared agencies among `ids`, in order (undeclared ids dropped: the loader reported them). */
  resolve(ids: string[]): Agency[];
  /** The declared agency of an id, if any. */
  one(id: string | undefined): Agency | undefined;
}

/** Every declared agency, names in NFC, defaults filled (short name = name, kind `khac`). */
export function agencyTable(input: PlanInput): AgencyTable {
  const agencies: Record<string, Agency> = Object.create(null);
  for (const [id, a] of Object.entries(input.agencies)) {
    if (!a) continue;
    agencies[id] = {
      id,
      name: a.name.normalize('NFC'),
      shortName: (a.shortName ?? a.name).normalize('NFC'),
      ...(a.level ? { level: a.level } : {}),
      kind: a.kind ?? 'khac',
      aliases: a.aliases ?? [],
      ...(a.role ? { role: a.role } : {}),
      ...(a.of ? { of: a.of } : {}),
    } as Agency;
  }
  return {
    agencies,
    resolve: (ids) => ids.filter((id) => Object.hasOwn(agencies, id)).map((id) => agencies[id]!),
    one: (id) => (id !== undefined && Object.hasOwn(agencies, id) ? agencies[id] : undefined),
  };
}
