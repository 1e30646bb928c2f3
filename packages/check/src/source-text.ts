import { LineCounter, parseDocument, type Document } from 'yaml';
import { nodeAt } from '@kehoach/yaml-edit';
import { escapeRegExp } from './text-helpers.js';

/** A plan's source text, parsed once, to place findings inside strings. */
export interface SourceText {
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Parses a plan's source for placing findings. */
export function sourceText(text: string): SourceText {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
  return { text, doc, lines };
}

/**
 * Where a span of the string at `pointer` is in the source: offsets of its start and end. Folded and
 * multi-line scalars are handled by letting any run of spaces in the span match any whitespace of
 * the source. Undefined when the span cannot be found (an escape sequence in a quoted string, an alias).
 */
export function spanOffsets(src: SourceText, pointer: string, value: string, index: number, length: number): [number, number] | undefined {
  const node = nodeAt(src.doc, pointer) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  const wanted = value.slice(index, index + length);
  if (!wanted.trim()) return undefined;
  let nth = 0;
  for (let i = value.indexOf(wanted); i !== -1 && i < index; i = value.indexOf(wanted, i + 1)) nth++;
  const pattern = new RegExp(wanted.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
  const slice = src.text.slice(node.range[0], node.range[1]);
  let k = 0;
  for (const m of slice.matchAll(pattern)) {
    if (k++ === nth) return [node.range[0] + m.index!, node.range[0] + m.index! + m[0].length];
  }
  return undefined;
}

/** Line and column (1-based) of a source offset. */
export function position(src: SourceText, offset: number): { line: number; column: number } {
  const p = src.lines.linePos(offset);
  return { line: p.line, column: p.col };
}

/** Offsets of the value at a pointer (start and end), if the source has it. */
export function nodeOffsets(src: SourceText, pointer: string): [number, number] | undefined {
  const node = nodeAt(src.doc, pointer) as { range?: [number, number, number] } | undefined;
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}
