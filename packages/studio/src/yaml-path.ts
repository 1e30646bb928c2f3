/**
 * Where the cursor is in a YAML plan, read from the text's indentation (so it works while the text is
 * half-typed and does not parse): the path of keys and list items (`*`) down to the cursor, and
 * whether a key or a value is being typed there. Block mappings and lists, and flow mappings and
 * lists on the cursor's line (`lead: [ so-y-te, | ]`, `{ name: …, level: | }`), are understood.
 */

/** The cursor's place: the path of the mapping (key mode) or of the value (value mode), and the word typed so far. */
export interface CursorPlace {
  path: Array<string>;
  mode: 'key' | 'value';
  /** The word typed before the cursor. */
  prefix: string;
  /** Offset where the word starts (what completion replaces). */
  from: number;
}

interface LineShape {
  /** Columns of the list markers `- ` at the start of the line. */
  markers: number[];
  /** Column of the content after the markers. */
  content: number;
  /** The key on the line, if it starts with `key:`. */
  key?: string;
  /** What follows `key:` (comment removed, trimmed). */
  rest?: string;
}

const KEY = /^("[^"]*"|'[^']*'|[^\s:#{}[\],"'][^:#{}[\],]*?)\s*:(?=\s|$)/;

function unquote(k: string): string {
  return /^["'].*["']$/.test(k) ? k.slice(1, -1) : k.trim();
}

function shape(line: string): LineShape {
  let i = 0;
  while (line[i] === ' ') i++;
  const markers: number[] = [];
  while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
    markers.push(i);
    i += 1;
    while (line[i] === ' ') i++;
  }
  const m = KEY.exec(line.slice(i));
  if (!m) return { markers, content: i };
  const rest = line.slice(i + m[0].length).replace(/\s#.*$/, '').trim();
  return { markers, content: i, key: unquote(m[1]!), rest };
}

function blank(line: string): boolean {
  return /^\s*(#.*)?$/.test(line);
}

/** The path of the block node that holds the line at `lineIndex`, with its first column `target`. */
function ancestors(lines: string[], lineIndex: number, target: number): string[] {
  const path: string[] = [];
  for (let n = lineIndex - 1; n >= 0 && target > 0; n--) {
    const line = lines[n]!;
    if (blank(line)) continue;
    const s = shape(line);
    const markerCol = s.markers.length ? s.markers[0]! : s.content;
    if (markerCol >= target && s.content >= target) continue; // deeper, or a sibling at the same column
    if (s.key !== undefined && s.content < target) {
      // A key above, less indented: the parent mapping's key (its value is the block we are in).
      path.unshift(s.key);
      target = s.content;
    }
    for (let k = s.markers.length - 1; k >= 0; k--) {
      if (s.markers[k]! < target) {
        path.unshift('*');
        target = s.markers[k]!;
      }
    }
  }
  return path;
}

/** Reads flow collections opened on the line before the cursor: the extra path and the mode. */
function flow(value: string, valueStart: number): { path: string[]; mode: 'key' | 'value'; prefix: string; from: number } | undefined {
  const stack: Array<{ kind: '{' | '['; key?: string; start: number }> = [];
  let quote: string | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') stack.push({ kind: c, start: i + 1 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && stack.length) {
      const top = stack[stack.length - 1]!;
      top.key = undefined;
      top.start = i + 1;
    } else if (c === ':' && stack.length && /\s/.test(value[i + 1] ?? ' ')) {
      const top = stack[stack.length - 1]!;
      if (top.kind === '{' && top.key === undefined) {
        top.key = unquote(value.slice(top.start, i).trim());
        top.start = i + 1;
      }
    }
  }
  if (!stack.length) return undefined;
  const path: string[] = [];
  for (const f of stack) {
    if (f.kind === '[') path.push('*');
    else if (f.key !== undefined) path.push(f.key);
  }
  const top = stack[stack.length - 1]!;
  const typed = value.slice(top.start);
  const word = /[^\s,{}[\]:]*$/.exec(typed)![0];
  return { path, mode: top.kind === '{' && top.key === undefined ? 'key' : 'value', prefix: word, from: valueStart + value.length - word.length };
}

/** The cursor's place at `offset` in `text`. */
export function placeAt(text: string, offset: number): CursorPlace {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  const s = shape(before);
  const target = s.markers.length ? s.markers[0]! : s.content;
  const parents = ancestors(lines, lines.length, target);
  const own = s.markers.map(() => '*');
  if (s.key === undefined) {
    const typed = before.slice(s.content);
    const word = /[^\s,{}[\]:]*$/.exec(typed)![0];
    // `- item` of a scalar list is a value; a bare word at a mapping's column is a key being typed.
    const inFlow = flow(typed, lineStart + s.content);
    if (inFlow && typed.includes('[') || inFlow && typed.includes('{')) return { ...inFlow, path: [...parents, ...own, ...inFlow.path] };
    return { path: [...parents, ...own], mode: 'key', prefix: word, from: offset - word.length };
  }
  const keyAt = before.indexOf(':', s.content);
  const valueStart = keyAt + 1;
  const value = before.slice(valueStart);
  const path = [...parents, ...own, s.key];
  const inFlow = flow(value, lineStart + valueStart);
  if (inFlow) return { ...inFlow, path: [...path, ...inFlow.path] };
  const word = /[^\s,{}[\]]*$/.exec(value)![0];
  return { path, mode: 'value', prefix: word, from: offset - word.length };
}

/** Offsets of a YAML line and column (both 1-based) in `text`, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let pos = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return text.length;
    pos = nl + 1;
  }
  const end = text.indexOf('\n', pos);
  return Math.min(pos + Math.max(0, column - 1), end < 0 ? text.length : end);
}
