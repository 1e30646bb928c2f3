/** A review note as the plan holds it: a string, or its words with who wrote it, when, and the words it is on. */
export interface ReviewNote {
  text: string;
  author?: string;
  date?: string;
  quote?: string;
}

/** A review note and the JSON pointer of what it is on (the plan, a section, an item, a task …). */
export interface PlacedNote {
  path: string;
  note: ReviewNote;
}

const pointerPart = (k: string | number) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');

/** A note of the input in its one shape. */
function asNote(v: unknown): ReviewNote | undefined {
  if (typeof v === 'string') return v.trim() ? { text: v } : undefined;
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') return undefined;
  const str = (k: string) => (typeof o[k] === 'string' || typeof o[k] === 'number' ? { [k]: String(o[k]) } : {});
  return { text: o.text, ...str('author'), ...str('date'), ...str('quote') };
}

/** Every review note of a plan's input (`review:` on the plan, a part, a section, an item, a task …), in document order. */
export function reviewNotes(input: unknown): PlacedNote[] {
  const out: PlacedNote[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}/${i}`));
      return;
    }
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'review') {
        for (const n of Array.isArray(x) ? x : [x]) {
          const note = asNote(n);
          if (note) out.push({ path, note });
        }
      } else walk(x, `${path}/${pointerPart(k)}`);
    }
  };
  walk(input, '');
  return out;
}
