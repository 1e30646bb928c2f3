import { PizZip } from './cjs.js';
import { openTemplate, type OpenedTemplate } from './open-template.js';

/** The entries of an opened template: names and their inflated, checked content. */
type Entries = Array<{ name: string; dir: boolean; content?: string | Uint8Array }>;

const opened = new WeakMap<Uint8Array, { entries?: Entries; problem?: OpenedTemplate['problem'] }>();

function entriesOf(zip: InstanceType<typeof PizZip>): Entries {
  const files = zip.files as Record<string, { dir: boolean; asText(): string; asUint8Array(): Uint8Array }>;
  return Object.keys(files).map((name) => {
    const f = files[name]!;
    if (f.dir) return { name, dir: true };
    return { name, dir: false, content: /\.(xml|rels)$/i.test(name) ? f.asText() : f.asUint8Array() };
  });
}

/**
 * `openTemplate`, once per template: the first call opens and checks the template (limits,
 * inflation, XML well-formedness — most of a render's time), later calls with the same bytes
 * (the same `Uint8Array`, e.g. the default template or a batch's template) get a fresh zip built
 * from the checked entries. The bytes must not be changed after the first call. `trusted`: the
 * bundled template, opened without the checks meant for templates from anyone.
 */
export function openTemplateCached(bytes: Uint8Array, trusted = false): OpenedTemplate {
  let cached = opened.get(bytes);
  if (!cached) {
    // The bundled template is checked by the tests (well-formed parts, no DOCTYPE); anyone else's
    // goes through every check of `openTemplate`.
    const o = trusted ? { zip: new PizZip(bytes) } : openTemplate(bytes);
    cached = o.zip ? { entries: entriesOf(o.zip) } : { problem: o.problem! };
    opened.set(bytes, cached);
  }
  if (!cached.entries) return { problem: cached.problem! };
  const zip = new PizZip();
  for (const e of cached.entries) {
    if (e.dir) zip.folder(e.name);
    else zip.file(e.name, e.content!);
  }
  return { zip };
}
