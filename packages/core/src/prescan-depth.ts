/** Where input nests deeper than allowed, found without parsing it. */
export interface DepthViolation {
  line: number;
  column: number;
}

/**
 * Finds nesting deeper than `maxDepth` by a lexical scan, before the YAML parser sees the text:
 * `yaml` runs out of memory (a fatal, uncatchable error) on input such as 100 000 `[`.
 * Flow brackets are counted outside quotes and comments; block nesting is estimated from the
 * indentation plus compact `- ` markers. The exact depth is checked again after parsing.
 */
export function prescanDepth(text: string, maxDepth: number): DepthViolation | undefined {
  let line = 1;
  let lineStart = 0;
  let flow = 0;
  let quote: '"' | "'" | '' = '';
  let atLineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (ch === ' ') {
        indent++;
        continue;
      }
      if (ch === '-' && text[i + 1] === ' ') {
        indent += 2;
        i++;
        continue;
      }
      atLineStart = false;
      if (indent > maxDepth * 8) return { line, column: indent + 1 };
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      const prev = text[i - 1];
      if (prev === undefined || /[\s[{,:]/.test(prev)) quote = ch;
      continue;
    }
    if (ch === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
      continue;
    }
    if (ch === '[' || ch === '{') {
      flow++;
      if (flow > maxDepth) return { line, column: i - lineStart + 1 };
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
  }
  return undefined;
}
