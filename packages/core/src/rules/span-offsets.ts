/** Escapes a string for a regular expression. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a span of a string is in its node's source text `[start, end)`: folded and multi-line
 * scalars are handled by letting any run of spaces in the span match any whitespace of the source.
 * Undefined when the span cannot be found (an escape sequence in a quoted string, an alias).
 */
export function spanOffsets(text: string, start: number, end: number, value: string, index: number, length: number): [number, number] | undefined {
  const wanted = value.slice(index, index + length);
  if (!wanted.trim()) return undefined;
  let nth = 0;
  for (let i = value.indexOf(wanted); i !== -1 && i < index; i = value.indexOf(wanted, i + 1)) nth++;
  const pattern = new RegExp(wanted.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
  let k = 0;
  for (const m of text.slice(start, end).matchAll(pattern)) {
    if (k++ === nth) return [start + m.index!, start + m.index! + m[0].length];
  }
  return undefined;
}

