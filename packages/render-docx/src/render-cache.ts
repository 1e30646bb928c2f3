import { escapeXml } from './xml-text.js';

/** The data given to the template: text, raw XML (`{@body}`, `{@appendix}`), conditions and lists of text. */
export type TemplateData = Record<string, string | boolean | string[]>;

/** A rendered part cut at its placeholders: literal XML at even places, value numbers at odd ones. */
type Cut = Array<string | number>;

/** docxtemplater's output for one shape of data: each part it changed, cut at the values. */
interface Rendered {
  parts: Map<string, Cut>;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;
/** Shapes kept per template: a batch of thousands of units has a handful. */
const MAX_SHAPES = 64;

const cache = new WeakMap<Uint8Array, Map<string, Rendered>>();
let enabled = true;
const stats = { hits: 0, misses: 0 };

/** How often the cache answered and how often docxtemplater rendered (for tests and measurements). */
export function renderCacheStats(): Readonly<typeof stats> {
  return { ...stats };
}

/**
 * Turns the render cache off (every DOCX compiled and rendered by docxtemplater from scratch) or
 * back on. The output is the same either way; off is for comparing, and for measuring.
 */
export function setRenderCache(on: boolean): void {
  enabled = on;
}

/**
 * The same data with every line of text (and every raw XML value) replaced by a numbered mark, the
 * values those marks stand for (text escaped as docxtemplater escapes it, raw XML as is), and the
 * data's shape: conditions, list lengths, which lines of each text are empty, the
 * first and last tags of raw XML. Two
 * data with one shape make docxtemplater write the same XML around the values, so its output for
 * the marks, with the values put back, is its output for the data. `undefined` when a value holds
 * a mark character (private-use U+E000/U+E001), or raw XML that does not start and end with a
 * tag: then there is no shortcut.
 */
export function markData(data: TemplateData, raw: ReadonlySet<string>): { marked: TemplateData; values: string[]; shape: string } | undefined {
  const values: string[] = [];
  const shape: unknown[] = [];
  const mark = (s: string, isRaw: boolean): string | undefined => {
    if (s.includes(OPEN) || s.includes(CLOSE)) return undefined;
    if (s === '') {
      shape.push(0);
      return '';
    }
    if (isRaw) {
      // A drawing's id (`<wp:docPr id>`) is renumbered by docxtemplater across the document: hidden
      // behind a mark it would not be, so XML with drawings goes the long way.
      if (s.includes('<wp:docPr')) return undefined;
      // docxtemplater looks at the edges of raw XML (a table must be followed by a paragraph, a
      // cell must hold one): the mark keeps the value's first and last tags, so it decides alike.
      const head = /^<[^\s>/]+[\s>/]?/.exec(s)?.[0] ?? '';
      const tail = s.endsWith('>') ? s.slice(s.lastIndexOf('<')) : '';
      if (!head || !tail || head.length + tail.length > s.length) return undefined;
      shape.push(head, tail);
      return `${head}${OPEN}${values.push(s.slice(head.length, s.length - tail.length)) - 1}${CLOSE}${tail}`;
    }
    // An empty line stays empty: docxtemplater writes its text run as `<w:t/>`.
    const lines = s.split('\n');
    shape.push(lines.map((line) => (line ? 1 : 0)).join(''));
    return lines.map((line) => (line ? `${OPEN}${values.push(escapeXml(line)) - 1}${CLOSE}` : '')).join('\n');
  };
  const marked: TemplateData = {};
  for (const key of Object.keys(data).sort()) {
    const v = data[key]!;
    shape.push(key);
    if (typeof v === 'boolean') {
      shape.push(v);
      marked[key] = v;
    } else if (typeof v === 'string') {
      const m = mark(v, raw.has(key));
      if (m === undefined) return undefined;
      marked[key] = m;
    } else {
      shape.push(v.length);
      const list: string[] = [];
      for (const item of v) {
        const m = mark(item, false);
        if (m === undefined) return undefined;
        list.push(m);
      }
      marked[key] = list;
    }
  }
  return { marked, values, shape: JSON.stringify(shape) };
}

/** Cuts a rendered part at its marks. */
function cut(xml: string): Cut {
  const out: Cut = [];
  let last = 0;
  for (const m of xml.matchAll(MARK)) {
    out.push(xml.slice(last, m.index), Number(m[1]));
    last = m.index + m[0].length;
  }
  out.push(xml.slice(last));
  return out;
}

/** Puts the values back into a cut part. */
function fill(parts: Cut, values: readonly string[]): string {
  let s = '';
  for (const p of parts) s += typeof p === 'number' ? values[p]! : p;
  return s;
}

/**
 * The parts docxtemplater writes for `data` over `template`, from the cache when data of the same
 * shape was rendered before: `render(marked)` runs docxtemplater once per shape and returns the
 * parts it changed, as text. A batch of 3 321 communes compiles the template a few times instead
 * of 3 321 times; the bytes are the same as docxtemplater's for the data itself (tested).
 * It holds because the template's tags are checked first (`checkTemplateTags`): only plain names,
 * text only in text tags, raw XML only in `{@body}`/`{@appendix}` — a `{length}` or `{#title}` would
 * read a property of the mark instead of the value. `cacheable: false` for a template whose own
 * text holds a mark character.
 */
export function renderParts(
  template: Uint8Array,
  data: TemplateData,
  options: { raw: ReadonlySet<string>; cacheable: boolean },
  render: (data: TemplateData) => Map<string, string>,
): Map<string, string> {
  const m = enabled && options.cacheable ? markData(data, options.raw) : undefined;
  if (!m) {
    stats.misses++;
    return render(data);
  }
  let shapes = cache.get(template);
  if (!shapes) cache.set(template, (shapes = new Map()));
  let hit = shapes.get(m.shape);
  if (hit) stats.hits++;
  else {
    stats.misses++;
    hit = { parts: new Map([...render(m.marked)].map(([name, xml]) => [name, cut(xml)])) };
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(m.shape, hit);
  }
  return new Map([...hit.parts].map(([name, parts]) => [name, fill(parts, m.values)]));
}
