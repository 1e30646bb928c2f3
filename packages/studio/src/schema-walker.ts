/**
 * A small JSON Schema walker for the editor: from a path in the plan (keys and `*` for any list item)
 * to the subschemas that may apply there, and from those to the properties, values and Vietnamese
 * explanations that completion and hover show. Handles `$ref` to `#/$defs/…`, `properties`,
 * `additionalProperties`, `items`, and the alternatives of `anyOf` / `oneOf` / `allOf`.
 */

/** The part of JSON Schema the walker reads. */
export interface Schema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  required?: string[];
  $defs?: Record<string, Schema>;
}

/** One property a mapping may have here, with its explanation. */
export interface PropertyInfo {
  name: string;
  title?: string;
  description?: string;
  required: boolean;
  schema: Schema;
}

/** A reference's name (`#/$defs/agencyRefs` → `agencyRefs`). */
export function refName(s: Schema): string | undefined {
  return s.$ref?.startsWith('#/$defs/') ? s.$ref.slice('#/$defs/'.length) : undefined;
}

/**
 * The schemas a value may match, with references resolved and alternatives flattened. A `$ref`
 * carrying its own title or description keeps them (the property's words beat the definition's).
 */
export function expand(root: Schema, s: Schema | undefined, seen: Set<Schema> = new Set()): Schema[] {
  if (!s || seen.has(s)) return [];
  seen.add(s);
  const out: Schema[] = [];
  const name = refName(s);
  if (name && root.$defs?.[name]) {
    const target = root.$defs[name]!;
    for (const t of expand(root, target, seen)) {
      out.push(s.title || s.description ? { ...t, title: s.title ?? t.title, description: s.description ?? t.description } : t);
    }
  } else out.push(s);
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) out.push(...expand(root, alt, seen));
  return out;
}

/** The schemas that apply at `path` (keys, and `*` or a number for a list item); none when the path leaves the schema. */
export function schemasAt(root: Schema, path: ReadonlyArray<string | number>): Schema[] {
  let current = expand(root, root);
  for (const seg of path) {
    const next: Schema[] = [];
    for (const s of current) {
      if (seg === '*' || typeof seg === 'number' || /^\d+$/.test(String(seg))) {
        if (s.items) next.push(...expand(root, s.items));
        continue;
      }
      const p = s.properties?.[String(seg)];
      if (p) next.push(...expand(root, p));
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') next.push(...expand(root, s.additionalProperties));
    }
    current = [...new Set(next)];
    if (!current.length) break;
  }
  return current;
}

/** The properties a mapping at `path` may have, the first definition of each name winning. */
export function propertiesAt(root: Schema, path: ReadonlyArray<string | number>): PropertyInfo[] {
  const byName = new Map<string, PropertyInfo>();
  for (const s of schemasAt(root, path)) {
    for (const [name, p] of Object.entries(s.properties ?? {})) {
      if (byName.has(name)) continue;
      const [first] = expand(root, p);
      byName.set(name, {
        name,
        title: p.title ?? first?.title,
        description: p.description ?? first?.description,
        required: s.required?.includes(name) ?? false,
        schema: p,
      });
    }
  }
  return [...byName.values()];
}

/** The fixed values allowed at `path` (enums, consts, booleans). */
export function valuesAt(root: Schema, path: ReadonlyArray<string | number>): unknown[] {
  const out = new Set<unknown>();
  for (const s of schemasAt(root, path)) {
    for (const v of s.enum ?? []) out.add(v);
    if (s.const !== undefined) out.add(s.const);
    if (s.type === 'boolean') [true, false].forEach((v) => out.add(v));
  }
  return [...out];
}

/**
 * True when the value at `path` names an agency declared in the plan's `agencies`: a reference to
 * `agencyRefs`, or an identifier whose explanation speaks of agencies (lead, to, via, focalAgency …).
 */
export function takesAgencyId(root: Schema, path: ReadonlyArray<string | number>): boolean {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const direct = (s: Schema) => {
    const name = refName(s);
    if (name === 'agencyRefs') return true;
    return name === 'id' && /agenc|cơ quan/i.test(`${s.title ?? ''} ${s.description ?? ''}`);
  };
  const holders = typeof key === 'number' || key === '*' ? [parentPath] : [path];
  for (const holder of holders) {
    const k = holder[holder.length - 1];
    if (k === undefined) continue;
    for (const parent of schemasAt(root, holder.slice(0, -1))) {
      const p = parent.properties?.[String(k)];
      if (!p) continue;
      if (direct(p)) return true;
      if (p.items && direct(p.items)) return true;
      if ((p.anyOf ?? []).some(direct)) return true;
    }
  }
  return false;
}

/** The explanation of the value at `path`: its title and description, from the first schema that has them. */
export function describe(root: Schema, path: ReadonlyArray<string | number>): { title?: string; description?: string } | undefined {
  const key = path[path.length - 1];
  if (key !== undefined && typeof key === 'string' && key !== '*') {
    const prop = propertiesAt(root, path.slice(0, -1)).find((p) => p.name === key);
    if (prop && (prop.title || prop.description)) return { title: prop.title, description: prop.description };
  }
  const s = schemasAt(root, path).find((x) => x.title || x.description);
  return s ? { title: s.title, description: s.description } : undefined;
}
