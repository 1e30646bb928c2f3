import { slugify } from 'kehoach';

/** Names Windows will not create, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * File names for `--split`, one per agency (and `chua-phan-cong` for unassigned items): the slug of
 * the short name (`Sở KH&CN` → `so-kh-cn`), made unique and visible. A slug that is empty (`...`,
 * `中文`), reserved on Windows, or already taken by another agency (`Sở KH&CN` and `Sở KH-CN`) gets
 * the agency's id, which is unique in the plan; a number is added if even that is taken.
 */
export function splitNames(agencies: ReadonlyArray<{ id: string; shortName: string } | null>): string[] {
  const used = new Set<string>();
  return agencies.map((a) => {
    const base = a ? slugify(a.shortName) : 'chua-phan-cong';
    let name = base && !RESERVED.test(base) && !used.has(base) ? base : a ? `${base ? `${base}--` : ''}${a.id}` : base;
    for (let n = 2; used.has(name); n++) name = `${a?.id ?? base}-${n}`;
    used.add(name);
    return name;
  });
}
