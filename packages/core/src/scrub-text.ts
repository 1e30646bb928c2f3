/** Characters no output may carry: C0 controls but tab, LF, CR; DEL; U+FFFE/FFFF; lone surrogates (invalid in XML). */
const CONTROL_CHARS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFFFE\\uFFFF';
const CONTROL = new RegExp(`[${CONTROL_CHARS}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`, 'g');

/** Bidirectional embedding, override and isolate controls (“Trojan Source”): `gnp.exe` shows as `exe.png`. */
const BIDI_CHARS = '\\u202A-\\u202E\\u2066-\\u2069';
const BIDI = new RegExp(`[${BIDI_CHARS}]`, 'g');

/** Any character `scrubText` looks for (surrogates too, checked in pairs there), or a backslash: YAML escapes (`"\\u202E"`) need one. */
const SUSPECT = new RegExp(`[${CONTROL_CHARS}${BIDI_CHARS}\\uD800-\\uDFFF\\\\]`);

/** Whether parsed data from `text` can hold a character `scrubText` drops or warns about: when not, the walk is skipped. */
export function mayNeedScrub(text: string): boolean {
  return SUSPECT.test(text);
}

/** The first place and the count of one kind of character found while scrubbing. */
export interface Found {
  count: number;
  /** JSON pointer of the first value that holds one. */
  first: Array<string | number>;
  /** Code point of the first one, as 4 hex digits. */
  hex: string;
}

/** What `scrubText` found: control characters (dropped) and bidi controls (kept, to be warned about). */
export interface Scrubbed {
  control?: Found;
  bidi?: Found;
}

const hex = (ch: string) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * Drops, in place, the control characters that no output may carry (NUL first of all) from every
 * string of parsed data, and notes where the first one and the first bidirectional control were.
 * Iterative: any depth. Keys are left alone (they are checked by the schema).
 */
export function scrubText(root: unknown): Scrubbed {
  const found: Scrubbed = {};
  const note = (kind: keyof Scrubbed, path: Array<string | number>, n: number, first: string) => {
    const f = found[kind];
    if (f) f.count += n;
    else found[kind] = { count: n, first: path, hex: hex(first) };
  };
  const clean = (s: string, path: Array<string | number>): string => {
    BIDI.lastIndex = 0;
    const bidi = s.match(BIDI);
    if (bidi) note('bidi', path, bidi.length, bidi[0]!);
    const control = s.match(CONTROL);
    if (!control) return s;
    note('control', path, control.length, control[0]!);
    return s.replace(CONTROL, '');
  };
  // Depth first, in document order: each entry is a value and the slot it sits in.
  type Slot = { holder: Record<string | number, unknown>; key: string | number; path: Array<string | number> };
  const stack: Slot[] = [{ holder: { root } as Record<string | number, unknown>, key: 'root', path: [] }];
  while (stack.length) {
    const { holder, key, path } = stack.pop()!;
    const v = holder[key];
    if (typeof v === 'string') {
      const c = clean(v, path);
      if (c !== v) holder[key] = c;
    } else if (v && typeof v === 'object') {
      const node = v as Record<string | number, unknown>;
      const keys: Array<string | number> = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ holder: node, key: keys[i]!, path: [...path, keys[i]!] });
    }
  }
  return found;
}
