/**
 * A text with “: ” in it that YAML read as a key (`- Mục đích: Triển khai …` is a mapping, not a
 * paragraph): how it is recognised, and the line to write instead, with the text in double quotes.
 */

/** A key that is prose, not a field name: it has a space or a letter outside ASCII (`Mục đích`). */
export function isProseKey(key: string): boolean {
  return /\s|[^\x00-\x7f]/.test(key);
}

/** A line that starts a text YAML reads as `key: value`: its indent, the list dash, the key and the rest. */
const KEY_LINE = /^(\s*)(-\s+)?([^\s#"'{[&*!|>%@`][^:#]*?):\s+(\S.*?)\s*$/;

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The fix to suggest, as the line to write: a field name stays a key and its value is quoted
 * (`title: "A: B"`); prose is quoted whole (`- "Mục đích: Triển khai …"`). `dash` is whether the
 * text is a list item; `text` is the whole text as YAML joined its lines.
 */
export function quotedLine(dash: boolean, key: string, text: string): string {
  const quoted = isProseKey(key) ? JSON.stringify(`${key}: ${text}`) : `${key}: ${JSON.stringify(text)}`;
  return `Viết: ${dash ? '- ' : ''}${quoted} — write the text in double quotes`;
}

/**
 * Where a text with “: ” starts, for a parse error at `line` (1-based) of `source`: that line, or the
 * nearest line above at a smaller indent when the error is on a continuation line. Its suggestion
 * quotes the whole text, continuation lines joined as YAML joins them. `undefined` when no line
 * there reads as `key: text`.
 */
export function colonTextAt(lines: readonly string[], line: number): { line: number; column: number; suggestion: string } | undefined {
  let start = line - 1;
  const here = lines[start] ?? '';
  if (!KEY_LINE.test(here)) {
    start = -1;
    for (let i = line - 2; i >= 0; i--) {
      const l = lines[i]!;
      if (!l.trim() || l.trimStart().startsWith('#')) continue;
      if (indentOf(l) < indentOf(here)) {
        start = KEY_LINE.test(l) ? i : -1;
        break;
      }
    }
  }
  const m = start >= 0 ? KEY_LINE.exec(lines[start]!) : null;
  if (!m) return undefined;
  const base = indentOf(lines[start]!);
  const parts = [m[4]!];
  for (let i = start + 1; i < lines.length && lines[i]!.trim() && indentOf(lines[i]!) > base && !lines[i]!.trimStart().startsWith('#'); i++) parts.push(lines[i]!.trim());
  const text = parts.join(' ');
  return { line: start + 1, column: base + 1 + (m[2]?.length ?? 0), suggestion: quotedLine(!!m[2], m[3]!, text) };
}
