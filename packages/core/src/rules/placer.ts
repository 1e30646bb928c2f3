import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Place } from '../diagnostics/diagnostic.js';
import { nodeSpan } from '../locate.js';
import { placeIn, type SourceMap } from '../source-map.js';
import type { FixEdit } from '../diagnostics/diagnostic.js';
import { fixEdit } from './fix-edits.js';
import type { ReportEdit } from './rule.js';
import { spanOffsets } from './span-offsets.js';

export { spanOffsets };

/** Where a finding is: its place (start and end) and, inside a string of the source text, the offsets of its span. */
export interface Placed {
  place: Place & { endLine: number; endColumn: number };
  /** Offsets of the span in the source text (`[start, end)`), when the span was found there. */
  offsets?: [number, number];
  /** The line the value at the pointer starts on (a disable comment before it silences the finding). */
  valueLine: number;
}

/** Places findings: in the YAML source (exact words), or by a source map, or nowhere (data without text). */
export interface Placer {
  file: string;
  /** The source text, when findings are placed in it: fixes are edits of it. */
  text?: string;
  /** Where the value at `path` is, or with `span` (and the string `value` there) the words of it. */
  place(path: string, span?: { index: number; length: number }, value?: unknown): Placed;
  /** The edit of the source text a fix asks for, when findings are placed in a text that has it. */
  edit?(e: ReportEdit): FixEdit | undefined;
}

/** Places findings in a parsed YAML document of `text`: a value's whole node, a span's exact words. */
export function yamlPlacer(file: string, doc: Document.Parsed | undefined, lineCounter: LineCounter, text?: string): Placer {
  const pos = (offset: number) => lineCounter.linePos(offset);
  return {
    file,
    ...(text !== undefined ? { text } : {}),
    place(path, span, value) {
      const node = nodeSpan(doc, path);
      const offsets = doc && span && node.exact && typeof value === 'string' && text !== undefined
        ? spanOffsets(text, node.start, node.end, value, span.index, span.length)
        : undefined;
      const [from, to] = offsets ?? [node.start, path === '' ? node.start : node.end];
      const a = doc ? pos(from) : { line: 1, col: 1 };
      const b = doc ? pos(to) : a;
      const place = { file, path, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
      const valueLine = offsets ? pos(node.start).line : a.line;
      return { place, ...(offsets ? { offsets } : {}), valueLine };
    },
    ...(doc && text !== undefined ? { edit: (e: ReportEdit) => fixEdit(doc, text, e) } : {}),
  };
}

/** Parses a plan's source text to place findings in it (the checker's findings on a loaded plan). */
export function textPlacer(file: string, text: string): Placer {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  return yamlPlacer(file, doc, lineCounter, text);
}

/** Places findings by a source map (a migrated v1 file, a loaded plan without its text): values, not words. */
export function mapPlacer(file: string, map: SourceMap): Placer {
  return {
    file,
    place(path) {
      const p = placeIn({ file, map }, path);
      const place = { ...p, endLine: p.endLine ?? p.line, endColumn: p.endColumn ?? p.column };
      return { place, valueLine: p.line };
    },
  };
}
