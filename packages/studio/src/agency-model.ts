/**
 * The agencies of a plan as the agency form sees them (`agencies:` of the data): each one's id, name,
 * short name, level, kind and other names; where the plan names an agency by its id (a duty's lead,
 * support or requested bodies, a recipient, a reporter …); an id for a new agency from its name.
 * Pure: data in, plain values out; `agency-form.ts` writes them back.
 */
import { asciiName, freshId } from './file-name.js';

/** One agency as the form edits it. */
export interface AgencyFields {
  id: string;
  name: string;
  shortName: string;
  level: string;
  kind: string;
  /** Other names, one per line. */
  aliases: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The declared agencies, in the order the file has them. */
export function agencyList(data: unknown): AgencyFields[] {
  const agencies = isObj(data) && isObj(data.agencies) ? data.agencies : {};
  return Object.entries(agencies).map(([id, a]) => {
    const o = isObj(a) ? a : {};
    return { id, name: str(o.name), shortName: str(o.shortName), level: str(o.level), kind: str(o.kind), aliases: Array.isArray(o.aliases) ? o.aliases.map(String).join('\n') : '' };
  });
}

/** The agency's value in the data for the form's fields (empty fields left out; `name` required). */
export function agencyValue(f: AgencyFields): Obj {
  const aliases = f.aliases.split('\n').map((s) => s.trim()).filter(Boolean);
  return {
    name: f.name.trim(),
    ...(f.shortName.trim() ? { shortName: f.shortName.trim() } : {}),
    ...(f.level ? { level: f.level } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(aliases.length ? { aliases } : {}),
  };
}

/**
 * The places (JSON pointers) where the plan names agency `id` by its id — outside `agencies:` itself —
 * as a value or in a list of values: a duty's lead, support or requested bodies, a recipient, a reporter.
 */
export function agencyUses(data: unknown, id: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown, at: string): void => {
    if (v === id) out.push(at);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`));
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) if (!(at === '' && k === 'agencies')) walk(x, `${at}/${k}`);
  };
  walk(data, '');
  return out;
}

/** An id for a new agency from its name (`Sở Tư pháp` → `so-tu-phap`), not one the plan has. */
export function newAgencyId(name: string, data: unknown): string {
  const base = asciiName(name).toLowerCase() || 'co-quan';
  return freshId(base, new Set(agencyList(data).map((a) => a.id)));
}
